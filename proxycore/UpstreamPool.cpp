#include "UpstreamPool.h"

#include "UpstreamConnector.h"

#include <QAbstractSocket>
#include <QTimer>

UpstreamPool::UpstreamPool(const QString &host, quint16 port, const QSslConfiguration &tls,
                           int connectTimeoutMs, int idleMs, int maxIdle, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_tls(tls)
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
        const auto timers = socket->findChildren<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
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
    return new UpstreamConnector(m_host, m_port, m_tls, false, m_connectTimeoutMs, owner);
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
    socket->disconnect();
    socket->setParent(this);
    m_idle.append(socket);
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { drop(socket); });
    connect(socket, &QAbstractSocket::readyRead, this, [this, socket] { drop(socket); });
    auto *timer = new QTimer(socket);
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
