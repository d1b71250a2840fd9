// The local forwarder in http mode, in-process, against a scripted upstream over real TLS:
// what kubectl would send arrives upstream unchanged (credentials included, nothing added),
// answers come back byte for byte, streams stream, upgrades tunnel, and failures are
// Kubernetes Status objects naming the upstream.
#include "proxycore/CertificateFactory.h"
#include "proxycore/ForwarderService.h"
#include "proxycore/ForwarderSession.h"
#include "tests/support/ScriptedTlsUpstream.h"
#include "tests/support/UnusedPort.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <sys/socket.h>
#include <vector>

namespace {

constexpr int timeoutMs = 10000;

struct Response
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// A complete response with a Content-Length body in `buffer`, or nothing yet.
bool parseResponse(const QByteArray &buffer, Response *out)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QByteArray head = buffer.left(headEnd + 4);
    const qsizetype at = head.toLower().indexOf("\r\ncontent-length:");
    qsizetype length = 0;
    if (at >= 0) {
        const qsizetype end = head.indexOf("\r\n", at + 2);
        length = head.mid(at + 17, end - at - 17).trimmed().toLongLong();
    }
    if (buffer.size() < head.size() + length)
        return false;
    out->head = head;
    out->body = buffer.mid(head.size(), length);
    out->status = head.mid(9, 3).toInt();
    return true;
}

// Reads from `socket` into `got` until `done(got)` or the timeout.
bool readUntil(QSslSocket *socket, QByteArray *got,
               const std::function<bool(const QByteArray &)> &done, int ms)
{
    return QTest::qWaitFor(
        [&] {
            *got += socket->readAll();
            return done(*got);
        },
        ms);
}

QJsonObject statusObject(const Response &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

class TestForwarder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void requestAndResponsePassUnchanged();
    void bodiesStreamBothWays();
    void upstreamConnectionIsReused();
    void staleReusedConnectionIsRetriedWhenSafe_data();
    void staleReusedConnectionIsRetriedWhenSafe();
    void concurrentBurstKeepsItsUpstreamConnections();
    void aPooledConnectionAnotherClientUsedEndsNobodyElsesRequest();
    void aSessionDeletedMidRequestTakesItsUpstreamConnection_data();
    void aSessionDeletedMidRequestTakesItsUpstreamConnection();
    void chunkArrivesBeforeUpstreamFinishes();
    void slowClientSlowsTheUpstream();
    void upgradeBecomesByteTunnel();
    void healthzIsAnsweredLocally();
    void refusedRequestsNeverGoUpstream_data();
    void refusedRequestsNeverGoUpstream();
    void malformedLineIsNotEchoed();
    void responseKeepsItsLengthWhenConnectionNamesIt();
    void upstreamGetsTheForwardersHttpVersion();
    void sameOriginLoopbackOriginIsForwarded();
    void clientResetMidResponseDropsTheUpstream_data();
    void clientResetMidResponseDropsTheUpstream();
    void idleKeepAliveConnectionsMakeRoom();
    void untrustedUpstreamGetsNoBytes();
    void upstreamDownIs503();
    void clientGoneMidBodyLeavesForwarderServing();
    void requestLogHasNoSecrets();
    void slowHeadIs408();
    void idleAndHeadTimeoutsCountFromTheirOwnStart();
    void connectionsAreBounded();

private:
    std::unique_ptr<QSslSocket> connectClient();
    bool readResponse(QSslSocket *socket, Response *response, int ms = timeoutMs);
    QByteArray hostField() const;
    bool startService(const QUrl &upstream, const QByteArray &caPem,
                      const std::function<void(ForwarderConfig &)> &tweak = {});

    IssuedCertificate m_ca;
    IssuedCertificate m_upstreamCert;
    IssuedCertificate m_otherCa;
    IssuedCertificate m_untrustedCert;
    QTemporaryDir m_certDir;
    std::unique_ptr<ScriptedTlsUpstream> m_upstream;
    std::unique_ptr<ForwarderService> m_service;
    QHash<QSslSocket *, QByteArray> m_buffers;
};

void TestForwarder::initTestCase()
{
    QString error;
    m_ca = CertificateFactory::createAuthority(QStringLiteral("upstream test CA"), 2, &error);
    QVERIFY2(!m_ca.isNull(), qPrintable(error));
    m_upstreamCert =
        CertificateFactory::createServer({QStringLiteral("127.0.0.1")}, 2, &m_ca, &error);
    QVERIFY2(!m_upstreamCert.isNull(), qPrintable(error));
    m_otherCa = CertificateFactory::createAuthority(QStringLiteral("someone else's CA"), 2, &error);
    m_untrustedCert =
        CertificateFactory::createServer({QStringLiteral("127.0.0.1")}, 2, &m_otherCa, &error);
    QVERIFY2(!m_untrustedCert.isNull(), qPrintable(error));
    QVERIFY(m_certDir.isValid());
}

