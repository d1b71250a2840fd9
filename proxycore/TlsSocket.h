#pragma once

#include <QTcpSocket>

#include <memory>

class TlsContext;
struct ssl_st;

// A TCP socket with TLS done by OpenSSL directly, for the forwarder's many long-lived
// connections. The TCP part is an unbuffered QTcpSocket (reads and writes go straight to the
// kernel, no per-socket Qt buffers); OpenSSL reads and writes it through a small BIO, and its
// record buffers are released while a connection is idle (see TlsContext). To its users it is
// a QAbstractSocket: read()/write()/bytesAvailable() carry plaintext, bytesToWrite() is the
// ciphertext still waiting for the kernel (what back-pressure must look at), and
// disconnected() comes when the peer closes, by close_notify or by closing TCP.
//
// Only the subset the forwarder needs: no renegotiation, no client certificates. The socket
// handles its own readyRead (connected in the constructor): disconnect your receiver from it,
// never every connection with a bare disconnect().
class TlsSocket : public QTcpSocket
{
    Q_OBJECT

public:
    explicit TlsSocket(std::shared_ptr<TlsContext> context, QObject *parent = nullptr);
    ~TlsSocket() override;

    // Server side: takes an accepted connection and starts the handshake.
    bool startServerEncryption(qintptr descriptor);
    // Client side: connects and handshakes, verifying the certificate for `host` (also the
    // SNI name; an IP address is matched against the certificate's IP entries).
    void connectToHostEncrypted(const QString &host, quint16 port);

    bool isEncrypted() const { return m_encrypted; }
    bool isSessionResumed() const;
    // "TLSv1.3 TLS_AES_256_GCM_SHA384", for logs.
    QString protocolDescription() const;
    // Why the peer's certificate was rejected ("certificate has expired"), or empty when the
    // handshake did not fail on the certificate.
    QString certificateProblem() const { return m_certificateProblem; }

    qint64 bytesAvailable() const override;
    // Sends close_notify, then closes once the queued bytes left.
    void disconnectFromHost() override;

signals:
    void encrypted();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    friend class TlsSocketBio;

    void onTransportReadable();
    void beginHandshake();
    void continueHandshake();
    void failHandshake(int sslResult);
    // What an SSL_read/SSL_write/SSL_peek result means for the caller: 0 try again later,
    // -1 closed or failed (handled asynchronously).
    qint64 settleIo(int sslResult);
    void releaseIdleBuffers();
    void schedulePeerClosed();
    void finishPeerClosed();
    void failConnection(const QString &reason);

    // The BIO's side: the raw TCP bytes.
    qint64 transportRead(char *data, qint64 maxSize);
    qint64 transportWrite(const char *data, qint64 size);

    std::shared_ptr<TlsContext> m_context;
    ssl_st *m_ssl = nullptr;
    QString m_peerName;
    QString m_certificateProblem;
    bool m_encrypted = false;
    bool m_transportEof = false;
    bool m_transportDrained = false; // the kernel had no more at the last read
    bool m_buffersInUse = false;     // OpenSSL was used since its buffers were last freed
    bool m_peerClosed = false;
    bool m_shutdownSent = false;
    bool m_failed = false;
};
