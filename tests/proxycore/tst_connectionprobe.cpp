// ConnectionProbe against TLS test servers on loopback inside a private network namespace
// (run-test.sh --netns): each failure is reported by the right step with the right fix.
#include "proxycore/CertificateFactory.h"
#include "proxycore/ConnectionProbe.h"
#include "tests/support/ScriptedTlsUpstream.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using Outcome = ProbeStepResult::Outcome;

namespace {
const QString operatorName = QStringLiteral("tailscale-operator.tail1234.ts.net");
const QString loopbackName = QStringLiteral("loopback-proxy.tail1234.ts.net");
const QString shortName = QStringLiteral("tailscale-operator");
const QString missingName = QStringLiteral("nowhere.tail1234.ts.net");
} // namespace

class TestConnectionProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void probe_data();
    void probe();
    void trustsSslCertFile();
    void tlsHandshakeTimeout();
    void networkFailures_data();
    void networkFailures();
    void tailnetAddresses_data();
    void tailnetAddresses();

private:
    QList<ProbeStepResult> runProbe(const ProbeTarget &target);
    IssuedCertificate m_ca;
    IssuedCertificate m_otherCa;
    QString m_tailnetAddress; // 100.88.1.2 on lo when `ip` could add it, else 127.0.0.1
};

void TestConnectionProbe::initTestCase()
{
    QString error;
    m_ca = CertificateFactory::createAuthority(QStringLiteral("kubetailor test CA"), 30, &error);
    QVERIFY2(!m_ca.isNull(), qPrintable(error));
    m_otherCa = CertificateFactory::createAuthority(QStringLiteral("some other CA"), 30, &error);
    QVERIFY2(!m_otherCa.isNull(), qPrintable(error));

    if (qEnvironmentVariable("KUBETAILOR_TEST_NETNS") != QLatin1String("1"))
        return; // the data rows skip
    // A tailnet address on loopback, so MagicDNS-style names resolve to one.
    m_tailnetAddress = QStringLiteral("127.0.0.1");
    if (QProcess::execute(QStringLiteral("ip"), {QStringLiteral("addr"), QStringLiteral("add"),
                                                 QStringLiteral("100.88.1.2/32"),
                                                 QStringLiteral("dev"), QStringLiteral("lo")}) == 0)
        m_tailnetAddress = QStringLiteral("100.88.1.2");
    QFile hosts(QStringLiteral("/etc/hosts"));
    QVERIFY(hosts.open(QIODevice::Append));
    hosts.write(QStringLiteral("%1 %2 %3\n127.0.0.1 %4\n")
                    .arg(m_tailnetAddress, operatorName, shortName, loopbackName)
                    .toUtf8());
}

void TestConnectionProbe::init()
{
    if (qEnvironmentVariable("KUBETAILOR_TEST_NETNS") != QLatin1String("1"))
        QSKIP("needs a private network namespace (run through run-test.sh --netns as root)");
    qunsetenv("SSL_CERT_FILE");
}

QList<ProbeStepResult> TestConnectionProbe::runProbe(const ProbeTarget &target)
{
    ConnectionProbe probe(target);
    QSignalSpy steps(&probe, &ConnectionProbe::stepFinished);
    QSignalSpy finished(&probe, &ConnectionProbe::finished);
    probe.start();
    if (!finished.wait(15000))
        qWarning("the probe did not finish");
    if (steps.size() != 4)
        qWarning("expected 4 step signals, got %d", int(steps.size()));
    return probe.results();
}

