#pragma once

#include "proxycore/ForwarderConfig.h"
#include "proxycore/ForwarderRequestRecord.h"

#include <QTcpServer>

#include <memory>

class TlsContext;
class UpstreamPool;

// The listening socket. In http mode each connection gets the loopback TLS handshake (with
// a time limit) and then a ForwarderSession; in passthrough mode a PassthroughTunnel. Past
// maxConnections (http mode) the keep-alive connection idle longest is closed to make room;
// when none is idle, the new client gets a 503 Status saying why. In passthrough mode, and
// past a few such refusals at once, a new connection is closed at once.
class ForwarderServer : public QTcpServer
{
    Q_OBJECT

public:
    // `serverTls` carries the loopback certificate and key (http mode; null in passthrough
    // mode); `upstreamTls` the verifying client context for the upstream.
    ForwarderServer(const ForwarderConfig &config, std::shared_ptr<TlsContext> serverTls,
                    std::shared_ptr<TlsContext> upstreamTls, QObject *parent = nullptr);
    ~ForwarderServer() override;

    int connectionCount() const { return m_connections; }
    UpstreamPool *pool() const { return m_pool; }
    // Closes every connection now (stop).
    void closeAll();

signals:
    void requestFinished(const ForwarderRequestRecord &record);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void startHttp(qintptr descriptor);
    void startPassthrough(qintptr descriptor);
    void track(QObject *connection);
    bool closeLongestIdle();
    void refuseBusy(qintptr descriptor);

    static constexpr int maxRefusing = 8;

    ForwarderConfig m_config;
    std::shared_ptr<TlsContext> m_serverTls;
    UpstreamPool *m_pool;
    int m_connections = 0;
    int m_refusing = 0;    // connections being told "503, all busy"
    int m_closingIdle = 0; // idle sessions closed to make room, not gone yet
};
