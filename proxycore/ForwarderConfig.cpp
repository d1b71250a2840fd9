#include "ForwarderConfig.h"

QString ForwarderConfig::upstreamAuthority() const
{
    const QString host = upstreamHost();
    const QString shown =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shown + QLatin1Char(':') + QString::number(upstreamPort());
}