void TestConnectionProbe::probe_data()
{
    QTest::addColumn<QString>(
        "certificate"); // good, wrong-name, untrusted, expired, expiring, none
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("outcomes");  // dns,tcp,tls,version
    QTest::addColumn<int>("reportingStep"); // the step whose text is checked
    QTest::addColumn<QString>("summaryContains");
    QTest::addColumn<QString>("fixContains");

    auto answer = [](const QByteArray &statusLine, const QByteArray &body) -> QByteArray {
        return "HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    const QByteArray version =
        answer("200 OK", R"({"major":"1","minor":"30","gitVersion":"v1.30.2"})");
    const QByteArray unauthorized =
        answer("401 Unauthorized", R"({"kind":"Status","apiVersion":"v1","status":"Failure",)"
                                   R"("message":"Unauthorized","code":401})");

    QTest::newRow("good certificate: every step passes, server version shown")
        << QStringLiteral("good") << operatorName << version
        << QStringLiteral("pass,pass,pass,pass") << int(ProbeStepResult::Step::Version)
        << QStringLiteral("Kubernetes v1.30.2") << QString();
    QTest::newRow("401 without credentials is a pass for the path")
        << QStringLiteral("good") << operatorName << unauthorized
        << QStringLiteral("pass,pass,pass,pass") << int(ProbeStepResult::Step::Version)
        << QStringLiteral("answered 401 without credentials") << QString();
    QTest::newRow("a .ts.net name on a non-tailnet address warns at DNS")
        << QStringLiteral("good-loopback") << loopbackName << version
        << QStringLiteral("warn,pass,pass,pass") << int(ProbeStepResult::Step::Dns)
        << QStringLiteral("not a tailnet address") << QStringLiteral("accept-dns");
    QTest::newRow("wrong name: the certificate is for another name")
        << QStringLiteral("wrong-name") << operatorName << version
        << QStringLiteral("pass,pass,fail,skipped") << int(ProbeStepResult::Step::Tls)
        << QStringLiteral("is for other-proxy.tail1234.ts.net, not for ") + operatorName
        << QStringLiteral("point the server at the name the certificate is issued for");
    QTest::newRow("short name: certificates are issued for the full name")
        << QStringLiteral("good") << shortName << version
        << QStringLiteral("pass,pass,fail,skipped") << int(ProbeStepResult::Step::Tls)
        << QStringLiteral("not for tailscale-operator")
        << QStringLiteral("use https://") + operatorName + QStringLiteral(":443");
    QTest::newRow("untrusted CA: HTTPS certificates may not be enabled")
        << QStringLiteral("untrusted") << operatorName << version
        << QStringLiteral("pass,pass,fail,skipped") << int(ProbeStepResult::Step::Tls)
        << QStringLiteral("is not trusted by this system")
        << QStringLiteral("HTTPS certificates may not be enabled for the tailnet");
    QTest::newRow("expired certificate")
        << QStringLiteral("expired") << operatorName << version
        << QStringLiteral("pass,pass,fail,skipped") << int(ProbeStepResult::Step::Tls)
        << QStringLiteral("expired on") << QStringLiteral("did not renew");
    QTest::newRow("certificate expiring within 14 days warns")
        << QStringLiteral("expiring") << operatorName << version
        << QStringLiteral("pass,pass,warn,pass") << int(ProbeStepResult::Step::Tls)
        << QStringLiteral("expires in") << QStringLiteral("renews");
    QTest::newRow("an answer that is not HTTP")
        << QStringLiteral("good") << operatorName << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
        << QStringLiteral("pass,pass,pass,fail") << int(ProbeStepResult::Step::Version)
        << QStringLiteral("answered something that is not HTTP")
        << QStringLiteral("the operator's API server proxy");
    QTest::newRow("port closed: nothing listens")
        << QStringLiteral("none") << operatorName << version
        << QStringLiteral("pass,fail,skipped,skipped") << int(ProbeStepResult::Step::Tcp)
        << QStringLiteral("nothing listens on ") + operatorName << QStringLiteral("listens on 443");
    QTest::newRow("name does not resolve")
        << QStringLiteral("good") << missingName << version
        << QStringLiteral("fail,skipped,skipped,skipped") << int(ProbeStepResult::Step::Dns)
        << QStringLiteral("does not resolve") << QStringLiteral("tailscale status");
}

void TestConnectionProbe::probe()
{
    QFETCH(QString, certificate);
    QFETCH(QString, host);
    QFETCH(QByteArray, response);
    QFETCH(QString, outcomes);
    QFETCH(int, reportingStep);
    QFETCH(QString, summaryContains);
    QFETCH(QString, fixContains);

    QString error;
    CertificateRequest request;
    request.commonName = operatorName;
    request.dnsNames = {operatorName, loopbackName};
    const IssuedCertificate *issuer = &m_ca;
    if (certificate == QLatin1String("wrong-name")) {
        request.commonName = QStringLiteral("other-proxy.tail1234.ts.net");
        request.dnsNames = {request.commonName};
    }
    if (certificate == QLatin1String("untrusted"))
        issuer = &m_otherCa;
    if (certificate == QLatin1String("expired")) {
        request.notBefore = QDateTime::currentDateTimeUtc().addDays(-100);
        request.notAfter = QDateTime::currentDateTimeUtc().addDays(-10);
    }
    if (certificate == QLatin1String("expiring"))
        request.notAfter = QDateTime::currentDateTimeUtc().addDays(5);
    const IssuedCertificate leaf = CertificateFactory::create(request, issuer, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error));

    ScriptedTlsUpstream server(leaf.certificate(), leaf.privateKey());
    server.setCannedResponse(response);
    const bool loopback = certificate == QLatin1String("good-loopback");
    QVERIFY(server.listen(QHostAddress(loopback ? QStringLiteral("127.0.0.1") : m_tailnetAddress)));
    quint16 port = server.serverPort();
    if (certificate == QLatin1String("none"))
        server.close(); // the port is now closed

    ProbeTarget target;
    target.host = host;
    target.port = port;
    target.extraCaPem = m_ca.certificatePem;
    target.timeoutMs = 3000;
    const QList<ProbeStepResult> results = runProbe(target);
    QStringList got;
    for (const ProbeStepResult &result : results) {
        static const char *names[] = {"pass", "warn", "fail", "skipped"};
        got << QLatin1String(names[int(result.outcome)]);
    }
    if (m_tailnetAddress == QLatin1String("127.0.0.1") && got.value(0) == QLatin1String("warn"))
        got[0] = QStringLiteral("pass"); // no tailnet address could be added to lo here
    QCOMPARE(got.join(QLatin1Char(',')), outcomes);
    const ProbeStepResult &reported = results.at(reportingStep);
    QVERIFY2(reported.summary.contains(summaryContains), qPrintable(reported.summary));
    QVERIFY2(reported.fix.contains(fixContains), qPrintable(reported.fix));
    if (results.last().outcome == Outcome::Skipped)
        QVERIFY(results.last().summary.startsWith(QStringLiteral("skipped: ")));

    // Never a credential on the wire.
    for (const QByteArray &sent : server.requests()) {
        QVERIFY(sent.startsWith("GET /version HTTP/1.1\r\n"));
        QVERIFY(!sent.toLower().contains("authorization"));
    }
}

