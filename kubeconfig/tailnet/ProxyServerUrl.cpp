#include "ProxyServerUrl.h"

QString ProxyServerUrl::forHost(const QString &fqdn)
{
    return QStringLiteral("https://%1:443").arg(fqdn);
}
