#include "TestApiServer.h"

#include "tests/support/apiserver/ApiConnection.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

TestApiServer::TestApiServer(QObject *parent)
    : QObject(parent)
{}

TestApiServer::~TestApiServer() = default;

bool TestApiServer::listen(const TestApiServerOptions &options, QString *error)
{
    m_options = options;
    if (options.certificateChain.isEmpty() || options.privateKey.isNull()) {
        *error = QStringLiteral("a certificate and a private key are required");
        return false;
    }
    if (!options.recordPath.isEmpty() && !m_recorder.openFile(options.recordPath, error))
        return false;

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(options.certificateChain);
    configuration.setPrivateKey(options.privateKey);
    if (options.clientCaCertificates.isEmpty()) {
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        configuration.setCaCertificates(options.clientCaCertificates);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(configuration);
    m_server->setMaxPendingConnections(4096);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this,
            &TestApiServer::acceptConnections);
    if (!m_server->listen(options.address, options.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(options.address.toString())
                     .arg(options.port)
                     .arg(m_server->errorString());
        return false;
    }
    if (options.watchIntervalMs > 0) {
        m_watchTimer.setInterval(options.watchIntervalMs);
        connect(&m_watchTimer, &QTimer::timeout, this, [this] { m_cluster.touch(); });
        m_watchTimer.start();
    }
    return true;
}

quint16 TestApiServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void TestApiServer::acceptConnections()
{
    while (m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        new ApiConnection(socket, this); // owned by this server, deletes itself on disconnect
    }
}
