#pragma once

#include "proxycore/ForwarderRequestRecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class ByteTunnel;
class QAbstractSocket;
class QTcpSocket;
class UpstreamConnector;

// One connection in passthrough mode: a plain TCP tunnel from kubectl to the upstream's
// host:port. TLS runs end to end, so the forwarder sees no request and adds nothing; a client
// certificate reaches the API server. When the upstream cannot be reached the client's
// connection is closed (there is no TLS here to carry a Status) and the log says why.
class PassthroughTunnel : public QObject
{
    Q_OBJECT

public:
    PassthroughTunnel(QTcpSocket *client, const QString &host, quint16 port, qsizetype bufferBytes,
                      int connectTimeoutMs, QObject *parent = nullptr);

    void start();
    void shutdown();

signals:
    void finished(const ForwarderRequestRecord &record);

private:
    void onConnected(QAbstractSocket *upstream);
    void finish(const QString &note);

    QTcpSocket *m_client;
    QPointer<QAbstractSocket> m_upstream;
    QPointer<UpstreamConnector> m_connector;
    QPointer<ByteTunnel> m_tunnel;
    QString m_host;
    quint16 m_port;
    qsizetype m_bufferBytes;
    int m_connectTimeoutMs;
    ForwarderRequestRecord m_record;
    QElapsedTimer m_clock;
    bool m_done = false;
};
