#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>

struct ssl_ctx_st;
struct ssl_session_st;
struct x509_store_st;

// One OpenSSL context shared by every connection of a forwarder side: the loopback listener
// (its certificate and key) or the upstream client (the trust store, the last resumable
// session). Sharing it is what keeps a connection cheap: a QSslSocket carries a context,
// a certificate store and read/write buffers of its own, about 180 KiB per proxied stream;
// here a connection is an SSL object whose record buffers are given back while it is idle
// (SSL_MODE_RELEASE_BUFFERS). Upstream connections resume the last TLS session, so a burst
// of new connections pays one full handshake, not one each.
class TlsContext
{
    Q_DECLARE_TR_FUNCTIONS(TlsContext)

public:
    ~TlsContext();
    TlsContext(const TlsContext &) = delete;
    TlsContext &operator=(const TlsContext &) = delete;

    // The listener: `chainPem` is the leaf first, then its issuers; `keyPem` the leaf's key.
    // Offers only HTTP/1.1 in ALPN. Null with `error` set when OpenSSL rejects the input.
    static std::shared_ptr<TlsContext> createServer(const QByteArray &chainPem,
                                                    const QByteArray &keyPem, QString *error);
    // The upstream client: verifies the peer against `trust` and what is added to
    // certificateStore() (any certificate there is an anchor, as in Go's x509 and so in
    // kubectl), TLS 1.2 or later.
    static std::shared_ptr<TlsContext> createClient(const QList<QSslCertificate> &trust,
                                                    QString *error);

    ssl_ctx_st *handle() const { return m_context; }
    x509_store_st *certificateStore() const;
    bool isServer() const { return m_server; }

    // Client side: the session to offer on the next connection (owned by this context), or
    // null. Replaced whenever a verified connection receives a new ticket.
    ssl_session_st *resumableSession() const { return m_session; }
    void setResumableSession(ssl_session_st *session);

private:
    TlsContext(ssl_ctx_st *context, bool server);

    ssl_ctx_st *m_context = nullptr;
    ssl_session_st *m_session = nullptr;
    bool m_server = false;
};
