#include "TailscaleStatusParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            list << item.toString();
    }
    return list;
}

TailscalePeer readPeer(const QJsonObject &object)
{
    TailscalePeer peer;
    peer.hostName = object.value(QLatin1String("HostName")).toString();
    peer.dnsName =
        TailscaleStatusParser::stripTrailingDot(object.value(QLatin1String("DNSName")).toString());
    peer.tags = stringList(object.value(QLatin1String("Tags")));
    peer.addresses = stringList(object.value(QLatin1String("TailscaleIPs")));
    peer.os = object.value(QLatin1String("OS")).toString();
    peer.online = object.value(QLatin1String("Online")).toBool();
    return peer;
}

} // namespace

QString TailscaleStatusParser::stripTrailingDot(const QString &dnsName)
{
    QString name = dnsName.trimmed();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

Result<TailscaleStatus> TailscaleStatusParser::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<TailscaleStatus>::failure(
            tr("'tailscale status --json' printed something that is not JSON (at byte %1: %2)")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QLatin1String("BackendState")).isString()) {
        return Result<TailscaleStatus>::failure(
            tr("'tailscale status --json' printed a document without BackendState; this "
               "version of tailscale is not understood"));
    }

    TailscaleStatus result;
    result.version = root.value(QLatin1String("Version")).toString();
    result.backendState = root.value(QLatin1String("BackendState")).toString();
    result.health = stringList(root.value(QLatin1String("Health")));
    result.certDomains = stringList(root.value(QLatin1String("CertDomains")));

    const QJsonObject tailnet = root.value(QLatin1String("CurrentTailnet")).toObject();
    result.tailnetName = tailnet.value(QLatin1String("Name")).toString();
    QString suffix = tailnet.value(QLatin1String("MagicDNSSuffix")).toString();
    if (suffix.isEmpty())
        suffix = root.value(QLatin1String("MagicDNSSuffix")).toString();
    result.magicDnsSuffix = stripTrailingDot(suffix);
    if (result.magicDnsSuffix.startsWith(QLatin1Char('.')))
        result.magicDnsSuffix.remove(0, 1);
    // Older clients have no MagicDNSEnabled: a suffix then means MagicDNS is on.
    const QJsonValue enabled = tailnet.value(QLatin1String("MagicDNSEnabled"));
    result.magicDnsEnabled = enabled.isBool() ? enabled.toBool() : !result.magicDnsSuffix.isEmpty();

    result.self = readPeer(root.value(QLatin1String("Self")).toObject());
    const QJsonObject peers = root.value(QLatin1String("Peer")).toObject();
    for (auto it = peers.constBegin(); it != peers.constEnd(); ++it) {
        if (it.value().isObject())
            result.peers << readPeer(it.value().toObject());
    }
    return Result<TailscaleStatus>::ok(result);
}
