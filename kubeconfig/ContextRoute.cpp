#include "ContextRoute.h"

#include <QStringList>
#include <QUrl>

#include <array>
#include <optional>

namespace {

// QUrl keeps IPv6 hosts without brackets; ContextInfo::serverHost may still carry them.
QString bareHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

QString hostOf(const ContextInfo &info)
{
    if (!info.serverHost.isEmpty())
        return bareHost(info.serverHost);
    return bareHost(QUrl(info.server).host());
}

// A dotted IPv4 address ("127.0.0.2"), or nullopt. (The library has no QtNetwork.)
std::optional<quint32> parseIpv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const uint octet = part.toUInt(&ok, 10);
        if (!ok || part.isEmpty() || part.size() > 3 || octet > 255)
            return std::nullopt;
        value = (value << 8) | octet;
    }
    return value;
}

using Ipv6 = std::array<quint16, 8>;

// An IPv6 address ("::1", "fd7a:115c:a1e0::53", "::ffff:127.0.0.1"), or nullopt.
std::optional<Ipv6> parseIpv6(const QString &text)
{
    if (!text.contains(QLatin1Char(':')))
        return std::nullopt;
    const auto groups = [](const QString &part, QList<quint16> &out) {
        if (part.isEmpty())
            return true;
        const QStringList items = part.split(QLatin1Char(':'));
        for (int i = 0; i < items.size(); ++i) {
            const QString &item = items.at(i);
            if (i == items.size() - 1 && item.contains(QLatin1Char('.'))) {
                const std::optional<quint32> v4 = parseIpv4(item);
                if (!v4)
                    return false;
                out << quint16(*v4 >> 16) << quint16(*v4 & 0xffff);
                continue;
            }
            bool ok = false;
            const uint value = item.toUInt(&ok, 16);
            if (!ok || item.isEmpty() || item.size() > 4)
                return false;
            out << quint16(value);
        }
        return true;
    };
    const QStringList halves = text.split(QStringLiteral("::"));
    if (halves.size() > 2)
        return std::nullopt;
    QList<quint16> head, tail;
    if (!groups(halves.at(0), head) || (halves.size() == 2 && !groups(halves.at(1), tail)))
        return std::nullopt;
    const qsizetype count = head.size() + tail.size();
    if ((halves.size() == 1 && count != 8) || (halves.size() == 2 && count > 7))
        return std::nullopt;
    Ipv6 address{};
    for (qsizetype i = 0; i < head.size(); ++i)
        address[size_t(i)] = head.at(i);
    for (qsizetype i = 0; i < tail.size(); ++i)
        address[size_t(8 - tail.size() + i)] = tail.at(i);
    return address;
}

bool isIpv4Loopback(quint32 address)
{
    return (address >> 24) == 127;
}

// ::ffff:a.b.c.d carries an IPv4 address.
std::optional<quint32> mappedIpv4(const Ipv6 &address)
{
    for (int i = 0; i < 5; ++i) {
        if (address[size_t(i)] != 0)
            return std::nullopt;
    }
    if (address[5] != 0xffff)
        return std::nullopt;
    return (quint32(address[6]) << 16) | address[7];
}

} // namespace

bool ContextRoute::isTailnetHost(const QString &host)
{
    const QString h = bareHost(host);
    if (h.endsWith(QLatin1String(".ts.net")))
        return true;
    if (const std::optional<quint32> v4 = parseIpv4(h))
        return (*v4 >> 22) == ((100u << 2) | 1u); // 100.64.0.0/10
    if (const std::optional<Ipv6> v6 = parseIpv6(h))
        return (*v6)[0] == 0xfd7a && (*v6)[1] == 0x115c && (*v6)[2] == 0xa1e0;
    return false;
}

bool ContextRoute::isLocalHost(const QString &host)
{
    const QString h = bareHost(host);
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")) ||
        h == QLatin1String("kubernetes.docker.internal") ||
        h == QLatin1String("host.docker.internal"))
        return true;
    if (const std::optional<quint32> v4 = parseIpv4(h))
        return isIpv4Loopback(*v4);
    if (const std::optional<Ipv6> v6 = parseIpv6(h)) {
        // ::ffff:127.0.0.1 is loopback too.
        if (const std::optional<quint32> v4 = mappedIpv4(*v6))
            return isIpv4Loopback(*v4);
        return *v6 == Ipv6{0, 0, 0, 0, 0, 0, 0, 1};
    }
    return false;
}

bool ContextRoute::isLocalClusterName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    return n.startsWith(QLatin1String("kind-")) || n.startsWith(QLatin1String("k3d-")) ||
           n == QLatin1String("minikube") || n == QLatin1String("docker-desktop") ||
           n == QLatin1String("docker-for-desktop") || n == QLatin1String("rancher-desktop");
}

ContextRoute ContextRoute::classify(const ContextInfo &info)
{
    ContextRoute route;
    const QString host = hostOf(info);
    if (info.broken) {
        route.m_kind = Kind::Broken;
        route.m_reason = info.problem;
        return route;
    }
    if (isTailnetHost(host)) {
        route.m_kind = Kind::ViaTailnet;
        route.m_reason = tr("The server %1 is on the tailnet: kubectl goes through it.").arg(host);
        return route;
    }
    if (isLocalHost(host)) {
        route.m_kind = Kind::LocalCluster;
        route.m_reason = tr("The server %1 is on this machine (a local cluster): the tailnet's "
                            "proxy cannot reach it.")
                             .arg(host);
        return route;
    }
    if (isLocalClusterName(info.name) || isLocalClusterName(info.clusterName)) {
        route.m_kind = Kind::LocalCluster;
        route.m_reason = tr("\"%1\" is a local development cluster (kind, minikube, Docker "
                            "Desktop, k3d, Rancher Desktop): the tailnet's proxy cannot reach it.")
                             .arg(info.name);
        return route;
    }
    if (info.authMethod == AuthMethod::ClientCertificate) {
        route.m_kind = Kind::DirectClientCertificate;
        route.m_reason =
            tr("User \"%1\" signs in with a client certificate only: a noauth proxy ends TLS and "
               "cannot pass the certificate on. Use the operator's auth mode for this cluster.")
                .arg(info.userName);
        return route;
    }
    route.m_kind = Kind::Direct;
    route.m_reason = tr("kubectl reaches the API server %1 directly; it can go through the "
                        "tailnet's proxy.")
                         .arg(host);
    return route;
}

QString ContextRoute::label() const
{
    switch (m_kind) {
    case Kind::ViaTailnet:
        return tr("via tailnet");
    case Kind::Direct:
        return tr("direct");
    case Kind::DirectClientCertificate:
        return tr("direct \u2014 client certificate: needs auth mode");
    case Kind::LocalCluster:
        return tr("local cluster");
    case Kind::Broken:
        break;
    }
    return tr("broken");
}

QString ContextRoute::id() const
{
    switch (m_kind) {
    case Kind::ViaTailnet:
        return QStringLiteral("tailnet");
    case Kind::Direct:
        return QStringLiteral("direct");
    case Kind::DirectClientCertificate:
        return QStringLiteral("client-certificate");
    case Kind::LocalCluster:
        return QStringLiteral("local");
    case Kind::Broken:
        break;
    }
    return QStringLiteral("broken");
}

bool ContextRoute::eligible() const
{
    return m_kind == Kind::Direct || m_kind == Kind::ViaTailnet;
}
