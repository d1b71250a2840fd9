#include "TlsSocket.h"

#include "proxycore/OpenSslErrors.h"
#include "proxycore/ProxyLogging.h"
#include "proxycore/TlsContext.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QSignalBlocker>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

// The BIO that lets OpenSSL read and write the TCP socket through Qt: Qt keeps its event
// notifications, error states and write queue; OpenSSL sees a plain non-blocking stream.
class TlsSocketBio
{
public:
    static BIO_METHOD *method()
    {
        static BIO_METHOD *const methods = [] {
            BIO_METHOD *created =
                BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "kubetailor-qt-tcp");
            BIO_meth_set_write(created, write);
            BIO_meth_set_read(created, read);
            BIO_meth_set_ctrl(created, control);
            BIO_meth_set_create(created, create);
            return created;
        }();
        return methods;
    }

private:
    static TlsSocket *socket(BIO *bio) { return static_cast<TlsSocket *>(BIO_get_data(bio)); }

    static int create(BIO *bio)
    {
        BIO_set_init(bio, 1);
        return 1;
    }

    static int write(BIO *bio, const char *data, int size)
    {
        BIO_clear_retry_flags(bio);
        TlsSocket *owner = socket(bio);
        const qint64 written = owner ? owner->transportWrite(data, size) : -1;
        return written < 0 ? -1 : int(written);
    }

    static int read(BIO *bio, char *data, int size)
    {
        BIO_clear_retry_flags(bio);
        TlsSocket *owner = socket(bio);
        const qint64 got = owner ? owner->transportRead(data, size) : -1;
        if (got > 0)
            return int(got);
        if (got == 0) {
            BIO_set_retry_read(bio); // nothing yet: the socket's readyRead brings more
            return -1;
        }
        return 0; // end of stream
    }

    static long control(BIO *, int command, long, void *)
    {
        // Qt's write queue flushes itself from the event loop.
        return command == BIO_CTRL_FLUSH ? 1 : 0;
    }
};

namespace {

// SSL_get_error() needs an empty error queue before the call it explains. Clearing an empty
// queue walks all its slots; looking at it is cheaper, and it is empty after every I/O
// call that did not fail (three a request on each connection).
void clearErrorQueue()
{
    if (ERR_peek_error() != 0)
        ERR_clear_error();
}

} // namespace

TlsSocket::TlsSocket(std::shared_ptr<TlsContext> context, QObject *parent)
    : QTcpSocket(parent)
    , m_context(std::move(context))
{
    // Connected first, so it runs before any user's slot. An unbuffered socket stops
    // announcing data until someone reads: this always takes the new bytes into OpenSSL
    // (handshake messages, session tickets, close_notify, the next record), so the socket
    // keeps reporting while its plaintext waits to be read.
    connect(this, &QIODevice::readyRead, this, &TlsSocket::onTransportReadable);
}

TlsSocket::~TlsSocket()
{
    if (m_ssl) {
        // The BIO points here; the SSL object (and the BIO with it) goes first.
        BIO_set_data(SSL_get_rbio(m_ssl), nullptr);
        SSL_free(m_ssl);
    }
}

bool TlsSocket::startServerEncryption(qintptr descriptor)
{
    // QAbstractSocket takes "unbuffered" from connectToHost() only (setSocketDescriptor()
    // ignores the flag) and keeps it: a connectToHost() without a host name, aborted at once,
    // sets it without any network activity. transportRead() notices if a Qt version ever
    // stops honouring this.
    setProxy(QNetworkProxy::NoProxy);
    {
        const QSignalBlocker quiet(this);
        connectToHost(QString(), 0, ReadWrite | Unbuffered);
        abort();
    }
    if (!setSocketDescriptor(descriptor, ConnectedState, ReadWrite | Unbuffered))
        return false;
    beginHandshake();
    return true;
}

void TlsSocket::connectToHostEncrypted(const QString &host, quint16 port)
{
    m_peerName = host;
    connect(this, &QAbstractSocket::connected, this, &TlsSocket::beginHandshake,
            Qt::SingleShotConnection);
    connectToHost(host, port, ReadWrite | Unbuffered);
}