bool TestForwarder::startService(const QUrl &upstream, const QByteArray &caPem,
                                 const std::function<void(ForwarderConfig &)> &tweak)
{
    m_service = std::make_unique<ForwarderService>();
    ForwarderConfig config;
    config.upstream = upstream;
    config.caPem = caPem;
    config.certificateDir = m_certDir.path();
    if (tweak)
        tweak(config);
    QString error;
    const bool ok = m_service->start(config, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestForwarder::init()
{
    m_upstream = std::make_unique<ScriptedTlsUpstream>(m_upstreamCert.certificate(),
                                                       m_upstreamCert.privateKey());
    QVERIFY(m_upstream->listen(QHostAddress::LocalHost, 0));
    QUrl url(QStringLiteral("https://127.0.0.1"));
    url.setPort(m_upstream->serverPort());
    QVERIFY(startService(url, m_ca.certificatePem));
    QCOMPARE(m_service->state(), ForwarderService::State::Running);
    QVERIFY(m_service->port() > 0);
}

void TestForwarder::cleanup()
{
    m_buffers.clear();
    m_service.reset();
    m_upstream.reset();
}

QByteArray TestForwarder::hostField() const
{
    return "Host: 127.0.0.1:" + QByteArray::number(m_service->port()) + "\r\n";
}

std::unique_ptr<QSslSocket> TestForwarder::connectClient()
{
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(
        QSslCertificate::fromData(m_service->certificateAuthorityPem(), QSsl::Pem));
    socket->setSslConfiguration(configuration);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_service->port());
    QSslSocket *raw = socket.get();
    if (!QTest::qWaitFor([raw] { return raw->isEncrypted(); }, timeoutMs)) {
        qWarning("client TLS handshake failed: %s", qPrintable(raw->errorString()));
        return nullptr;
    }
    return socket;
}

bool TestForwarder::readResponse(QSslSocket *socket, Response *response, int ms)
{
    QByteArray &buffer = m_buffers[socket];
    const bool ok = QTest::qWaitFor(
        [&] {
            buffer += socket->readAll();
            return parseResponse(buffer, response);
        },
        ms);
    if (ok)
        buffer.remove(0, response->head.size() + response->body.size());
    return ok;
}

void TestForwarder::requestAndResponsePassUnchanged()
{
    const QByteArray answer =
        "HTTP/1.1 200 OK\r\nAudit-Id: 5c3f\r\nContent-Type: application/json\r\n"
        "Content-Length: 18\r\n\r\n{\"kind\":\"PodList\"}";
    m_upstream->setCannedResponse(answer);
    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /api/v1/namespaces/default/pods?limit=500 HTTP/1.1\r\n" + hostField() +
                  "User-Agent: kubectl/v1.33.0\r\nAuthorization: Bearer secret-token-123\r\n"
                  "Accept: application/json\r\nConnection: keep-alive, X-Hop\r\nX-Hop: 1\r\n"
                  "Keep-Alive: timeout=5\r\nAccept-Encoding: gzip\r\n\r\n");
    Response response;
    QVERIFY(readResponse(client.get(), &response));
    QCOMPARE(response.head + response.body, answer);

    const QByteArray expectedUpstream =
        "GET /api/v1/namespaces/default/pods?limit=500 HTTP/1.1\r\nHost: 127.0.0.1:" +
        QByteArray::number(m_upstream->serverPort()) +
        "\r\nUser-Agent: kubectl/v1.33.0\r\nAuthorization: Bearer secret-token-123\r\n"
        "Accept: application/json\r\nAccept-Encoding: gzip\r\n\r\n";
    QCOMPARE(m_upstream->received(), expectedUpstream);
    QVERIFY(!m_upstream->received().toLower().contains("impersonate"));
}

void TestForwarder::bodiesStreamBothWays()
{
    // Impersonation the client asks for passes through; the chunked answer stays chunked.
    const QByteArray answer =
        "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n";
    m_upstream->setCannedResponse(answer);
    auto client = connectClient();
    QVERIFY(client);
    QByteArray body(300 * 1024, 'x');
    for (int i = 0; i < body.size(); i += 1000)
        body[i] = char('a' + (i / 1000) % 26);
    const QByteArray head =
        "POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\n" + hostField() +
        "Authorization: Bearer t\r\nImpersonate-User: alice\r\nContent-Type: application/json\r\n"
        "Content-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n";
    client->write(head + body);
    QByteArray got;
    QVERIFY(QTest::qWaitFor(
        [&] {
            got += client->readAll();
            return got.endsWith("0\r\n\r\n");
        },
        timeoutMs));
    QCOMPARE(got, answer);
    const QByteArray received = m_upstream->received();
    QVERIFY(received.contains("\r\nImpersonate-User: alice\r\n"));
    QVERIFY(received.contains("\r\nAuthorization: Bearer t\r\n"));
    QVERIFY(received.endsWith(body));
}

void TestForwarder::upstreamConnectionIsReused()
{
    m_upstream->setCannedResponse("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    for (int round = 0; round < 2; ++round) {
        auto client = connectClient();
        QVERIFY(client);
        for (int i = 0; i < 3; ++i) {
            client->write("GET /api?n=" + QByteArray::number(i) + " HTTP/1.1\r\n" + hostField() +
                          "\r\n");
            Response response;
            QVERIFY(readResponse(client.get(), &response));
            QCOMPARE(response.status, 200);
        }
    }
    QCOMPARE(m_upstream->requests().size(), 6);
    QCOMPARE(m_upstream->tcpConnections(), 1);
}

void TestForwarder::staleReusedConnectionIsRetriedWhenSafe_data()
{
    QTest::addColumn<QByteArray>("secondRequest");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<int>("expectedConnections");

    QTest::newRow("GET is sent again on a new connection")
        << QByteArray("GET /api/v1/pods HTTP/1.1\r\n") << 200 << 2;
    QTest::newRow("POST with a body is not repeated: 502")
        << QByteArray("POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\n"
                      "Content-Type: application/json\r\nContent-Length: 2\r\n")
        << 502 << 1;
}

