// Passthrough mode: a TCP tunnel, TLS end to end between the client and the upstream. The
// client verifies the upstream's own certificate (tls-server-name = the upstream host).
#include "proxycore/CertificateFactory.h"
#include "proxycore/ForwarderService.h"
#include "tests/support/ScriptedTlsUpstream.h"
#include "tests/support/UnusedPort.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

class TestPassthroughTunnel : public QObject
{
    Q_OBJECT

private slots:
    void tlsRunsEndToEnd();
    void unreachableUpstreamClosesTheClient();
};

void TestPassthroughTunnel::tlsRunsEndToEnd()
{
    QString error;
    const IssuedCertificate ca =
        CertificateFactory::createAuthority(QStringLiteral("cluster CA"), 2, &error);
    const IssuedCertificate server =
        CertificateFactory::createServer({QStringLiteral("127.0.0.1")}, 2, &ca, &error);
    QVERIFY2(!server.isNull(), qPrintable(error));
    ScriptedTlsUpstream upstream(server.certificate(), server.privateKey());
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    upstream.setCannedResponse("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");

    QTemporaryDir dir;
    ForwarderService service;
    ForwarderConfig config;
    config.mode = ForwarderConfig::Mode::Passthrough;
    config.upstream = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(upstream.serverPort()));
    config.certificateDir = dir.path();
    QVERIFY2(service.start(config, &error), qPrintable(error));
    QVERIFY(service.certificateAuthorityPem().isEmpty()); // no TLS of its own here
    QSignalSpy finished(&service, &ForwarderService::requestFinished);

    QSslSocket client;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({ca.certificate()}); // the cluster's CA, not the forwarder's
    client.setSslConfiguration(tls);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), service.port(),
                                  QStringLiteral("127.0.0.1"));
    QTRY_VERIFY_WITH_TIMEOUT(client.isEncrypted(), 10000);
    QCOMPARE(client.peerCertificate(), server.certificate());
    // The request is the client's own: Host and all go through untouched.
    const QByteArray request = "GET /api HTTP/1.1\r\nHost: whatever-the-client-says\r\n"
                               "Authorization: Bearer t\r\n\r\n";
    client.write(request);
    QByteArray response;
    QTRY_VERIFY_WITH_TIMEOUT((response += client.readAll()).endsWith("{}"), 10000);
    QCOMPARE(upstream.received(), request);
    client.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto record = finished.at(0).at(0).value<ForwarderRequestRecord>();
    QCOMPARE(record.method, QStringLiteral("TCP"));
    QVERIFY(record.bytesIn > request.size()); // TLS records, not plaintext
}

void TestPassthroughTunnel::unreachableUpstreamClosesTheClient()
{
    const quint16 deadPort = unusedLoopbackPort();
    QVERIFY(deadPort != 0);
    QTemporaryDir dir;
    ForwarderService service;
    ForwarderConfig config;
    config.mode = ForwarderConfig::Mode::Passthrough;
    config.upstream = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(deadPort));
    config.certificateDir = dir.path();
    QString error;
    QVERIFY2(service.start(config, &error), qPrintable(error));
    QSignalSpy finished(&service, &ForwarderService::requestFinished);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, service.port());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto record = finished.at(0).at(0).value<ForwarderRequestRecord>();
    QVERIFY2(record.note.contains(QStringLiteral("127.0.0.1:%1").arg(deadPort)),
             qPrintable(record.note));
    QVERIFY2(record.note.contains(QStringLiteral("refused")), qPrintable(record.note));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
}

QTEST_GUILESS_MAIN(TestPassthroughTunnel)
#include "tst_passthroughtunnel.moc"
