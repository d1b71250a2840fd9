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
    if (host == "localhost" || host.endsWith(".localhost"))
        return true;
    const QHostAddress address(QString::fromLatin1(host));
    return !address.isNull() && address.isLoopback();
}

RequestGuard::Verdict RequestGuard::check(const HttpMessageHead &request, quint16 listenPort,
                                          bool allowRemote)
{
    if (request.has("Origin")) {
        return {403, tr("requests from a web page (Origin: %1) are refused by the local "
                        "forwarder; use kubectl")
                         .arg(QString::fromLatin1(request.value("Origin").left(200)))};
    }
    const QList<QByteArray> hosts = request.values("Host");
    if (hosts.size() != 1)
        return {400, tr("the request must carry exactly one Host field")};
    if (!allowRemote && !isLoopbackHost(hosts.first(), listenPort)) {
        return {403, tr("Host '%1' is not this loopback forwarder (127.0.0.1:%2); the request is "
                        "refused to protect against DNS rebinding")
                         .arg(QString::fromLatin1(hosts.first().left(200)))
                         .arg(listenPort)};
    }
    if (!request.target.startsWith('/')) {
        return {400, tr("the local forwarder takes origin-form request targets (\"/api/...\"), "
                        "not proxy requests")};
    }
    return {};
}
