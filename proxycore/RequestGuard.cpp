#include "RequestGuard.h"

#include <QHostAddress>

bool RequestGuard::isLoopbackHost(const QByteArray &hostField, quint16 listenPort)
{
    QByteArray host = hostField.trimmed().toLower();
    QByteArray port;
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        const QByteArray rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return false;
        port = rest.mid(1);
        host = host.mid(1, close - 1);
    } else {
        const qsizetype colon = host.lastIndexOf(':');
        if (colon >= 0) {
            if (host.indexOf(':') != colon)
                return false; // an IPv6 literal must be bracketed
            port = host.mid(colon + 1);
            host = host.left(colon);
        }
    }
    if (!port.isEmpty()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value != listenPort)
            return false;
    }
    // The names kubectl sends for a loopback server, without parsing an address.
    if (host == "127.0.0.1" || host == "::1" || host == "localhost" || host.endsWith(".localhost"))
        return true;
    const QHostAddress address(QString::fromLatin1(host));
    return !address.isNull() && address.isLoopback();
}

bool RequestGuard::isSameOrigin(const QByteArray &origin, quint16 listenPort)
{
    const QByteArray lower = origin.trimmed().toLower();
    QByteArray authority;
    if (lower.startsWith("http://"))
        authority = lower.mid(7);
    else if (lower.startsWith("https://"))
        authority = lower.mid(8);
    else
        return false;
    // An origin is scheme://host:port and nothing more; the port must be ours, written out.
    if (authority.isEmpty() || authority.contains('/') || authority.contains('@') ||
        authority.endsWith(']') || !authority.contains(':')) {
        return false;
    }
    return isLoopbackHost(authority, listenPort);
}

QString RequestGuard::shown(const QByteArray &value)
{
    // Only a plain printable value is repeated in a message, and never much of it.
    for (const char c : value) {
        if (c < 0x20 || c > 0x7e)
            return tr("(not shown)");
    }
    return QString::fromLatin1(value.left(200));
}

RequestGuard::Verdict RequestGuard::check(const HttpMessageHead &request, quint16 listenPort,
                                          bool allowRemote)
{
    const QList<QByteArray> origins = request.values("Origin");
    // A same-origin loopback Origin comes from a client library (Python's websocket-client
    // sends it on exec), not from a web page: a page served elsewhere cannot claim it.
    if (!origins.isEmpty() && (origins.size() != 1 || !isSameOrigin(origins.first(), listenPort))) {
        return {403, tr("requests from a web page (Origin: %1) are refused by the local "
                        "forwarder; use kubectl")
                         .arg(shown(request.value("Origin")))};
    }
    const QList<QByteArray> hosts = request.values("Host");
    if (hosts.size() != 1)
        return {400, tr("the request must carry exactly one Host field")};
    if (!allowRemote && !isLoopbackHost(hosts.first(), listenPort)) {
        return {403, tr("Host '%1' is not this loopback forwarder (127.0.0.1:%2); the request is "
                        "refused to protect against DNS rebinding")
                         .arg(shown(hosts.first()))
                         .arg(listenPort)};
    }
    if (!request.target.startsWith('/')) {
        return {400, tr("the local forwarder takes origin-form request targets (\"/api/...\"), "
                        "not proxy requests")};
    }
    return {};
}
