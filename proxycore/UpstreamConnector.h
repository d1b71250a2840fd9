#pragma once

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QTimer>

class QAbstractSocket;
class QSslSocket;

// Opens one connection to the upstream: TCP, then (unless plain) a verified TLS handshake with
// SNI = the upstream host. Emits exactly one of connected() or failed(). A failure says what
// went wrong with which host:port — DNS, refused, timeout, or which certificate error — and
// carries the HTTP status the forwarder answers with (503 unreachable, 502 untrusted). Not a
// byte of a request is written before the certificate is verified.
class UpstreamConnector : public QObject
{
    Q_OBJECT

public:
    UpstreamConnector(const QString &host, quint16 port, const QSslConfiguration &tls, bool plain,
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
    QSslConfiguration m_tls;
    bool m_plain;
    QPointer<QAbstractSocket> m_socket;
    QTimer m_timer;
    bool m_done = false;
};
