#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <functional>

// A tiny TLS server standing in for an API server in the forwarder's integration tests.
// It records every decrypted byte it receives, per connection, and calls `onRequest` with
// each complete request (head plus a Content-Length or chunked body) so the test decides
// the answer: canned bytes, a response in pieces, a 101 followed by an echo. Test code only.
class ScriptedTlsUpstream : public QTcpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(QSslSocket *socket, const QByteArray &request)>;

    ScriptedTlsUpstream(const QSslCertificate &certificate, const QSslKey &key,
                        QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Every request answered with these bytes.
    void setCannedResponse(const QByteArray &response);
    // After a 101, bytes from the client are sent back (the upgrade test).
    void setEchoAfterUpgrade(bool echo) { m_echo = echo; }

    QByteArray received() const; // all connections, in order
    QList<QByteArray> requests() const { return m_requests; }
    int tcpConnections() const { return m_tcpConnections; }
    int encryptedConnections() const { return m_encrypted; }
    QSslSocket *lastSocket() const { return m_last; }

private:
    void onData(QSslSocket *socket);

    QSslCertificate m_certificate;
    QSslKey m_key;
    Handler m_handler;
    bool m_echo = false;
    int m_tcpConnections = 0;
    int m_encrypted = 0;
    QList<QByteArray> m_receivedPerConnection;
    QList<QByteArray> m_requests;
    QPointer<QSslSocket> m_last;

protected:
    void incomingConnection(qintptr descriptor) override;
};
