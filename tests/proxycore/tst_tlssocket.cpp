// TlsSocket + TlsContext: the forwarder's own TLS layer over unbuffered Qt sockets. Both ends
// here are TlsSockets on loopback with certificates from CertificateFactory.
#include "proxycore/CertificateFactory.h"
#include "proxycore/TlsContext.h"
#include "proxycore/TlsSocket.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

namespace {

// Accepts connections as server-side TlsSockets.
class TlsTestServer : public QTcpServer
{
public:
    explicit TlsTestServer(std::shared_ptr<TlsContext> context)
        : m_context(std::move(context))
    {}

    QList<QPointer<TlsSocket>> accepted;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new TlsSocket(m_context, this);
        if (!socket->startServerEncryption(descriptor)) {
            delete socket;
            return;
        }
        accepted.append(socket);
    }

private:
    std::shared_ptr<TlsContext> m_context;
};

// Reads the way the forwarder does: while bytesAvailable() > 0. An empty read means
// bytesAvailable() promised bytes read() did not give (a loop like this would spin).
QByteArray readEverything(QAbstractSocket *socket, int *emptyReads)
{
    QByteArray data;
    while (socket->bytesAvailable() > 0) {
        const QByteArray chunk = socket->read(socket->bytesAvailable());
        if (chunk.isEmpty()) {
            ++*emptyReads;
            break;
        }
        data += chunk;
    }
    return data;
}

} // namespace

class TestTlsSocket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void handshakeVerifiesTheServer_data();
    void handshakeVerifiesTheServer();
    void bytesArriveIntactAndCloseNotifyEndsTheStream();
    void tcpCloseWithoutCloseNotifyEndsTheStream();
    void anErrorLeftByOtherCodeDoesNotBreakTheConnection();
    void secondConnectionResumesTheSession();
    void onlyAeadSuitesAreOffered();

private:
    std::shared_ptr<TlsContext> serverContext(const IssuedCertificate &leaf);
    // Connects `client` to `server`; true once both ends finished the handshake.
    static bool connectPair(TlsTestServer *server, TlsSocket *client, QPointer<TlsSocket> *peer);
    std::unique_ptr<TlsTestServer> startServer(const IssuedCertificate &leaf);
    // A client trusting m_ca connected to a server with m_good, both ends encrypted.
    struct Pair
    {
        std::unique_ptr<TlsTestServer> server;
        std::unique_ptr<TlsSocket> client;
        QPointer<TlsSocket> peer;
    };
    std::unique_ptr<Pair> connectedPair();

    IssuedCertificate m_ca;
    IssuedCertificate m_otherCa;
    IssuedCertificate m_good;
    IssuedCertificate m_foreign;
    IssuedCertificate m_expired;
    IssuedCertificate m_wrongName;
};

void TestTlsSocket::initTestCase()
{
    QString error;
    m_ca = CertificateFactory::createAuthority(QStringLiteral("tls test CA"), 2, &error);
    QVERIFY2(!m_ca.isNull(), qPrintable(error));
    m_otherCa = CertificateFactory::createAuthority(QStringLiteral("other CA"), 2, &error);
    QVERIFY2(!m_otherCa.isNull(), qPrintable(error));
    m_good = CertificateFactory::createServer({QStringLiteral("127.0.0.1")}, 2, &m_ca, &error);
    QVERIFY2(!m_good.isNull(), qPrintable(error));
    m_foreign =
        CertificateFactory::createServer({QStringLiteral("127.0.0.1")}, 2, &m_otherCa, &error);
    QVERIFY2(!m_foreign.isNull(), qPrintable(error));
    m_wrongName =
        CertificateFactory::createServer({QStringLiteral("elsewhere.example")}, 2, &m_ca, &error);
    QVERIFY2(!m_wrongName.isNull(), qPrintable(error));
    CertificateRequest expired;
    expired.commonName = QStringLiteral("127.0.0.1");
    expired.ipAddresses = {QHostAddress::LocalHost};
    expired.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    expired.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    m_expired = CertificateFactory::create(expired, &m_ca, &error);
    QVERIFY2(!m_expired.isNull(), qPrintable(error));
}

std::shared_ptr<TlsContext> TestTlsSocket::serverContext(const IssuedCertificate &leaf)
{
    QString error;
    auto context = TlsContext::createServer(leaf.certificatePem, leaf.privateKeyPem, &error);
    if (!context)
        qWarning("server context: %s", qPrintable(error));
    return context;
}

std::unique_ptr<TlsTestServer> TestTlsSocket::startServer(const IssuedCertificate &leaf)
{
    auto context = serverContext(leaf);
    if (!context)
        return nullptr;
    auto server = std::make_unique<TlsTestServer>(context);
    if (!server->listen(QHostAddress::LocalHost, 0))
        return nullptr;
    return server;
}

