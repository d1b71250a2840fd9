#include "TlsContext.h"

#include "proxycore/OpenSslErrors.h"
#include "proxycore/ProxyLogging.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace {

// Why OpenSSL failed, e.g. "... key values mismatch".
QString opensslReason()
{
    const QString reason = OpenSslErrors::take();
    return reason.isEmpty() ? TlsContext::tr("unknown OpenSSL error") : reason;
}

void applyCommonSettings(SSL_CTX *context)
{
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    // TLS 1.2 with forward secrecy and AEAD only (Go's secure defaults): no CBC, no SHA-1
    // MACs, no static RSA. TLS 1.3 suites are all AEAD already.
    SSL_CTX_set_cipher_list(context, "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                     "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                     "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305");
    // Idle connections (watches, logs -f) hold no record buffers; read-ahead takes what
    // arrived in one call instead of a header read plus a body read per record.
    SSL_CTX_set_mode(context, SSL_MODE_RELEASE_BUFFERS);
    SSL_CTX_set_read_ahead(context, 1);
    // A peer that closes TCP without close_notify ends the stream like close_notify would;
    // HTTP framing, not TLS, tells a complete message from a truncated one.
    SSL_CTX_set_options(context, SSL_OP_NO_RENEGOTIATION | SSL_OP_IGNORE_UNEXPECTED_EOF |
                                     SSL_OP_NO_COMPRESSION);
}

int selectHttp11(SSL *, const unsigned char **out, unsigned char *outLength,
                 const unsigned char *offered, unsigned int offeredLength, void *)
{
    static const unsigned char http11[] = {8, 'h', 't', 't', 'p', '/', '1', '.', '1'};
    unsigned char *selected = nullptr;
    if (SSL_select_next_proto(&selected, outLength, http11, sizeof http11, offered,
                              offeredLength) != OPENSSL_NPN_NEGOTIATED) {
        return SSL_TLSEXT_ERR_NOACK; // the client falls back to HTTP/1.1 without ALPN
    }
    *out = selected;
    return SSL_TLSEXT_ERR_OK;
}

int storeNewSession(SSL *ssl, SSL_SESSION *session)
{
    auto *context = static_cast<TlsContext *>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)));
    if (!context || SSL_get_verify_result(ssl) != X509_V_OK || !SSL_SESSION_is_resumable(session)) {
        return 0;
    }
    context->setResumableSession(session);
    return 1; // the context keeps the reference OpenSSL handed over
}

} // namespace

TlsContext::TlsContext(ssl_ctx_st *context, bool server)
    : m_context(context)
    , m_server(server)
{
    SSL_CTX_set_app_data(m_context, this);
}

TlsContext::~TlsContext()
{
    if (m_session)
        SSL_SESSION_free(m_session);
    SSL_CTX_free(m_context);
}

x509_store_st *TlsContext::certificateStore() const
{
    return SSL_CTX_get_cert_store(m_context);
}

void TlsContext::setResumableSession(ssl_session_st *session)
{
    if (m_session)
        SSL_SESSION_free(m_session);
    m_session = session;
}

std::shared_ptr<TlsContext> TlsContext::createServer(const QByteArray &chainPem,
                                                     const QByteArray &keyPem, QString *error)
{
    ERR_clear_error();
    SSL_CTX *raw = SSL_CTX_new(TLS_server_method());
    if (!raw) {
        *error = tr("cannot create a TLS server context: %1").arg(opensslReason());
        return nullptr;
    }
    std::shared_ptr<TlsContext> context(new TlsContext(raw, true));
    applyCommonSettings(raw);
    // kubectl keeps no TLS sessions between runs: tickets would only cost a message each.
    SSL_CTX_set_num_tickets(raw, 0);
    SSL_CTX_set_session_cache_mode(raw, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_options(raw, SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_TICKET);
    SSL_CTX_set_alpn_select_cb(raw, selectHttp11, nullptr);

    BIO *chain = BIO_new_mem_buf(chainPem.constData(), int(chainPem.size()));
    X509 *leaf = PEM_read_bio_X509(chain, nullptr, nullptr, nullptr);
    bool ok = leaf && SSL_CTX_use_certificate(raw, leaf) == 1;
    X509_free(leaf);
    while (ok) {
        X509 *issuer = PEM_read_bio_X509(chain, nullptr, nullptr, nullptr);
        if (!issuer)
            break;
        ok = SSL_CTX_add0_chain_cert(raw, issuer) == 1;
        if (!ok)
            X509_free(issuer);
    }
    BIO_free(chain);
    ERR_clear_error(); // the end of the PEM list queues a harmless "no start line"
    if (ok) {
        BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
        EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
        ok = key && SSL_CTX_use_PrivateKey(raw, key) == 1 && SSL_CTX_check_private_key(raw) == 1;
        EVP_PKEY_free(key);
        BIO_free(keyBio);
    }
    if (!ok) {
        *error = tr("the forwarder's loopback certificate or key cannot be used (%1); delete "
                    "its folder to have a new one created")
                     .arg(opensslReason());
        return nullptr;
    }
    return context;
}

std::shared_ptr<TlsContext> TlsContext::createClient(const QList<QSslCertificate> &trust,
                                                     QString *error)
{
    ERR_clear_error();
    SSL_CTX *raw = SSL_CTX_new(TLS_client_method());
    if (!raw) {
        *error = tr("cannot create a TLS client context: %1").arg(opensslReason());
        return nullptr;
    }
    std::shared_ptr<TlsContext> context(new TlsContext(raw, false));
    applyCommonSettings(raw);
    SSL_CTX_set_verify(raw, SSL_VERIFY_PEER, nullptr);
    X509_STORE *store = SSL_CTX_get_cert_store(raw);
    X509_STORE_set_flags(store, X509_V_FLAG_PARTIAL_CHAIN);
    int added = 0;
    for (const QSslCertificate &certificate : trust) {
        const QByteArray der = certificate.toDer();
        const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
        X509 *x509 = d2i_X509(nullptr, &bytes, long(der.size()));
        if (x509 && X509_STORE_add_cert(store, x509) == 1)
            ++added;
        X509_free(x509);
    }
    ERR_clear_error();
    qCDebug(lcProxy) << "upstream trust store:" << added << "certificates";
    SSL_CTX_set_session_cache_mode(raw, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
    SSL_CTX_sess_set_new_cb(raw, storeNewSession);
    return context;
}
