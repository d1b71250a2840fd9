#include "UpstreamPool.h"

#include "proxycore/UpstreamConnector.h"

#include <QAbstractSocket>
#include <QTimer>

#include <algorithm>

UpstreamPool::UpstreamPool(const QString &host, quint16 port, std::shared_ptr<TlsContext> tls,
                           int connectTimeoutMs, int idleMs, int maxIdle, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_tls(std::move(tls))
    , m_connectTimeoutMs(connectTimeoutMs)
    , m_idleMs(idleMs)
    , m_maxIdle(qMax(1, maxIdle))
    , m_sweep(new QTimer(this))
{
    m_sweep->setSingleShot(true);
    connect(m_sweep, &QTimer::timeout, this, &UpstreamPool::sweep);
    m_clock.start();
}

UpstreamPool::~UpstreamPool() = default;

QAbstractSocket *UpstreamPool::takeIdle()
{
    while (!m_idle.isEmpty()) {
        const Idle idle = m_idle.takeLast();
        forget(idle);
        QAbstractSocket *socket = idle.socket;
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
    Idle idle;
    idle.socket = socket;
    idle.since = m_clock.elapsed();
    idle.closed =
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { drop(socket); });
    idle.unasked =
        connect(socket, &QAbstractSocket::readyRead, this, [this, socket] { drop(socket); });
    m_idle.append(idle);
    if (!m_sweep->isActive())
        m_sweep->start(m_idleMs);
}

void UpstreamPool::drop(QAbstractSocket *socket)
{
    const auto found = std::find_if(m_idle.cbegin(), m_idle.cend(),
                                    [socket](const Idle &idle) { return idle.socket == socket; });
    if (found == m_idle.cend())
        return;
    const Idle idle = *found;
    m_idle.erase(found);
    forget(idle);
    socket->abort();
    socket->deleteLater();
}

void UpstreamPool::forget(const Idle &idle)
{
    disconnect(idle.closed);
    disconnect(idle.unasked);
}

void UpstreamPool::sweep()
{
    const qint64 now = m_clock.elapsed();
    while (!m_idle.isEmpty() && now - m_idle.constFirst().since >= m_idleMs)
        drop(m_idle.constFirst().socket);
    if (!m_idle.isEmpty())
        m_sweep->start(int(m_idle.constFirst().since + m_idleMs - now));
}