std::unique_ptr<TestTlsSocket::Pair> TestTlsSocket::connectedPair()
{
    auto pair = std::make_unique<Pair>();
    pair->server = startServer(m_good);
    if (!pair->server)
        return nullptr;
    QString error;
    pair->client =
        std::make_unique<TlsSocket>(TlsContext::createClient({m_ca.certificate()}, &error));
    if (!connectPair(pair->server.get(), pair->client.get(), &pair->peer))
        return nullptr;
    return pair;
}

bool TestTlsSocket::connectPair(TlsTestServer *server, TlsSocket *client, QPointer<TlsSocket> *peer)
{
    const qsizetype before = server->accepted.size();
    client->connectToHostEncrypted(QStringLiteral("127.0.0.1"), server->serverPort());
    if (!QTest::qWaitFor([&] { return client->isEncrypted(); }, 10000) ||
        !QTest::qWaitFor([&] { return server->accepted.size() > before; }, 5000)) {
        return false;
    }
    *peer = server->accepted.last();
    return QTest::qWaitFor([&] { return *peer && (*peer)->isEncrypted(); }, 5000);
}

void TestTlsSocket::handshakeVerifiesTheServer_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("expectedProblem"); // empty: the handshake succeeds

    QTest::newRow("signed by the trusted CA") << QStringLiteral("good") << QString();
    QTest::newRow("signed by another CA")
        << QStringLiteral("foreign") << QStringLiteral("unable to get local issuer certificate");
    QTest::newRow("expired") << QStringLiteral("expired")
                             << QStringLiteral("certificate has expired");
    QTest::newRow("issued for another name")
        << QStringLiteral("wrong name") << QStringLiteral("not issued for 127.0.0.1");
}

void TestTlsSocket::handshakeVerifiesTheServer()
{
    QFETCH(QString, certificate);
    QFETCH(QString, expectedProblem);
    const QHash<QString, IssuedCertificate> leaves = {{QStringLiteral("good"), m_good},
                                                      {QStringLiteral("foreign"), m_foreign},
                                                      {QStringLiteral("expired"), m_expired},
                                                      {QStringLiteral("wrong name"), m_wrongName}};
    auto server = startServer(leaves.value(certificate));
    QVERIFY(server);
    QString error;
    auto clientContext = TlsContext::createClient({m_ca.certificate()}, &error);
    QVERIFY2(clientContext, qPrintable(error));

    TlsSocket client(clientContext);
    QSignalSpy encrypted(&client, &TlsSocket::encrypted);
    QSignalSpy failed(&client, &QAbstractSocket::errorOccurred);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server->serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(encrypted.size() + failed.size() > 0, 10000);
    if (expectedProblem.isEmpty()) {
        QCOMPARE(encrypted.size(), 1);
        QVERIFY(client.isEncrypted());
        QVERIFY2(client.protocolDescription().startsWith(QLatin1String("TLSv1.3")),
                 qPrintable(client.protocolDescription()));
        QVERIFY(client.certificateProblem().isEmpty());
        return;
    }
    QCOMPARE(encrypted.size(), 0);
    QCOMPARE(client.error(), QAbstractSocket::SslHandshakeFailedError);
    QVERIFY2(client.certificateProblem().contains(expectedProblem),
             qPrintable(client.certificateProblem()));
    QVERIFY2(client.errorString().contains(expectedProblem), qPrintable(client.errorString()));
    QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
}

void TestTlsSocket::bytesArriveIntactAndCloseNotifyEndsTheStream()
{
    const std::unique_ptr<Pair> pair = connectedPair();
    QVERIFY(pair);
    TlsSocket &client = *pair->client;
    const QPointer<TlsSocket> &peer = pair->peer;

    // 3 MiB in one write: many records, more than the kernel takes at once, so Qt's write
    // queue and bytesToWrite() are part of the way.
    QByteArray payload(3 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char((i * 131) % 251);
    QCOMPARE(client.write(payload), qint64(payload.size()));
    QByteArray received;
    int emptyReads = 0;
    connect(peer, &QIODevice::readyRead, this,
            [&] { received += readEverything(peer, &emptyReads); });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), payload.size(), 20000);
    QVERIFY(received == payload);
    QCOMPARE(client.bytesToWrite(), 0);
    QCOMPARE(emptyReads, 0);

    QSignalSpy peerClosed(peer, &QAbstractSocket::disconnected);
    client.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(peerClosed.size(), 1, 5000);
    QCOMPARE(peer->bytesAvailable(), 0);
}