void TestForwarder::staleReusedConnectionIsRetriedWhenSafe()
{
    QFETCH(QByteArray, secondRequest);
    QFETCH(int, expectedStatus);
    QFETCH(int, expectedConnections);
    // The upstream answers the first request on a connection and closes that connection
    // when a second request arrives on it, unanswered: its idle timeout crossing our reuse.
    m_upstream->setHandler([](QSslSocket *socket, const QByteArray &) {
        const int served = socket->property("served").toInt();
        socket->setProperty("served", served + 1);
        if (served >= 1) {
            socket->abort();
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    });
    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /api HTTP/1.1\r\n" + hostField() + "\r\n");
    Response first;
    QVERIFY(readResponse(client.get(), &first));
    QCOMPARE(first.status, 200);
    // The forwarder gave the upstream connection back to its pool as the answer went out.

    const bool hasBody = secondRequest.contains("Content-Length: 2");
    client->write(secondRequest + hostField() + "\r\n" + (hasBody ? "{}" : ""));
    Response second;
    QVERIFY(readResponse(client.get(), &second));
    QCOMPARE(second.status, expectedStatus);
    QCOMPARE(m_upstream->tcpConnections(), expectedConnections);
    if (expectedStatus == 502) {
        QVERIFY2(
            statusObject(second)
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("closed the connection before the response was complete")),
            second.body.constData());
    }
}