void TestConnectionProbe::trustsSslCertFile()
{
    QString error;
    const IssuedCertificate leaf =
        CertificateFactory::createServer({operatorName}, 30, &m_ca, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error));
    ScriptedTlsUpstream server(leaf.certificate(), leaf.privateKey());
    server.setCannedResponse(
        "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    QVERIFY(server.listen(QHostAddress(m_tailnetAddress)));

    ProbeTarget target;
    target.host = operatorName;
    target.port = server.serverPort();
    target.timeoutMs = 3000;
    // Without the test CA anywhere: untrusted.
    QCOMPARE(runProbe(target).at(2).outcome, Outcome::Fail);

    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(CertificateFactory::writePemFile(bundle, m_ca.certificatePem, false, &error));
    qputenv("SSL_CERT_FILE", bundle.toLocal8Bit());
    const QList<ProbeStepResult> results = runProbe(target);
    QCOMPARE(results.at(2).outcome, Outcome::Pass);
    QCOMPARE(results.at(3).outcome, Outcome::Pass);
    QVERIFY2(results.at(3).summary.contains(QStringLiteral("403")),
             qPrintable(results.at(3).summary));
}

void TestConnectionProbe::tlsHandshakeTimeout()
{
    // Accepts TCP, never speaks TLS.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(m_tailnetAddress)));
    ProbeTarget target;
    target.host = operatorName;
    target.port = silent.serverPort();
    target.timeoutMs = 500;
    QElapsedTimer clock;
    clock.start();
    const QList<ProbeStepResult> results = runProbe(target);
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(results.at(1).outcome, Outcome::Pass);
    QCOMPARE(results.at(2).outcome, Outcome::Fail);
    QVERIFY2(results.at(2).summary.contains(QStringLiteral("did not complete within 0.5 s")),
             qPrintable(results.at(2).summary));
    QCOMPARE(results.at(3).outcome, Outcome::Skipped);
}