void TestTlsSocket::tcpCloseWithoutCloseNotifyEndsTheStream()
{
    const std::unique_ptr<Pair> pair = connectedPair();
    QVERIFY(pair);
    TlsSocket &client = *pair->client;
    const QPointer<TlsSocket> &peer = pair->peer;

    QByteArray received;
    int emptyReads = 0;
    connect(&client, &QIODevice::readyRead, this,
            [&] { received += readEverything(&client, &emptyReads); });
    QSignalSpy closed(&client, &QAbstractSocket::disconnected);
    peer->write("last words");
    QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("last words"), 5000);
    QCOMPARE(emptyReads, 0);
    peer->abort(); // TCP close, no close_notify (a crashed or killed peer)
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(client.bytesAvailable(), 0);
}

// SSL_get_error() reads the thread's error queue, which other OpenSSL users (a PEM parse that
// found no certificate) may leave filled. The socket empties the queue before each read and
// write only when it holds something: that check must keep working reads and writes working.
void TestTlsSocket::anErrorLeftByOtherCodeDoesNotBreakTheConnection()
{
    const std::unique_ptr<Pair> pair = connectedPair();
    QVERIFY(pair);
    TlsSocket &client = *pair->client;
    const QPointer<TlsSocket> &peer = pair->peer;
    QByteArray received;
    int emptyReads = 0;
    connect(&client, &QIODevice::readyRead, this, [&] {
        ERR_raise(ERR_LIB_PEM, PEM_R_NO_START_LINE); // before the read: what others leave
        received += readEverything(&client, &emptyReads);
    });
    for (int i = 0; i < 3; ++i) {
        ERR_raise(ERR_LIB_SSL, SSL_R_BAD_LENGTH); // before the write
        QCOMPARE(peer->write("ping" + QByteArray::number(i)), qint64(5));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 5 * (i + 1), 5000);
        // Nothing left to read: each socket's next read says "later", not "failed".
        QCOMPARE(client.bytesAvailable(), 0);
        QCOMPARE(client.read(16), QByteArray());
    }
    QCOMPARE(received, QByteArray("ping0ping1ping2"));
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(peer->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(client.error(), QAbstractSocket::UnknownSocketError);
    ERR_clear_error();
}

void TestTlsSocket::secondConnectionResumesTheSession()
{
    // The forwarder's own listener issues no tickets (kubectl keeps no sessions); an API
    // server does, as OpenSSL and Go do by default.
    auto context = serverContext(m_good);
    QVERIFY(context);
    SSL_CTX_clear_options(context->handle(), SSL_OP_NO_TICKET);
    SSL_CTX_set_num_tickets(context->handle(), 2);
    auto server = std::make_unique<TlsTestServer>(context);
    QVERIFY(server->listen(QHostAddress::LocalHost, 0));
    QString error;
    auto clientContext = TlsContext::createClient({m_ca.certificate()}, &error);
    QVERIFY2(clientContext, qPrintable(error));
    QVERIFY(!clientContext->resumableSession());

    for (int round = 0; round < 2; ++round) {
        TlsSocket client(clientContext);
        QSignalSpy encrypted(&client, &TlsSocket::encrypted);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server->serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(encrypted.size(), 1, 10000);
        QCOMPARE(client.isSessionResumed(), round == 1);
        QTRY_COMPARE_WITH_TIMEOUT(server->accepted.size(), round + 1, 5000);
        QPointer<TlsSocket> peer = server->accepted.last();
        QTRY_VERIFY_WITH_TIMEOUT(peer && peer->isEncrypted(), 5000);
        // TLS 1.3 tickets come after the handshake, with the first application data.
        peer->write("hello");
        QByteArray received;
        int emptyReads = 0;
        connect(&client, &QIODevice::readyRead, this,
                [&] { received += readEverything(&client, &emptyReads); });
        QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("hello"), 5000);
        QVERIFY(clientContext->resumableSession());
        client.disconnectFromHost();
    }
}

void TestTlsSocket::onlyAeadSuitesAreOffered()
{
    // TLS 1.2 without CBC or SHA-1 MACs, on both sides (TLS 1.3 suites are all AEAD).
    QString error;
    const auto client = TlsContext::createClient({m_ca.certificate()}, &error);
    QVERIFY2(client, qPrintable(error));
    const auto server =
        TlsContext::createServer(m_good.certificatePem, m_good.privateKeyPem, &error);
    QVERIFY2(server, qPrintable(error));
    for (ssl_ctx_st *context : {client->handle(), server->handle()}) {
        STACK_OF(SSL_CIPHER) *suites = SSL_CTX_get_ciphers(context);
        QVERIFY(sk_SSL_CIPHER_num(suites) > 0);
        for (int i = 0; i < sk_SSL_CIPHER_num(suites); ++i) {
            const SSL_CIPHER *suite = sk_SSL_CIPHER_value(suites, i);
            QVERIFY2(SSL_CIPHER_is_aead(suite), SSL_CIPHER_get_name(suite));
        }
    }
}

QTEST_GUILESS_MAIN(TestTlsSocket)
#include "tst_tlssocket.moc"
