#include "RequestGuard.h"

#include <QHostAddress>

bool RequestGuard::isLoopbackHost(QByteArrayView hostField, quint16 listenPort)
{
    // Views and case-insensitive comparisons: this runs once per forwarded request.
    QByteArrayView host = hostField.trimmed();
    QByteArrayView port;
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        const QByteArrayView rest = host.sliced(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return false;
        port = rest.isEmpty() ? rest : rest.sliced(1);
        host = host.sliced(1, close - 1);
    } else {
        const qsizetype colon = host.lastIndexOf(':');
        if (colon >= 0) {
            if (host.indexOf(':') != colon)
                return false; // an IPv6 literal must be bracketed
            port = host.sliced(colon + 1);
            host = host.first(colon);
        }
    }
    if (!port.isEmpty()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value != listenPort)
            return false;
    }
    // The names kubectl sends for a loopback server, without parsing an address.
    const auto is = [&host](QByteArrayView name) {
        return host.size() == name.size() && host.compare(name, Qt::CaseInsensitive) == 0;
    };
    if (is("127.0.0.1") || is("::1") || is("localhost"))
        return true;
    constexpr QByteArrayView localhostDomain(".localhost");
    if (host.size() >= localhostDomain.size() &&
        host.last(localhostDomain.size()).compare(localhostDomain, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(QString::fromLatin1(host));
    return !address.isNull() && address.isLoopback();
}

bool RequestGuard::isSameOrigin(QByteArrayView origin, quint16 listenPort)
{
    const QByteArray lower = origin.trimmed().toByteArray().toLower();
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

QString RequestGuard::shown(QByteArrayView value)
{
    // Only a plain printable value is repeated in a message, and never much of it.
    for (const char c : value) {
        if (c < 0x20 || c > 0x7e)
            return tr("(not shown)");
    }
    return QString::fromLatin1(value.first(qMin<qsizetype>(value.size(), 200)));
}

RequestGuard::Verdict RequestGuard::check(const HttpMessageHead &request, quint16 listenPort,
                                          bool allowRemote)
{
    const QList<QByteArrayView> origins = request.values("Origin");
    // A same-origin loopback Origin comes from a client library (Python's websocket-client
    // sends it on exec), not from a web page: a page served elsewhere cannot claim it.
    if (!origins.isEmpty() && (origins.size() != 1 || !isSameOrigin(origins.first(), listenPort))) {
        return {403, tr("requests from a web page (Origin: %1) are refused by the local "
                        "forwarder; use kubectl")
                         .arg(shown(request.value("Origin")))};
    }
    const QList<QByteArrayView> hosts = request.values("Host");
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
