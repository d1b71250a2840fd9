#include "PassthroughTunnel.h"

#include "proxycore/ByteTunnel.h"
#include "proxycore/ProxyLogging.h"
#include "proxycore/UpstreamConnector.h"

#include <QTcpSocket>

PassthroughTunnel::PassthroughTunnel(QTcpSocket *client, const QString &host, quint16 port,
                                     qsizetype bufferBytes, int connectTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_host(host)
    , m_port(port)
    , m_bufferBytes(bufferBytes)
    , m_connectTimeoutMs(connectTimeoutMs)
{
    client->setParent(this);
}

void PassthroughTunnel::start()
{
    m_clock.start();
    m_record.started = QDateTime::currentDateTimeUtc();
    m_record.method = QStringLiteral("TCP");
    m_client->setReadBufferSize(m_bufferBytes);
    m_connector = new UpstreamConnector(m_host, m_port, nullptr, m_connectTimeoutMs, this);
    m_record.path = m_connector->authority();
    connect(m_connector, &UpstreamConnector::connected, this, &PassthroughTunnel::onConnected);
    connect(m_connector, &UpstreamConnector::failed, this,
            [this](int, const QString &message) { finish(message); });
    connect(m_client, &QAbstractSocket::disconnected, this, [this] {
        if (!m_tunnel)
            finish(tr("the client closed the connection"));
    });
    m_connector->start();
}

void PassthroughTunnel::onConnected(QAbstractSocket *upstream)
{
    upstream->setParent(this);
    m_upstream = upstream;
    if (m_connector)
        m_connector->deleteLater();
    if (m_client->state() != QAbstractSocket::ConnectedState) {
        finish(tr("the client closed the connection"));
        return;
    }
    m_client->disconnect(this);
    m_tunnel = new ByteTunnel(m_client, upstream, m_bufferBytes, this);
    connect(m_tunnel, &ByteTunnel::finished, this, [this] { finish(QString()); });
    m_tunnel->start();
}

void PassthroughTunnel::shutdown()
{
    finish(tr("the forwarder stopped"));
}

void PassthroughTunnel::finish(const QString &note)
{
    if (m_done)
        return;
    m_done = true;
    if (m_tunnel) {
        m_tunnel->disconnect(this);
        m_record.bytesIn = m_tunnel->bytesAtoB();
        m_record.bytesOut = m_tunnel->bytesBtoA();
    }
    m_record.durationMs = m_clock.elapsed();
    m_record.note = note;
    if (m_upstream)
        m_upstream->abort();
    m_client->abort();
    emit finished(m_record);
    deleteLater();
}
