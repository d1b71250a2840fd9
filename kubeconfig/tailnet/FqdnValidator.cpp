#include "FqdnValidator.h"

#include <QRegularExpression>

Result<QString> FqdnValidator::normalize(const QString &fqdn)
{
    QString name = fqdn.trimmed().toLower();
    if (name.startsWith(QLatin1String("https://")))
        name = name.mid(8);
    if (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    if (name.endsWith(QLatin1String(":443")))
        name.chop(4);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty())
        return Result<QString>::failure(tr("no host name given; pass the operator's full MagicDNS "
                                           "name, e.g. tailscale-operator.tail1234.ts.net"));
    if (name.size() > 253) {
        return Result<QString>::failure(
            tr("%1: not a valid DNS name: longer than 253 characters").arg(fqdn));
    }
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch()) {
            return Result<QString>::failure(
                tr("%1: not a valid DNS name: \"%2\" is not a label of 1 to 63 letters, digits "
                   "and '-' (not at the start or end); use the operator's MagicDNS name, e.g. "
                   "tailscale-operator.tail1234.ts.net")
                    .arg(fqdn, part));
        }
    }
    return Result<QString>::ok(name);
}

bool FqdnValidator::isShortName(const QString &fqdn)
{
    return !fqdn.contains(QLatin1Char('.'));
}

bool FqdnValidator::isTailnetName(const QString &fqdn)
{
    return fqdn.endsWith(QLatin1String(".ts.net"));
}
