#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QAbstractSocket;
class TlsContext;

// Opens one connection to the upstream: TCP, then (given a TLS context) a verified TLS handshake
// with SNI = the upstream host. Emits exactly one of connected() or failed(). A failure says what
// went wrong with which host:port — DNS, refused, timeout, or which certificate error — and
// carries the HTTP status the forwarder answers with (503 unreachable, 502 untrusted). Not a
// byte of a request is written before the certificate is verified.
class UpstreamConnector : public QObject
{
    Q_OBJECT

public:
    // `tls` null: a plain TCP connection (passthrough mode).
    UpstreamConnector(const QString &host, quint16 port, std::shared_ptr<TlsContext> tls,
                      int timeoutMs, QObject *parent = nullptr);

    void start();
    QString authority() const;

signals:
    // The socket's parent is this connector: take it with setParent().
    void connected(QAbstractSocket *socket);
    void failed(int httpStatus, const QString &message);

private:
    void fail(int httpStatus, const QString &reason);
    void onSocketError();

    QString m_host;
    quint16 m_port;
    std::shared_ptr<TlsContext> m_tls;
    QPointer<QAbstractSocket> m_socket;
    QTimer m_timer;
    bool m_done = false;
};
