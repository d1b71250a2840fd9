#include "UpstreamConnector.h"

#include "proxycore/ProxyLogging.h"
#include "proxycore/TlsSocket.h"

#include <QTcpSocket>

UpstreamConnector::UpstreamConnector(const QString &host, quint16 port,
                                     std::shared_ptr<TlsContext> tls, int timeoutMs,
                                     QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_tls(std::move(tls))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(503, tr("no answer within %1 s (timed out); check that the host is reachable "
                     "over the tailnet")
                      .arg(m_timer.interval() / 1000.0));
    });
}

QString UpstreamConnector::authority() const
{
    const QString host =
        m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    return host + QLatin1Char(':') + QString::number(m_port);
}

void UpstreamConnector::start()
{
    m_timer.start();
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        m_socket = socket;
        connect(socket, &QTcpSocket::connected, this, [this, socket] {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_done = true;
            m_timer.stop();
            socket->disconnect(this);
            emit connected(socket);
        });
        connect(socket, &QAbstractSocket::errorOccurred, this, &UpstreamConnector::onSocketError);
        socket->connectToHost(m_host, m_port);
        return;
    }

    auto *socket = new TlsSocket(m_tls, this);
    m_socket = socket;
    // Small writes (request heads, handshake messages) leave at once, not after Nagle's wait.
    connect(socket, &QAbstractSocket::connected, this,
            [socket] { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    connect(socket, &TlsSocket::encrypted, this, [this, socket] {
        m_done = true;
        m_timer.stop();
        socket->disconnect(this);
        qCDebug(lcProxy).noquote()
            << "upstream" << authority() << "connected," << socket->protocolDescription()
            << (socket->isSessionResumed() ? "(resumed)" : "");
        emit connected(socket);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, &UpstreamConnector::onSocketError);
    socket->connectToHostEncrypted(m_host, m_port);
}

void UpstreamConnector::onSocketError()
{
    if (!m_socket)
        return;
    if (const auto *tls = qobject_cast<TlsSocket *>(m_socket.data());
        tls && !tls->certificateProblem().isEmpty()) {
        fail(502, tr("its TLS certificate is not trusted (%1); pass the CA that signed it with "
                     "--ca-file, or check the server URL")
                      .arg(tls->certificateProblem()));
        return;
    }
    switch (m_socket->error()) {
    case QAbstractSocket::HostNotFoundError:
        fail(503, tr("the host name cannot be resolved (DNS); check the name and that "
                     "MagicDNS is on"));
        break;
    case QAbstractSocket::ConnectionRefusedError:
        fail(503, tr("the connection was refused; nothing listens on that port"));
        break;
    case QAbstractSocket::SocketTimeoutError:
        fail(503, tr("the connection timed out"));
        break;
    case QAbstractSocket::NetworkError:
        fail(503, tr("the network is unreachable: %1").arg(m_socket->errorString()));
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(502, tr("the TLS handshake failed: %1").arg(m_socket->errorString()));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        fail(502, !m_tls ? tr("it closed the connection")
                         : tr("it closed the connection during the TLS handshake"));
        break;
    default:
        fail(503, m_socket->errorString());
        break;
    }
}

void UpstreamConnector::fail(int httpStatus, const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    const QString message = tr("upstream %1: %2").arg(authority(), reason);
    // The request log and the Status answer carry the message; no second copy here.
    qCDebug(lcProxy).noquote() << message;
    emit failed(httpStatus, message);
}