void TlsSocket::beginHandshake()
{
    m_ssl = SSL_new(m_context->handle());
    if (!m_ssl) {
        failConnection(tr("cannot start TLS: %1").arg(OpenSslErrors::take()));
        return;
    }
    BIO *bio = BIO_new(TlsSocketBio::method());
    BIO_set_data(bio, this);
    SSL_set_bio(m_ssl, bio, bio);
    if (m_context->isServer()) {
        SSL_set_accept_state(m_ssl);
    } else {
        SSL_set_connect_state(m_ssl);
        const QByteArray name = m_peerName.toUtf8();
        if (QHostAddress(m_peerName).isNull()) {
            // SSL_set_tlsext_host_name() without its C cast.
            SSL_ctrl(m_ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                     const_cast<char *>(name.constData()));
            SSL_set1_host(m_ssl, name.constData());
        } else {
            // No SNI for an address (RFC 6066); the certificate must list the IP.
            X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(m_ssl), name.constData());
        }
        static const unsigned char http11[] = {8, 'h', 't', 't', 'p', '/', '1', '.', '1'};
        SSL_set_alpn_protos(m_ssl, http11, sizeof http11);
        if (SSL_SESSION *session = m_context->resumableSession())
            SSL_set_session(m_ssl, session);
    }
    continueHandshake();
}

void TlsSocket::continueHandshake()
{
    if (!m_ssl || m_encrypted || m_failed)
        return;
    ERR_clear_error();
    m_buffersInUse = true;
    const int result = SSL_do_handshake(m_ssl);
    if (result == 1) {
        m_encrypted = true;
        emit encrypted();
        // Bytes that came with the handshake's last flight are decrypted already; no
        // socket notification will announce them.
        if (m_ssl && SSL_has_pending(m_ssl))
            QMetaObject::invokeMethod(this, &QIODevice::readyRead, Qt::QueuedConnection);
        return;
    }
    const int error = SSL_get_error(m_ssl, result);
    if ((error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) && !m_transportEof)
        return; // the next readyRead continues
    failHandshake(result);
}

void TlsSocket::failHandshake(int sslResult)
{
    const int error = SSL_get_error(m_ssl, sslResult);
    const long verify = SSL_get_verify_result(m_ssl);
    const QString reason = OpenSslErrors::take();
    m_failed = true;
    if (!m_context->isServer() && verify != X509_V_OK) {
        m_certificateProblem = QString::fromLatin1(X509_verify_cert_error_string(verify));
        if (verify == X509_V_ERR_HOSTNAME_MISMATCH || verify == X509_V_ERR_IP_ADDRESS_MISMATCH)
            m_certificateProblem += tr(" (the certificate is not issued for %1)").arg(m_peerName);
        setSocketError(SslHandshakeFailedError);
        setErrorString(tr("the certificate was rejected: %1").arg(m_certificateProblem));
    } else if (m_transportEof || (error == SSL_ERROR_SYSCALL && reason.isEmpty()) ||
               error == SSL_ERROR_ZERO_RETURN) {
        setSocketError(RemoteHostClosedError);
        setErrorString(tr("the peer closed the connection during the TLS handshake"));
    } else {
        setSocketError(SslHandshakeFailedError);
        setErrorString(tr("the TLS handshake failed: %1")
                           .arg(reason.isEmpty() ? tr("unknown error") : reason));
    }
    qCDebug(lcProxy).noquote() << "TLS handshake failed:" << errorString();
    emit errorOccurred(QAbstractSocket::error());
    abort();
}

void TlsSocket::onTransportReadable()
{
    m_transportDrained = false;
    if (!m_ssl || m_failed)
        return;
    if (!m_encrypted)
        continueHandshake();
    else
        bytesAvailable();
}

bool TlsSocket::isSessionResumed() const
{
    return m_ssl && SSL_session_reused(m_ssl) == 1;
}

QString TlsSocket::protocolDescription() const
{
    if (!m_ssl || !m_encrypted)
        return QString();
    return QString::fromLatin1(SSL_get_version(m_ssl)) + QLatin1Char(' ') +
           QString::fromLatin1(SSL_get_cipher_name(m_ssl));
}

qint64 TlsSocket::bytesAvailable() const
{
    if (!m_ssl || !m_encrypted || m_failed)
        return 0;
    if (const int pending = SSL_pending(m_ssl); pending > 0)
        return pending;
    if (m_peerClosed)
        return 0;
    // The last read from the kernel came back short, so it had nothing more, and nothing
    // arrived since (readyRead would have said so): skip a read that would only say EAGAIN.
    // On this path that is one system call in three.
    if (m_transportDrained && !SSL_has_pending(m_ssl)) {
        const_cast<TlsSocket *>(this)->releaseIdleBuffers();
        return 0;
    }
    // Decrypt the next record if one is complete, so the answer is exactly what read()
    // returns now: callers loop on bytesAvailable() > 0, and raw bytes of a half-arrived
    // record are not readable plaintext.
    auto *self = const_cast<TlsSocket *>(this);
    char byte = 0;
    size_t peeked = 0;
    clearErrorQueue();
    self->m_buffersInUse = true;
    const int result = SSL_peek_ex(m_ssl, &byte, 1, &peeked);
    if (result == 1)
        return SSL_pending(m_ssl);
    self->settleIo(result);
    return 0;
}

