#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

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
//
// A connection the pool has seen stays its child for good, and the pool's own signal
// connections to it are made once: handing a connection to a request and taking it back
// costs no reparenting and no connect()/disconnect(). A user (a forwarder session) may keep
// its signal connections to a connection it gave back; the pool cuts them when it hands
// the connection to another user, and prefers to hand it back to the same one.
class UpstreamPool : public QObject
{
    Q_OBJECT

public:
    UpstreamPool(const QString &host, quint16 port, std::shared_ptr<TlsContext> tls,
                 int connectTimeoutMs, int idleMs, int maxIdle, QObject *parent = nullptr);
    ~UpstreamPool() override;

    // An idle connection, or null: preferably one `user` gave back. Its parent stays the
    // pool. Signal connections an earlier user kept to it are cut.
    QAbstractSocket *takeIdle(QObject *user = nullptr);
    // Starts a new connection; the connector is the caller's child.
    UpstreamConnector *connectNew(QObject *owner);
    // Gives a connection back after a complete response; it becomes the pool's child.
    // `user` may keep its signal connections to it (they must ignore it while it waits).
    void release(QAbstractSocket *socket, QObject *user = nullptr);

    int idleCount() const { return int(m_idle.size()); }
    int connectionsOpened() const { return m_opened; }

private:
    // A connection the pool watches, from its first release until it is destroyed.
    struct Watched
    {
        qint64 since = 0; // m_clock's time of release
        QPointer<QObject> user;
        bool idle = false;
    };

    void watch(QAbstractSocket *socket);
    // The upstream closed an idle connection or sent something on it.
    void onIdleSignal(QAbstractSocket *socket, bool closed);
    void drop(QAbstractSocket *socket);
    // Takes the connection at `index` of m_idle out of the idle list.
    QAbstractSocket *takeAt(qsizetype index, QObject *user);
    // Drops the connections idle for idleMs and sets the timer for the next one due.
    void sweep();

    QString m_host;
    quint16 m_port;
    std::shared_ptr<TlsContext> m_tls;
    int m_connectTimeoutMs;
    int m_idleMs;
    int m_maxIdle;
    int m_opened = 0;
    QHash<QAbstractSocket *, Watched> m_watched;
    QList<QAbstractSocket *> m_idle; // oldest first
    // One timer for all idle connections (a timer each was made and destroyed per request).
    QTimer *m_sweep = nullptr;
    QElapsedTimer m_clock;
};