void TestForwarder::concurrentBurstKeepsItsUpstreamConnections()
{
    // More requests in flight than the pool used to keep (8): the second burst must find
    // every connection of the first one idle, not pay new TCP + TLS handshakes.
    m_upstream->setCannedResponse("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    constexpr int clientCount = 12;
    std::vector<std::unique_ptr<QSslSocket>> clients;
    for (int i = 0; i < clientCount; ++i) {
        clients.push_back(connectClient());
        QVERIFY(clients.back());
    }
    int afterFirstBurst = 0;
    for (int burst = 0; burst < 2; ++burst) {
        for (auto &client : clients)
            client->write("GET /api/v1/pods HTTP/1.1\r\n" + hostField() + "\r\n");
        for (auto &client : clients) {
            Response response;
            QVERIFY(readResponse(client.get(), &response));
            QCOMPARE(response.status, 200);
        }
        if (burst == 0)
            afterFirstBurst = m_upstream->tcpConnections();
    }
    QCOMPARE(m_upstream->requests().size(), 2 * clientCount);
    QVERIFY2(afterFirstBurst > 8,
             qPrintable(QStringLiteral("the first burst opened only %1 upstream connections")
                            .arg(afterFirstBurst)));
    QCOMPARE(m_upstream->tcpConnections(), afterFirstBurst);
}

// An upstream connection passes from client to client through the pool, and a client keeps
// its signal connections to one it gave back, for when it comes back. Once another client
// took it, its end is no concern of the first: here the upstream closes it while the first
// client waits for an answer on another connection, which must still come.
void TestForwarder::aPooledConnectionAnotherClientUsedEndsNobodyElsesRequest()
{
    m_upstream->setHandler([](QSslSocket *socket, const QByteArray &request) {
        const QByteArray path = request.mid(4, request.indexOf(' ', 4) - 4);
        const QByteArray response =
            "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(path.size()) + "\r\n\r\n" +
            path;
        if (path == "/first") {
            socket->write(response);
        } else if (path == "/second") {
            // Answered, then closed while it waits in the pool.
            QTimer::singleShot(100, socket, [socket, response] {
                socket->write(response);
                QTimer::singleShot(100, socket, [socket] { socket->disconnectFromHost(); });
            });
        } else {
            QTimer::singleShot(600, socket, [socket, response] { socket->write(response); });
        }
    });
    auto first = connectClient();
    auto second = connectClient();
    QVERIFY(first && second);
    Response response;
    first->write("GET /first HTTP/1.1\r\n" + hostField() + "\r\n");
    QVERIFY(readResponse(first.get(), &response));
    QCOMPARE(response.body, QByteArray("/first"));
    // The second client takes the first's connection; the first then needs a new one.
    second->write("GET /second HTTP/1.1\r\n" + hostField() + "\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(m_upstream->requests().size(), 2, timeoutMs);
    first->write("GET /third HTTP/1.1\r\n" + hostField() + "\r\n");
    QVERIFY(readResponse(second.get(), &response));
    QCOMPARE(response.body, QByteArray("/second"));
    QVERIFY(readResponse(first.get(), &response));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("/third"));
    QCOMPARE(m_upstream->tcpConnections(), 2);
}

// Upstream connections are the pool's children, not the session's: a session deleted without
// closing (its server going away) must still let the one it uses go, not leave it open under
// the pool until the forwarder stops.
void TestForwarder::aSessionDeletedMidRequestTakesItsUpstreamConnection_data()
{
    QTest::addColumn<bool>("tunnel");
    QTest::newRow("a request in flight") << false;
    QTest::newRow("a byte tunnel after 101") << true;
}

void TestForwarder::aSessionDeletedMidRequestTakesItsUpstreamConnection()
{
    QFETCH(bool, tunnel);
    QPointer<QSslSocket> upstreamSide;
    m_upstream->setEchoAfterUpgrade(tunnel);
    m_upstream->setHandler([&upstreamSide, tunnel](QSslSocket *socket, const QByteArray &) {
        upstreamSide = socket; // without a tunnel, no answer: the request stays in flight
        if (tunnel)
            socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                          "Connection: Upgrade\r\n\r\n");
    });
    auto client = connectClient();
    QVERIFY(client);
    client->write(
        "GET /api/v1/pods?watch=1 HTTP/1.1\r\n" + hostField() +
        (tunnel ? QByteArray("Connection: Upgrade\r\nUpgrade: websocket\r\n") : QByteArray()) +
        "\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(upstreamSide, timeoutMs);
    if (tunnel) {
        QByteArray got;
        const auto headIn = [](const QByteArray &bytes) {
            return bytes.contains("\r\n\r\n");
        };
        QVERIFY(readUntil(client.get(), &got, headIn, timeoutMs));
        QVERIFY2(got.startsWith("HTTP/1.1 101 "), got.constData());
        client->write("ping");
        const auto echoed = [](const QByteArray &bytes) {
            return bytes.endsWith("ping");
        };
        QVERIFY(readUntil(client.get(), &got, echoed, timeoutMs));
    }
    const QList<ForwarderSession *> sessions = m_service->findChildren<ForwarderSession *>();
    QCOMPARE(sessions.size(), 1);
    QSignalSpy upstreamClosed(upstreamSide.data(), &QAbstractSocket::disconnected);
    delete sessions.first();
    QTRY_COMPARE_WITH_TIMEOUT(upstreamClosed.size(), 1, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(m_service->connectionCount(), 0);
}

void TestForwarder::chunkArrivesBeforeUpstreamFinishes()
{
    QPointer<QSslSocket> upstreamSide;
    m_upstream->setHandler([&upstreamSide](QSslSocket *socket, const QByteArray &) {
        upstreamSide = socket;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n11\r\n{\"type\":\"ADDED\"}\n\r\n");
    });
    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /api/v1/pods?watch=1 HTTP/1.1\r\n" + hostField() + "\r\n");
    QByteArray got;
    QVERIFY(QTest::qWaitFor(
        [&] {
            got += client->readAll();
            return got.contains("{\"type\":\"ADDED\"}\n");
        },
        timeoutMs));
    QVERIFY(!got.contains("0\r\n\r\n")); // the watch is still open
    QVERIFY(upstreamSide);
    upstreamSide->write("14\r\n{\"type\":\"MODIFIED\"}\n\r\n0\r\n\r\n");
    QVERIFY(QTest::qWaitFor(
        [&] {
            got += client->readAll();
            return got.endsWith("0\r\n\r\n");
        },
        timeoutMs));
    QVERIFY(got.contains("{\"type\":\"MODIFIED\"}\n"));
}

void TestForwarder::slowClientSlowsTheUpstream()
{
    // 32 MiB answer (more than loopback's kernel buffers hold); while the client reads nothing, the
    // forwarder stops reading the upstream (the bytes wait in the upstream's own buffers), then
    // everything arrives intact.
    constexpr qsizetype size = 32 * 1024 * 1024;
    QPointer<QSslSocket> upstreamSide;
    m_upstream->setHandler([&upstreamSide](QSslSocket *socket, const QByteArray &) {
        upstreamSide = socket;
        QByteArray body(size, 'L');
        for (qsizetype i = 0; i < size; i += 4096)
            body[i] = char('0' + (i / 4096) % 10);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(size) + "\r\n\r\n" + body);
    });
    auto client = connectClient();
    QVERIFY(client);
    client->setReadBufferSize(64 * 1024);
    client->write("GET /api/v1/pods HTTP/1.1\r\n" + hostField() + "\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(upstreamSide, timeoutMs);
    QTest::qWait(1000);
    // Most of the body is still on the upstream's side: nothing buffered it whole.
    QVERIFY2(upstreamSide->encryptedBytesToWrite() > size / 4,
             QByteArray::number(upstreamSide->encryptedBytesToWrite()).constData());

    client->setReadBufferSize(0);
    QByteArray got;
    // Drain without qWaitFor's 10 ms naps, still bounded in time.
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    while (got.size() < size + 60 && clock.elapsed() < 30000) {
        loop.processEvents(QEventLoop::WaitForMoreEvents);
        got += client->readAll();
    }
    const qsizetype bodyStart = got.indexOf("\r\n\r\n") + 4;
    QCOMPARE(got.size() - bodyStart, size);
    QCOMPARE(got.at(bodyStart + 4096 * 7), '7');
    QCOMPARE(got.at(bodyStart + 1), 'L');
}

void TestForwarder::upgradeBecomesByteTunnel()
{
    m_upstream->setEchoAfterUpgrade(true);
    m_upstream->setCannedResponse(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
        "Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
        "Sec-WebSocket-Protocol: v5.channel.k8s.io\r\n\r\n");
    auto client = connectClient();
    QVERIFY(client);
    client->write(
        "GET /api/v1/namespaces/default/pods/web/exec?command=sh&stdin=true HTTP/1.1\r\n" +
        hostField() +
        "Authorization: Bearer t\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        "Sec-WebSocket-Protocol: v5.channel.k8s.io\r\n\r\n");
    QByteArray got;
    QVERIFY(readUntil(
        client.get(), &got, [](const QByteArray &bytes) { return bytes.contains("\r\n\r\n"); },
        timeoutMs));
    QVERIFY2(got.startsWith("HTTP/1.1 101 Switching Protocols\r\n"), got.constData());
    QVERIFY(got.contains("\r\nUpgrade: websocket\r\n"));
    QVERIFY(got.contains("\r\nConnection: Upgrade\r\n"));
    QVERIFY(got.contains("\r\nSec-WebSocket-Protocol: v5.channel.k8s.io\r\n"));
    const QByteArray upstreamRequest = m_upstream->received();
    QVERIFY(upstreamRequest.contains("\r\nUpgrade: websocket\r\n"));
    QVERIFY(upstreamRequest.contains("\r\nConnection: Upgrade\r\n"));
    QVERIFY(upstreamRequest.contains("\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"));

    got.clear();
    const QByteArray frame("\x82\x06\x00hello\x01\x02\xff", 11);
    for (int i = 0; i < 3; ++i)
        client->write(frame);
    QVERIFY(QTest::qWaitFor(
        [&] {
            got += client->readAll();
            return got.size() >= 3 * frame.size();
        },
        timeoutMs));
    QCOMPARE(got, frame + frame + frame);
}

void TestForwarder::healthzIsAnsweredLocally()
{
    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /healthz HTTP/1.1\r\n" + hostField() + "\r\n");
    Response response;
    QVERIFY(readResponse(client.get(), &response));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("ok"));
    // The connection stays usable.
    client->write("GET /healthz HTTP/1.1\r\n" + hostField() + "\r\n");
    QVERIFY(readResponse(client.get(), &response));
    QCOMPARE(response.body, QByteArray("ok"));
    QCOMPARE(m_upstream->tcpConnections(), 0);
}

void TestForwarder::refusedRequestsNeverGoUpstream_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("browser Origin is 403")
        << QByteArray(
               "GET /api/v1/secrets HTTP/1.1\r\nHOST\r\nOrigin: https://evil.example\r\n\r\n")
        << 403 << QStringLiteral("Origin: https://evil.example");
    QTest::newRow("foreign Host is 403")
        << QByteArray("GET /api/v1/secrets HTTP/1.1\r\nHost: attacker.example:1\r\n\r\n") << 403
        << QStringLiteral("attacker.example:1");
    QTest::newRow("Content-Length with chunked is 400")
        << QByteArray("POST /api HTTP/1.1\r\nHOST\r\nContent-Length: 5\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << 400 << QStringLiteral("malformed HTTP message");
    QTest::newRow("head over 64 KiB is 431")
        << QByteArray("GET /api HTTP/1.1\r\nHOST\r\nX-Big: " + QByteArray(70 * 1024, 'b') +
                      "\r\n\r\n")
        << 431 << QStringLiteral("65536 bytes");
    // Issue #15: each of these used to reach the upstream.
    QTest::newRow("Connection naming Content-Length is 400: its body is no second request")
        << QByteArray("POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\nHOST\r\n"
                      "Connection: content-length\r\nContent-Length: 57\r\n\r\n"
                      "DELETE /api/v1/namespaces/prod HTTP/1.1\r\nHost: x\r\n\r\n")
        << 400 << QStringLiteral("Connection field names a framing field");
    QTest::newRow("DELETE with Transfer-Encoding chunked, identity is 400, nothing sent")
        << QByteArray("DELETE /api/v1/namespaces/prod HTTP/1.1\r\nHOST\r\n"
                      "Transfer-Encoding: chunked, identity\r\n\r\n")
        << 400 << QStringLiteral("not exactly \"chunked\"");
    QTest::newRow("DELETE with Transfer-Encoding xchunked is 400, nothing sent")
        << QByteArray("DELETE /api/v1/namespaces/prod HTTP/1.1\r\nHOST\r\n"
                      "Transfer-Encoding: xchunked\r\n\r\n")
        << 400 << QStringLiteral("not exactly \"chunked\"");
    QTest::newRow("DELETE with two Transfer-Encoding fields is 400, nothing sent")
        << QByteArray("DELETE /api/v1/namespaces/prod HTTP/1.1\r\nHOST\r\n"
                      "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "0\r\n\r\n")
        << 400 << QStringLiteral("more than one Transfer-Encoding");
    QTest::newRow("DELETE with a folded Transfer-Encoding is 400, nothing sent")
        << QByteArray("DELETE /api/v1/namespaces/prod HTTP/1.1\r\nHOST\r\n"
                      "Transfer-Encoding: chunked\r\n , identity\r\n\r\n")
        << 400 << QStringLiteral("folded");
    QTest::newRow("Transfer-Encoding gzip, chunked is 501, not re-framed")
        << QByteArray("POST /api HTTP/1.1\r\nHOST\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                      "0\r\n\r\n")
        << 501 << QStringLiteral("takes only \"chunked\"");
    QTest::newRow("HTTP/1.0 with Transfer-Encoding is 400")
        << QByteArray("POST /api HTTP/1.0\r\nHOST\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "0\r\n\r\n")
        << 400 << QStringLiteral("HTTP/1.0");
    QTest::newRow("CONNECT is 405") << QByteArray("CONNECT 10.0.0.1:443 HTTP/1.1\r\nHOST\r\n\r\n")
                                    << 405 << QStringLiteral("CONNECT");
    QTest::newRow("TRACE is 405") << QByteArray("TRACE /api HTTP/1.1\r\nHOST\r\n\r\n") << 405
                                  << QStringLiteral("TRACE");
    QTest::newRow("a loopback Origin with another port is 403")
        << QByteArray("GET /api/v1/secrets HTTP/1.1\r\nHOST\r\nOrigin: http://127.0.0.1:1\r\n\r\n")
        << 403 << QStringLiteral("Origin: http://127.0.0.1:1");
}

void TestForwarder::refusedRequestsNeverGoUpstream()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, messageContains);
    request.replace("HOST\r\n", hostField());
    auto client = connectClient();
    QVERIFY(client);
    client->write(request);
    Response response;
    QVERIFY(readResponse(client.get(), &response));
    QCOMPARE(response.status, status);
    const QJsonObject object = statusObject(response);
    QCOMPARE(object.value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
    QCOMPARE(object.value(QStringLiteral("code")).toInt(), status);
    QVERIFY2(object.value(QStringLiteral("message")).toString().contains(messageContains),
             response.body.constData());
    QCOMPARE(m_upstream->tcpConnections(), 0);
}

void TestForwarder::malformedLineIsNotEchoed()
{
    QSignalSpy spy(m_service.get(), &ForwarderService::requestFinished);
    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /api HTTP/1.1\r\n" + hostField() +
                  "Authorization Bearer s3cr3t-token: x\r\n\r\n");
    Response response;
    QVERIFY(readResponse(client.get(), &response));
    QCOMPARE(response.status, 400);
    QVERIFY2(!response.body.contains("s3cr3t"), response.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, timeoutMs);
    const auto record = spy.at(0).at(0).value<ForwarderRequestRecord>();
    QVERIFY2(!record.summary().contains(QStringLiteral("s3cr3t")), qPrintable(record.summary()));
    QCOMPARE(m_upstream->tcpConnections(), 0);
}

void TestForwarder::responseKeepsItsLengthWhenConnectionNamesIt()
{
    // Without its Content-Length the answer would run into the next one on a kept-alive
    // connection.
    m_upstream->setCannedResponse(
        "HTTP/1.1 200 OK\r\nConnection: content-length\r\nContent-Length: 2\r\n\r\n{}");
    auto client = connectClient();
    QVERIFY(client);
    for (int i = 0; i < 2; ++i) {
        client->write("GET /api HTTP/1.1\r\n" + hostField() + "\r\n");
        Response response;
        QVERIFY(readResponse(client.get(), &response));
        QCOMPARE(response.status, 200);
        QVERIFY2(response.head.contains("\r\nContent-Length: 2\r\n"), response.head.constData());
        QCOMPARE(response.body, QByteArray("{}"));
    }
}

void TestForwarder::upstreamGetsTheForwardersHttpVersion()
{
    m_upstream->setCannedResponse("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /api HTTP/1.0\r\n" + hostField() + "\r\n");
    Response response;
    QVERIFY(readResponse(client.get(), &response));
    QCOMPARE(response.status, 200);
    QVERIFY2(m_upstream->received().startsWith("GET /api HTTP/1.1\r\n"),
             m_upstream->received().constData());
}

void TestForwarder::sameOriginLoopbackOriginIsForwarded()
{
    // What Python's websocket-client sends on `stream()` exec.
    m_upstream->setCannedResponse("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /api/v1/pods HTTP/1.1\r\n" + hostField() +
                  "Origin: http://127.0.0.1:" + QByteArray::number(m_service->port()) + "\r\n\r\n");
    Response response;
    QVERIFY(readResponse(client.get(), &response));
    QCOMPARE(response.status, 200);
    QCOMPARE(m_upstream->requests().size(), 1);
}

void TestForwarder::clientResetMidResponseDropsTheUpstream_data()
{
    QTest::addColumn<bool>("streamed"); // a watch-like trickle instead of one big body
    QTest::newRow("big list, client reading when it resets") << false;
    QTest::newRow("watch stream, client resets between events") << true;
}

void TestForwarder::clientResetMidResponseDropsTheUpstream()
{
    QFETCH(bool, streamed);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("uninitialized socket device")));
    // The log says the response was cut short, and how far it got.
    QTest::ignoreMessage(QtInfoMsg,
                         QRegularExpression(QStringLiteral(
                             "^GET /api/v1/pods the client closed the connection after \\d+ "
                             "bytes of the response$")));
    constexpr qsizetype size = 32 * 1024 * 1024;
    // The upstream's view: how much its kernel took (what the forwarder read or let queue),
    // and when its connection was closed. `watching` ends these connections with this test.
    QObject watching;
    qint64 upstreamSent = 0;
    QElapsedTimer clock;
    qint64 upstreamClosedAt = -1;
    m_upstream->setHandler([&](QSslSocket *socket, const QByteArray &) {
        connect(socket, &QSslSocket::encryptedBytesWritten, &watching,
                [&upstreamSent](qint64 bytes) { upstreamSent += bytes; });
        connect(socket, &QAbstractSocket::disconnected, &watching,
                [&] { upstreamClosedAt = clock.elapsed(); });
        if (!streamed) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(size) + "\r\n\r\n" + QByteArray(size, 'L'));
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n");
        auto *events = new QTimer(socket);
        connect(events, &QTimer::timeout, socket, [socket] {
            const QByteArray event = R"({"type":"MODIFIED","object":{"kind":"Pod"}})"
                                     "\n" +
                                     QByteArray(64 * 1024, ' ') + '\n';
            socket->write(QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n");
        });
        events->start(20);
    });
    QSignalSpy spy(m_service.get(), &ForwarderService::requestFinished);
    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /api/v1/pods HTTP/1.1\r\n" + hostField() + "\r\n");
    QByteArray got;
    QVERIFY(QTest::qWaitFor(
        [&] {
            got += client->readAll();
            return got.size() > 1024 * 1024;
        },
        timeoutMs));
    // A reset, not a close: unread bytes and no linger.
    const linger resetNow{1, 0};
    QCOMPARE(::setsockopt(int(client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &resetNow,
                          sizeof resetNow),
             0);
    clock.start();
    const qint64 sentBeforeReset = upstreamSent;
    client->abort();
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, timeoutMs);
    const auto record = spy.at(0).at(0).value<ForwarderRequestRecord>();
    QVERIFY2(record.note.contains(QStringLiteral("client closed")), qPrintable(record.summary()));
    QVERIFY2(record.bytesOut < size / 2, qPrintable(record.summary()));
    // The upstream connection is dropped at once, not drained into a dead socket or pooled:
    // the upstream sees it closed within moments and sends little past the reset.
    QTRY_VERIFY_WITH_TIMEOUT(upstreamClosedAt >= 0, timeoutMs);
    QVERIFY2(upstreamClosedAt < 1500,
             qPrintable(QStringLiteral("the upstream was closed %1 ms after the client's reset")
                            .arg(upstreamClosedAt)));
    QVERIFY2(upstreamSent - sentBeforeReset < 2 * 1024 * 1024,
             qPrintable(QStringLiteral("the upstream sent %1 bytes after the client's reset "
                                       "(%2 before)")
                            .arg(upstreamSent - sentBeforeReset)
                            .arg(sentBeforeReset)));
    QCOMPARE(m_service->connectionCount(), 0);
}

void TestForwarder::idleKeepAliveConnectionsMakeRoom()
{
    QCOMPARE(ForwarderConfig().idleTimeoutMs, 90 * 1000); // kubectl's own idle timeout
    const QUrl upstream = m_service->config().upstream;
    QVERIFY(startService(upstream, m_ca.certificatePem,
                         [](ForwarderConfig &config) { config.maxConnections = 2; }));
    auto first = connectClient();
    QVERIFY(first);
    QTest::qWait(50);
    auto second = connectClient();
    QVERIFY(second);
    Response response;
    for (QSslSocket *client : {first.get(), second.get()}) {
        client->write("GET /healthz HTTP/1.1\r\n" + hostField() + "\r\n");
        QVERIFY(readResponse(client, &response));
        QCOMPARE(response.body, QByteArray("ok"));
    }
    // Both are idle keep-alive connections: the one idle longest makes room.
    auto third = connectClient();
    QVERIFY(third);
    third->write("GET /healthz HTTP/1.1\r\n" + hostField() + "\r\n");
    QVERIFY(readResponse(third.get(), &response));
    QCOMPARE(response.body, QByteArray("ok"));
    QTRY_COMPARE_WITH_TIMEOUT(first->state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(second->state(), QAbstractSocket::ConnectedState);
}

void TestForwarder::untrustedUpstreamGetsNoBytes()
{
    ScriptedTlsUpstream untrusted(m_untrustedCert.certificate(), m_untrustedCert.privateKey());
    QVERIFY(untrusted.listen(QHostAddress::LocalHost, 0));
    untrusted.setCannedResponse("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    QUrl url(QStringLiteral("https://127.0.0.1"));
    url.setPort(untrusted.serverPort());
    QVERIFY(startService(url, m_ca.certificatePem));

    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /api/v1/secrets HTTP/1.1\r\n" + hostField() +
                  "Authorization: Bearer must-not-leak\r\n\r\n");
    Response response;
    QVERIFY(readResponse(client.get(), &response));
    QCOMPARE(response.status, 502);
    const QString message = statusObject(response).value(QStringLiteral("message")).toString();
    const QString authority = QStringLiteral("127.0.0.1:%1").arg(untrusted.serverPort());
    QVERIFY2(message.contains(authority), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not trusted")), qPrintable(message));
    QVERIFY(untrusted.tcpConnections() >= 1);
    QTest::qWait(100);
    QCOMPARE(untrusted.received(), QByteArray());
}

void TestForwarder::upstreamDownIs503()
{
    const quint16 port = unusedLoopbackPort();
    QVERIFY(port != 0);
    QUrl url(QStringLiteral("https://127.0.0.1"));
    url.setPort(port);
    QVERIFY(startService(url, m_ca.certificatePem));
    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /api HTTP/1.1\r\n" + hostField() + "\r\n");
    Response response;
    QVERIFY(readResponse(client.get(), &response));
    QCOMPARE(response.status, 503);
    const QJsonObject object = statusObject(response);
    QCOMPARE(object.value(QStringLiteral("reason")).toString(),
             QStringLiteral("ServiceUnavailable"));
    const QString message = object.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("refused")), qPrintable(message));
}

void TestForwarder::clientGoneMidBodyLeavesForwarderServing()
{
    m_upstream->setCannedResponse("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    {
        auto client = connectClient();
        QVERIFY(client);
        client->write("POST /api HTTP/1.1\r\n" + hostField() + "Content-Length: 1000000\r\n\r\n" +
                      QByteArray(1000, 'p'));
        QTRY_VERIFY_WITH_TIMEOUT(m_upstream->received().endsWith(QByteArray(1000, 'p')), timeoutMs);
        client->abort();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_service->connectionCount(), 0, timeoutMs);

    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /healthz HTTP/1.1\r\n" + hostField() + "\r\n");
    Response response;
    QVERIFY(readResponse(client.get(), &response));
    QCOMPARE(response.body, QByteArray("ok"));
    client->write("GET /api HTTP/1.1\r\n" + hostField() + "\r\n");
    QVERIFY(readResponse(client.get(), &response));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
}

void TestForwarder::requestLogHasNoSecrets()
{
    m_upstream->setCannedResponse("HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}");
    QSignalSpy spy(m_service.get(), &ForwarderService::requestFinished);
    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /api/v1/pods?access_token=abc123secret&limit=1 HTTP/1.1\r\n" + hostField() +
                  "Authorization: Bearer abc123secret\r\n\r\n");
    Response response;
    QVERIFY(readResponse(client.get(), &response));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, timeoutMs);
    const auto record = spy.at(0).at(0).value<ForwarderRequestRecord>();
    QCOMPARE(record.method, QStringLiteral("GET"));
    QCOMPARE(record.status, 404);
    QCOMPARE(record.path, QStringLiteral("/api/v1/pods?access_token=REDACTED&limit=1"));
    QVERIFY(record.bytesIn > 0);
    QCOMPARE(record.bytesOut, response.head.size() + response.body.size());
    QVERIFY(!record.summary().contains(QStringLiteral("abc123secret")));
}

