#include "ForwarderServer.h"

#include "proxycore/ForwarderSession.h"
#include "proxycore/KubernetesStatus.h"
#include "proxycore/PassthroughTunnel.h"
#include "proxycore/ProxyLogging.h"
#include "proxycore/TlsSocket.h"
#include "proxycore/UpstreamPool.h"

#include <QTimer>

ForwarderServer::ForwarderServer(const ForwarderConfig &config,
                                 std::shared_ptr<TlsContext> serverTls,
                                 std::shared_ptr<TlsContext> upstreamTls, QObject *parent)
    : QTcpServer(parent)
    , m_config(config)
    , m_serverTls(std::move(serverTls))
    , m_pool(new UpstreamPool(config.upstreamHost(), config.upstreamPort(), std::move(upstreamTls),
                              config.connectTimeoutMs, config.upstreamIdleMs, config.maxConnections,
                              this))
{}

ForwarderServer::~ForwarderServer()
{
    closeAll();
}

void ForwarderServer::track(QObject *connection)
{
    ++m_connections;
    qCDebug(lcProxy) << "connection opened," << m_connections << "open";
    connect(connection, &QObject::destroyed, this, [this] {
        --m_connections;
        qCDebug(lcProxy) << "connection closed," << m_connections << "open";
    });
}

void ForwarderServer::incomingConnection(qintptr descriptor)
{
    const bool http = m_config.mode == ForwarderConfig::Mode::Http;
    if (m_connections >= m_config.maxConnections && http && !closeLongestIdle() &&
        m_refusing < maxRefusing) {
        // Every slot is busy: say so in a Status, over a few extra connections at most.
        refuseBusy(descriptor);
        return;
    }
    // A closed idle session frees its slot once it is gone: until then this one goes over.
    if (m_connections >= m_config.maxConnections + m_closingIdle) {
        QTcpSocket refused;
        refused.setSocketDescriptor(descriptor);
        refused.abort();
        qCWarning(lcProxy) << "refused a connection:" << m_connections << "are open, the limit is"
                           << m_config.maxConnections;
        return;
    }
    if (m_config.mode == ForwarderConfig::Mode::Passthrough)
        startPassthrough(descriptor);
    else
        startHttp(descriptor);
}

bool ForwarderServer::closeLongestIdle()
{
    ForwarderSession *longest = nullptr;
    const auto sessions = findChildren<ForwarderSession *>(QString(), Qt::FindDirectChildrenOnly);
    for (ForwarderSession *session : sessions) {
        if (session->isIdle() && (!longest || session->idleForMs() > longest->idleForMs()))
            longest = session;
    }
    if (!longest)
        return false;
    qCDebug(lcProxy) << "closing a connection idle for" << longest->idleForMs()
                     << "ms to make room for a new one";
    // Closed now, so never chosen again; its slot frees when it is gone.
    ++m_closingIdle;
    connect(longest, &QObject::destroyed, this, [this] { --m_closingIdle; });
    longest->shutdown();
    return true;
}

void ForwarderServer::refuseBusy(qintptr descriptor)
{
    auto *socket = new TlsSocket(m_serverTls, this);
    ++m_refusing;
    connect(socket, &QObject::destroyed, this, [this] { --m_refusing; });
    QTimer::singleShot(m_config.handshakeTimeoutMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    connect(socket, &QAbstractSocket::errorOccurred, socket, &QObject::deleteLater);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &TlsSocket::encrypted, this, [this, socket] {
        const QString message =
            tr("the local forwarder has all its %1 connections busy (watches, logs -f, exec, "
               "requests in flight); try again when one ends, or start it with a higher "
               "--max-connections")
                .arg(m_config.maxConnections);
        qCWarning(lcProxy).noquote() << "turned a client away:" << message;
        socket->write(KubernetesStatus::httpResponse(503, message, true));
        socket->disconnectFromHost();
    });
    if (!socket->startServerEncryption(descriptor))
        delete socket;
}

void ForwarderServer::startHttp(qintptr descriptor)
{
    auto *socket = new TlsSocket(m_serverTls, this);
    track(socket);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [socket] {
        qCDebug(lcProxy) << "TLS handshake with a client timed out";
        socket->abort();
        socket->deleteLater();
    });
    const QMetaObject::Connection failed =
        connect(socket, &QAbstractSocket::errorOccurred, this, [socket] {
            qCDebug(lcProxy).noquote()
                << "TLS handshake with a client failed:" << socket->errorString();
            socket->deleteLater();
        });
    connect(socket, &TlsSocket::encrypted, this, [this, socket, timer, failed] {
        // Only the handshake's own connections go; the count's `destroyed` one stays.
        disconnect(failed);
        disconnect(socket, &TlsSocket::encrypted, this, nullptr);
        timer->disconnect(this);
        timer->deleteLater();
        auto *session = new ForwarderSession(socket, m_config, m_pool, serverPort(), this);
        connect(session, &ForwarderSession::requestFinished, this,
                &ForwarderServer::requestFinished);
        session->start();
    });
    timer->start(m_config.handshakeTimeoutMs);
    if (!socket->startServerEncryption(descriptor)) {
        delete socket;
        return;
    }
    // Requests and answers are small writes; Nagle would hold each back for the peer's ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

void ForwarderServer::startPassthrough(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    track(socket);
    auto *tunnel =
        new PassthroughTunnel(socket, m_config.upstreamHost(), m_config.upstreamPort(),
                              m_config.streamBufferBytes, m_config.connectTimeoutMs, this);
    connect(tunnel, &PassthroughTunnel::finished, this, &ForwarderServer::requestFinished);
    tunnel->start();
}

void ForwarderServer::closeAll()
{
    const auto sessions = findChildren<ForwarderSession *>(QString(), Qt::FindDirectChildrenOnly);
    for (ForwarderSession *session : sessions)
        session->shutdown();
    const auto tunnels = findChildren<PassthroughTunnel *>(QString(), Qt::FindDirectChildrenOnly);
    for (PassthroughTunnel *tunnel : tunnels)
        tunnel->shutdown();
    const auto handshakes = findChildren<TlsSocket *>(QString(), Qt::FindDirectChildrenOnly);
    for (TlsSocket *socket : handshakes) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}
