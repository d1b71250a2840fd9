#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMetaObject>
#include <QObject>

#include <memory>

class QAbstractSocket;
class QTimer;
class TlsContext;
class UpstreamConnector;

// Keeps upstream connections that finished a request cleanly, so the next request skips the
// TCP and TLS handshakes (kubectl's discovery alone is dozens of requests). An idle
// connection is dropped when the upstream closes it, sends anything unasked, or after
// `idleMs`. Up to `maxIdle` connections wait: the forwarder's connection limit, so a burst of
// concurrent requests gives all its connections back instead of closing most of them and
// paying a new TCP and TLS handshake on the next burst.
class UpstreamPool : public QObject
{
    Q_OBJECT

public:
    UpstreamPool(const QString &host, quint16 port, std::shared_ptr<TlsContext> tls,
                 int connectTimeoutMs, int idleMs, int maxIdle, QObject *parent = nullptr);
    ~UpstreamPool() override;

    // An idle connection (its parent is the pool until the caller sets another), or null.
    QAbstractSocket *takeIdle();
    // Starts a new connection; the connector is the caller's child.
    UpstreamConnector *connectNew(QObject *owner);
    // Gives a connection back after a complete response.
    void release(QAbstractSocket *socket);

    int idleCount() const { return int(m_idle.size()); }
    int connectionsOpened() const { return m_opened; }

private:
    struct Idle
    {
        QAbstractSocket *socket = nullptr;
        qint64 since = 0; // m_clock's time of release
        QMetaObject::Connection closed;
        QMetaObject::Connection unasked;
    };

    void drop(QAbstractSocket *socket);
    void forget(const Idle &idle);
    // Drops the connections idle for idleMs and sets the timer for the next one due.
    void sweep();

    QString m_host;
    quint16 m_port;
    std::shared_ptr<TlsContext> m_tls;
    int m_connectTimeoutMs;
    int m_idleMs;
    int m_maxIdle;
    int m_opened = 0;
    QList<Idle> m_idle; // oldest first
    // One timer for all idle connections (a timer each was made and destroyed per request).
    QTimer *m_sweep = nullptr;
    QElapsedTimer m_clock;
};
