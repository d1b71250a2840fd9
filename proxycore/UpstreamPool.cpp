#include "UpstreamPool.h"

#include "proxycore/UpstreamConnector.h"

#include <QAbstractSocket>
#include <QTimer>

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

QAbstractSocket *UpstreamPool::takeIdle(QObject *user)
{
    // The newest first; among the newest few, the one this user gave back, whose signal
    // connections are still in place.
    constexpr qsizetype preferredAmong = 32;
    if (user) {
        const qsizetype oldest = qMax<qsizetype>(0, m_idle.size() - preferredAmong);
        for (qsizetype i = m_idle.size() - 1; i >= oldest; --i) {
            if (m_watched.value(m_idle.at(i)).user == user) {
                if (QAbstractSocket *socket = takeAt(i, user))
                    return socket;
                break;
            }
        }
    }
    while (!m_idle.isEmpty()) {
        if (QAbstractSocket *socket = takeAt(m_idle.size() - 1, user))
            return socket;
    }
    return nullptr;
}

QAbstractSocket *UpstreamPool::takeAt(qsizetype index, QObject *user)
{
    QAbstractSocket *socket = m_idle.takeAt(index);
    Watched &watched = m_watched[socket];
    watched.idle = false;
    if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesAvailable() != 0) {
        drop(socket);
        return nullptr;
    }
    if (watched.user && watched.user != user)
        socket->disconnect(watched.user); // only the earlier user's connections
    watched.user = user;
    return socket;
}

UpstreamConnector *UpstreamPool::connectNew(QObject *owner)
{
    ++m_opened;
    return new UpstreamConnector(m_host, m_port, m_tls, m_connectTimeoutMs, owner);
}

void UpstreamPool::release(QAbstractSocket *socket, QObject *user)
{
    if (socket->parent() != this)
        socket->setParent(this);
    if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0 ||
        m_idle.size() >= m_maxIdle) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    watch(socket);
    Watched &watched = m_watched[socket];
    watched.since = m_clock.elapsed();
    watched.user = user;
    watched.idle = true;
    m_idle.append(socket);
    if (!m_sweep->isActive())
        m_sweep->start(m_idleMs);
}

void UpstreamPool::watch(QAbstractSocket *socket)
{
    if (m_watched.contains(socket))
        return;
    m_watched.insert(socket, Watched());
    // Made once per connection, and never a blanket disconnect(): that would also cut the
    // TLS socket's own readyRead handling.
    connect(socket, &QAbstractSocket::disconnected, this,
            [this, socket] { onIdleSignal(socket, true); });
    connect(socket, &QAbstractSocket::readyRead, this,
            [this, socket] { onIdleSignal(socket, false); });
    connect(socket, &QObject::destroyed, this, [this, socket] {
        m_watched.remove(socket);
        m_idle.removeOne(socket);
    });
}

void UpstreamPool::onIdleSignal(QAbstractSocket *socket, bool closed)
{
    const auto found = m_watched.constFind(socket);
    if (found == m_watched.cend() || !found->idle)
        return; // in use: its user handles it
    // A readyRead without plaintext (a TLS session ticket) is no answer to anything: the
    // connection stays. A user that gave it back while handling this very readyRead left
    // nothing unread either (release() checks).
    if (!closed && socket->state() == QAbstractSocket::ConnectedState &&
        socket->bytesAvailable() == 0) {
        return;
    }
    drop(socket);
}

void UpstreamPool::drop(QAbstractSocket *socket)
{
    m_idle.removeOne(socket);
    m_watched.remove(socket);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void UpstreamPool::sweep()
{
    const qint64 now = m_clock.elapsed();
    while (!m_idle.isEmpty() && now - m_watched.value(m_idle.constFirst()).since >= m_idleMs)
        drop(m_idle.constFirst());
    if (!m_idle.isEmpty())
        m_sweep->start(int(m_watched.value(m_idle.constFirst()).since + m_idleMs - now));
}