void TestConnectionProbe::networkFailures_data()
{
    QTest::addColumn<QString>("network"); // drop, no-route, hanging-resolver
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("outcomes"); // dns,tcp,tls,version
    QTest::addColumn<int>("reportingStep");
    QTest::addColumn<QString>("summaryContains");

    QTest::newRow("a port that drops packets: the connect times out")
        << QStringLiteral("drop") << QStringLiteral("192.0.2.1")
        << QStringLiteral("pass,fail,skipped,skipped") << 1
        << QStringLiteral("no answer from 192.0.2.1 port 443 within 0.5 s");
    QTest::newRow("no route to the address: the connect fails at once")
        << QStringLiteral("no-route") << QStringLiteral("198.51.100.7")
        << QStringLiteral("pass,fail,skipped,skipped") << 1
        << QStringLiteral("cannot connect to 198.51.100.7:443: 198.51.100.7: Network unreachable");
    QTest::newRow("a resolver that never answers: the lookup times out")
        << QStringLiteral("hanging-resolver") << QStringLiteral("hangs.example.test")
        << QStringLiteral("fail,skipped,skipped,skipped") << 0
        << QStringLiteral("looking up hangs.example.test took longer than 0.5 s");
}

void TestConnectionProbe::networkFailures()
{
    QFETCH(QString, network);
    QFETCH(QString, host);
    QFETCH(QString, outcomes);
    QFETCH(int, reportingStep);
    QFETCH(QString, summaryContains);

    QUdpSocket silentResolver; // bound, never reads: queries go unanswered
    QTemporaryDir dir;
    bool resolvConfMounted = false;
    if (network == QLatin1String("drop")) {
        // Routed to loopback but not a local address: the kernel drops every SYN.
        QProcess::execute(QStringLiteral("ip"), {QStringLiteral("route"), QStringLiteral("replace"),
                                                 QStringLiteral("192.0.2.0/24"),
                                                 QStringLiteral("dev"), QStringLiteral("lo")});
    } else if (network == QLatin1String("hanging-resolver")) {
        QVERIFY(silentResolver.bind(QHostAddress(QStringLiteral("127.0.0.153")), 53));
        const QString conf = dir.filePath(QStringLiteral("resolv.conf"));
        QFile file(conf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("nameserver 127.0.0.153\noptions timeout:3 attempts:1\n");
        file.close();
        QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), conf,
                                                             QStringLiteral("/etc/resolv.conf")}),
                 0);
        resolvConfMounted = true;
    }

    ProbeTarget target;
    target.host = host;
    target.port = 443;
    target.timeoutMs = 500;
    QElapsedTimer clock;
    clock.start();
    const QList<ProbeStepResult> results = runProbe(target);
    const qint64 elapsed = clock.elapsed();
    if (resolvConfMounted)
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("/etc/resolv.conf")});

    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    QStringList got;
    for (const ProbeStepResult &result : results) {
        static const char *names[] = {"pass", "warn", "fail", "skipped"};
        got << QLatin1String(names[int(result.outcome)]);
    }
    QCOMPARE(got.join(QLatin1Char(',')), outcomes);
    const ProbeStepResult &reported = results.at(reportingStep);
    QVERIFY2(reported.summary.contains(summaryContains), qPrintable(reported.summary));
    QVERIFY(!reported.fix.isEmpty());
}

void TestConnectionProbe::tailnetAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("tailnet");
    QTest::newRow("100.64.0.1") << QStringLiteral("100.64.0.1") << true;
    QTest::newRow("100.127.255.254") << QStringLiteral("100.127.255.254") << true;
    QTest::newRow("100.128.0.1 is outside /10") << QStringLiteral("100.128.0.1") << false;
    QTest::newRow("fd7a:115c:a1e0::1") << QStringLiteral("fd7a:115c:a1e0::1") << true;
    QTest::newRow("v4-mapped tailnet") << QStringLiteral("::ffff:100.88.1.2") << true;
    QTest::newRow("public") << QStringLiteral("34.118.10.20") << false;
    QTest::newRow("other ULA") << QStringLiteral("fd00::1") << false;
}

void TestConnectionProbe::tailnetAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, tailnet);
    QCOMPARE(ConnectionProbe::isTailnetAddress(QHostAddress(address)), tailnet);
}

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