void TestForwarder::slowHeadIs408()
{
    const QUrl upstream = m_service->config().upstream;
    QVERIFY(startService(upstream, m_ca.certificatePem,
                         [](ForwarderConfig &config) { config.headTimeoutMs = 300; }));
    auto client = connectClient();
    QVERIFY(client);
    client->write("GET /api/v1/pods HTTP/1.1\r\n"); // and then nothing (slowloris)
    Response response;
    QVERIFY(readResponse(client.get(), &response));
    QCOMPARE(response.status, 408);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(m_upstream->tcpConnections(), 0);
}

// The idle and head timeouts are deadlines on one lazily re-armed timer: an idle connection
// closes idleTimeoutMs after its last answer, not after its first; a head that starts
// arriving on an idle connection gets headTimeoutMs, even when that ends before the idle
// deadline the timer was set for.
void TestForwarder::idleAndHeadTimeoutsCountFromTheirOwnStart()
{
    const QUrl upstream = m_service->config().upstream;
    QVERIFY(startService(upstream, m_ca.certificatePem, [](ForwarderConfig &config) {
        config.idleTimeoutMs = 600;
        config.headTimeoutMs = 300;
    }));
    auto client = connectClient();
    QVERIFY(client);
    Response response;
    QElapsedTimer clock;
    clock.start();
    client->write("GET /healthz HTTP/1.1\r\n" + hostField() + "\r\n");
    QVERIFY(readResponse(client.get(), &response));
    QTest::qWait(400);
    client->write("GET /healthz HTTP/1.1\r\n" + hostField() + "\r\n");
    QVERIFY(readResponse(client.get(), &response));
    const qint64 lastAnswer = clock.elapsed();
    // Past the first answer's deadline, before the last one's.
    QTest::qWait(int(qMax<qint64>(0, 800 - clock.elapsed())));
    QVERIFY2(clock.elapsed() - lastAnswer < 600, "the machine was too slow for this test");
    QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QVERIFY2(clock.elapsed() - lastAnswer >= 550, qPrintable(QString::number(clock.elapsed())));

    // A head started on an idle connection: 408 after headTimeoutMs, not at the idle deadline.
    auto slow = connectClient();
    QVERIFY(slow);
    slow->write("GET /healthz HTTP/1.1\r\n" + hostField() + "\r\n");
    QVERIFY(readResponse(slow.get(), &response));
    clock.restart();
    slow->write("GET /api/v1/pods HTTP/1.1\r\n"); // and then nothing
    QVERIFY(readResponse(slow.get(), &response, 2000));
    QCOMPARE(response.status, 408);
    QVERIFY2(clock.elapsed() < 550, qPrintable(QString::number(clock.elapsed())));
}

