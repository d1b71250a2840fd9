#pragma once

#include "proxycore/HttpMessageHead.h"

#include <QCoreApplication>
#include <QString>

// Refuses requests a browser could make to the loopback listener: a Host that is not a
// loopback name (DNS rebinding) and any Origin field (a web page, CSRF) but the forwarder's
// own, http or https://<loopback>:<port>, which WebSocket client libraries send. kubectl
// sends Host 127.0.0.1:<port> and never an Origin.
class RequestGuard
{
    Q_DECLARE_TR_FUNCTIONS(RequestGuard)

public:
    struct Verdict
    {
        int status = 0; // 0: allowed
        QString message;
        bool allowed() const { return status == 0; }
    };

    // `listenPort` is the forwarder's port; a Host with another port is refused.
    // `allowRemote`: the user opened the listener to the network on purpose, so any Host
    // name is accepted (Origin is still refused).
    static Verdict check(const HttpMessageHead &request, quint16 listenPort, bool allowRemote);

    static bool isLoopbackHost(QByteArrayView hostField, quint16 listenPort);
    // "http://127.0.0.1:<listenPort>" and the like: scheme, loopback host, our port, no path.
    static bool isSameOrigin(QByteArrayView origin, quint16 listenPort);

private:
    static QString shown(QByteArrayView value);
};
