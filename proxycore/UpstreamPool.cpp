#include "UpstreamPool.h"

#include "proxycore/UpstreamConnector.h"

#include <QAbstractSocket>
#include <QTimer>

namespace {

QString idleTimerName()
{
    return QStringLiteral("kubetailor-upstream-idle");
}

} // namespace

UpstreamPool::UpstreamPool(const QString &host, quint16 port, std::shared_ptr<TlsContext> tls,
                           int connectTimeoutMs, int idleMs, int maxIdle, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_tls(std::move(tls))
    , m_connectTimeoutMs(connectTimeoutMs)
    , m_idleMs(idleMs)
    , m_maxIdle(qMax(1, maxIdle))
{}

UpstreamPool::~UpstreamPool() = default;

QAbstractSocket *UpstreamPool::takeIdle()
{
    while (!m_idle.isEmpty()) {
        QAbstractSocket *socket = m_idle.takeLast();
        socket->disconnect(this);
        // Only the pool's own timer: the socket has internal QTimer children too.
        const auto timers =
            socket->findChildren<QTimer *>(idleTimerName(), Qt::FindDirectChildrenOnly);
        qDeleteAll(timers);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            return socket;
        socket->deleteLater();
    }
    return nullptr;
}

UpstreamConnector *UpstreamPool::connectNew(QObject *owner)
{
    ++m_opened;
    return new UpstreamConnector(m_host, m_port, m_tls, m_connectTimeoutMs, owner);
}

void UpstreamPool::release(QAbstractSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0 ||
        m_idle.size() >= m_maxIdle) {
        socket->setParent(this);
        socket->abort();
        socket->deleteLater();
        return;
    }
    // The session disconnected itself already; a blanket disconnect() would also cut the
    // TLS socket's own readyRead handling.
    socket->setParent(this);
    m_idle.append(socket);
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { drop(socket); });
    connect(socket, &QAbstractSocket::readyRead, this, [this, socket] { drop(socket); });
    auto *timer = new QTimer(socket);
    timer->setObjectName(idleTimerName());
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, socket] { drop(socket); });
    timer->start(m_idleMs);
}

void UpstreamPool::drop(QAbstractSocket *socket)
{
    if (!m_idle.removeOne(socket))
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}