qint64 TlsSocket::readData(char *data, qint64 maxSize)
{
    if (!m_ssl || !m_encrypted || m_failed)
        return state() == ConnectedState ? 0 : -1;
    if (maxSize <= 0)
        return 0;
    if (m_peerClosed && SSL_pending(m_ssl) == 0)
        return -1;
    size_t got = 0;
    clearErrorQueue();
    m_buffersInUse = true;
    const int result = SSL_read_ex(m_ssl, data, size_t(maxSize), &got);
    if (result == 1)
        return qint64(got);
    return settleIo(result);
}

qint64 TlsSocket::writeData(const char *data, qint64 size)
{
    if (!m_ssl || !m_encrypted || m_failed || m_shutdownSent) {
        setErrorString(tr("the TLS connection is not open"));
        return -1;
    }
    if (size <= 0)
        return 0;
    size_t written = 0;
    clearErrorQueue();
    // The BIO takes every byte (what the kernel refuses waits in Qt's write queue), so a
    // write is never partial.
    m_buffersInUse = true;
    const int result = SSL_write_ex(m_ssl, data, size_t(size), &written);
    if (result == 1)
        return qint64(written);
    settleIo(result);
    return -1;
}

qint64 TlsSocket::settleIo(int sslResult)
{
    const int error = SSL_get_error(m_ssl, sslResult);
    if ((error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) && !m_transportEof) {
        releaseIdleBuffers();
        return 0;
    }
    if (error == SSL_ERROR_ZERO_RETURN || m_transportEof ||
        (error == SSL_ERROR_SYSCALL && ERR_peek_error() == 0)) {
        schedulePeerClosed();
        return -1;
    }
    failConnection(tr("TLS error: %1").arg(OpenSslErrors::take()));
    return -1;
}

void TlsSocket::releaseIdleBuffers()
{
    // Everything that arrived is consumed: give back what OpenSSL keeps beyond what
    // SSL_MODE_RELEASE_BUFFERS releases, notably the ~17 KiB write buffer it sets up to read
    // the server's post-handshake session tickets, which an idle stream (a watch) would
    // otherwise hold for its whole life. A no-op while data is buffered. Once per spell of
    // use: a drained connection is asked bytesAvailable() several times a request.
    if (m_buffersInUse && SSL_free_buffers(m_ssl) == 1)
        m_buffersInUse = false;
}

void TlsSocket::schedulePeerClosed()
{
    if (m_peerClosed)
        return;
    m_peerClosed = true;
    // Not from inside the caller's read(): it may still be using this socket.
    QMetaObject::invokeMethod(this, &TlsSocket::finishPeerClosed, Qt::QueuedConnection);
}

void TlsSocket::finishPeerClosed()
{
    if (state() != UnconnectedState) {
        // close_notify arrived over an open connection: answer it and close once our queued
        // bytes left.
        disconnectFromHost();
        return;
    }
    // Qt's unbuffered read closed the socket on end of stream without a signal.
    emit stateChanged(UnconnectedState);
    emit disconnected();
}

void TlsSocket::failConnection(const QString &reason)
{
    if (m_failed)
        return;
    m_failed = true;
    qCDebug(lcProxy).noquote() << "TLS connection failed:" << reason;
    setSocketError(SslInternalError);
    setErrorString(reason);
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit errorOccurred(SslInternalError);
            abort();
        },
        Qt::QueuedConnection);
}

void TlsSocket::disconnectFromHost()
{
    if (m_ssl && m_encrypted && !m_shutdownSent && !m_failed && state() == ConnectedState) {
        m_shutdownSent = true;
        ERR_clear_error();
        SSL_shutdown(m_ssl); // queues close_notify; the peer's answer is not awaited
        ERR_clear_error();
    }
    QTcpSocket::disconnectFromHost();
}

qint64 TlsSocket::transportRead(char *data, qint64 maxSize)
{
    if (m_transportEof)
        return -1;
    if (QIODevice::bytesAvailable() > 0) {
        // Qt read the ciphertext into a buffer of its own, where read() would hand it out as
        // plaintext: never run TLS over that.
        failConnection(tr("internal error: the TCP socket is buffered by Qt"));
        return -1;
    }
    const qint64 got = QTcpSocket::readData(data, maxSize);
    if (got < 0)
        m_transportEof = true;
    // A stream socket's short read returned everything the kernel had.
    m_transportDrained = got >= 0 && got < maxSize;
    return got;
}

qint64 TlsSocket::transportWrite(const char *data, qint64 size)
{
    return QTcpSocket::writeData(data, size);
}