void TestForwarder::connectionsAreBounded()
{
    const QUrl upstream = m_service->config().upstream;
    QVERIFY(startService(upstream, m_ca.certificatePem,
                         [](ForwarderConfig &config) { config.maxConnections = 2; }));
    m_upstream->setHandler([](QSslSocket *, const QByteArray &) {}); // never answers
    auto first = connectClient();
    auto second = connectClient();
    QVERIFY(first && second);
    QCOMPARE(m_service->connectionCount(), 2);
    // Both busy (a request in flight, as a watch would be): nothing can make room, and the
    // client turned away is told why instead of getting a bare reset.
    for (QSslSocket *client : {first.get(), second.get()})
        client->write("GET /api/v1/pods?watch=1 HTTP/1.1\r\n" + hostField() + "\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(m_upstream->requests().size(), 2, timeoutMs);
    auto third = connectClient();
    QVERIFY(third);
    Response refused;
    QVERIFY(readResponse(third.get(), &refused));
    QCOMPARE(refused.status, 503);
    const QString message = statusObject(refused).value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("--max-connections")), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(third->state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QCOMPARE(m_service->connectionCount(), 2);
    first.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_service->connectionCount(), 1, timeoutMs);
    auto fourth = connectClient();
    QVERIFY(fourth);
    fourth->write("GET /healthz HTTP/1.1\r\n" + hostField() + "\r\n");
    Response response;
    QVERIFY(readResponse(fourth.get(), &response));
    QCOMPARE(response.body, QByteArray("ok"));
}

QTEST_GUILESS_MAIN(TestForwarder)
#include "tst_forwarder.moc"
