// ConnectionProbe against TLS test servers on loopback inside a private network namespace
// (run-test.sh --netns): each step reports the right facts (how it ended, addresses, the
// certificate's names and verification errors, the HTTP status). What they mean for a person
// is ConnectionAdvice's business (tests/kubeconfig/doctor/tst_connectionadvice).
#include "proxycore/CertificateFactory.h"
#include "proxycore/ConnectionProbe.h"
#include "tests/support/HangingResolver.h"
#include "tests/support/ScriptedTlsUpstream.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using Status = ProbeStepFacts::Status;
using Step = ProbeStepFacts::Step;

namespace {
const QString operatorName = QStringLiteral("tailscale-operator.tail1234.ts.net");
const QString loopbackName = QStringLiteral("loopback-proxy.tail1234.ts.net");
const QString shortName = QStringLiteral("tailscale-operator");
const QString missingName = QStringLiteral("nowhere.tail1234.ts.net");

// "done,done,failed,notrun": each step's status.
QString statusesOf(const QList<ProbeStepFacts> &steps)
{
    static const char *names[] = {"done", "failed", "timedout", "notrun"};
    QStringList got;
    for (const ProbeStepFacts &step : steps)
        got << QLatin1String(names[int(step.status)]);
    return got.join(QLatin1Char(','));
}

// The facts of one step as "field=value" lines, to check with contains().
QString describe(const ProbeStepFacts &f)
{
    auto yes = [](bool value) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    };
    auto list = [](const QStringList &values) {
        return values.join(QLatin1Char(','));
    };
    QStringList lines{
        QStringLiteral("host=") + f.host,
        QStringLiteral("port=") + QString::number(f.port),
        QStringLiteral("expectedName=") + f.expectedName,
        QStringLiteral("errorText=") + f.errorText,
        QStringLiteral("blockedBy=") + QString::number(int(f.blockedBy)),
        QStringLiteral("hostIsAddress=") + yes(f.hostIsAddress),
        QStringLiteral("addresses=") + list(f.addresses),
        QStringLiteral("anyTailnetAddress=") + yes(f.anyTailnetAddress),
        QStringLiteral("connectedAddress=") + f.connectedAddress,
        QStringLiteral("refusedBy=") + list(f.refusedBy),
        QStringLiteral("timedOut=") + list(f.timedOut),
        QStringLiteral("unreachable=") + list(f.unreachable),
        QStringLiteral("hasCertificate=") + yes(f.hasCertificate),
        QStringLiteral("certificateDnsNames=") + list(f.certificateDnsNames),
        QStringLiteral("issuerCommonNames=") + list(f.issuerCommonNames),
        QStringLiteral("nameMismatch=") + yes(f.nameMismatch),
        QStringLiteral("expired=") + yes(f.expired),
        QStringLiteral("untrusted=") + yes(f.untrusted),
        QStringLiteral("verificationErrors=") + list(f.verificationErrors),
        QStringLiteral("httpStatus=") + QString::number(f.httpStatus),
        QStringLiteral("serverVersion=") + f.serverVersion,
        QStringLiteral("statusMessage=") + f.statusMessage,
        QStringLiteral("notHttp=") + yes(f.notHttp),
    };
    if (f.notAfter.isValid())
        lines << QStringLiteral("daysLeft=") +
                     QString::number(qRound(
                         double(QDateTime::currentDateTimeUtc().secsTo(f.notAfter)) / 86400.0));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
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
    QList<ProbeStepFacts> runProbe(const ProbeTarget &target);
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

QList<ProbeStepFacts> TestConnectionProbe::runProbe(const ProbeTarget &target)
{
    ConnectionProbe probe(target);
    QSignalSpy steps(&probe, &ConnectionProbe::stepFinished);
    QSignalSpy finished(&probe, &ConnectionProbe::finished);
    probe.start();
    if (!finished.wait(15000))
        qWarning("the probe did not finish");
    if (steps.size() != 4)
        qWarning("expected 4 step signals, got %d", int(steps.size()));
    return probe.steps();
}

void TestConnectionProbe::probe_data()
{
    QTest::addColumn<QString>(
        "certificate"); // good, wrong-name, untrusted, expired, expiring, none
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("statuses");  // dns,tcp,tls,version
    QTest::addColumn<int>("reportingStep"); // the step whose facts are checked
    QTest::addColumn<QStringList>("facts"); // "field=value" lines of that step

    auto answer = [](const QByteArray &statusLine, const QByteArray &body) -> QByteArray {
        return "HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    const QByteArray version =
        answer("200 OK", R"({"major":"1","minor":"30","gitVersion":"v1.30.2"})");
    const QByteArray unauthorized =
        answer("401 Unauthorized", R"({"kind":"Status","apiVersion":"v1","status":"Failure",)"
                                   R"("message":"Unauthorized","code":401})");
    const QString all = QStringLiteral("done,done,done,done");
    const QString tlsFailed = QStringLiteral("done,done,failed,notrun");

    QTest::newRow("good certificate: every step done, server version found")
        << QStringLiteral("good") << operatorName << version << all << int(Step::Version)
        << QStringList{QStringLiteral("httpStatus=200\n"),
                       QStringLiteral("serverVersion=v1.30.2\n")};
    QTest::newRow("good certificate: the certificate's names and issuer")
        << QStringLiteral("good") << operatorName << version << all << int(Step::Tls)
        << QStringList{QStringLiteral("hasCertificate=true\n"),
                       QStringLiteral("certificateDnsNames=") + loopbackName + QLatin1Char(',') +
                           operatorName + QLatin1Char('\n'),
                       QStringLiteral("issuerCommonNames=kubetailor test CA\n"),
                       QStringLiteral("nameMismatch=false\n"),
                       QStringLiteral("expired=false\n"),
                       QStringLiteral("untrusted=false\n")};
    QTest::newRow("401 without credentials: the status and the Status message")
        << QStringLiteral("good") << operatorName << unauthorized << all << int(Step::Version)
        << QStringList{QStringLiteral("httpStatus=401\n"),
                       QStringLiteral("statusMessage=Unauthorized\n"),
                       QStringLiteral("serverVersion=\n")};
    QTest::newRow("a .ts.net name on loopback: not a tailnet address")
        << QStringLiteral("good-loopback") << loopbackName << version << all << int(Step::Dns)
        << QStringList{QStringLiteral("addresses=127.0.0.1\n"),
                       QStringLiteral("anyTailnetAddress=false\n"),
                       QStringLiteral("hostIsAddress=false\n")};
    QTest::newRow("wrong name: a name mismatch, with the certificate's names")
        << QStringLiteral("wrong-name") << operatorName << version << tlsFailed << int(Step::Tls)
        << QStringList{QStringLiteral("nameMismatch=true\n"),
                       QStringLiteral("certificateDnsNames=other-proxy.tail1234.ts.net\n"),
                       QStringLiteral("expectedName=") + operatorName + QLatin1Char('\n')};
    QTest::newRow("short name: a name mismatch against the full name")
        << QStringLiteral("good") << shortName << version << tlsFailed << int(Step::Tls)
        << QStringList{QStringLiteral("nameMismatch=true\n"),
                       QStringLiteral("expectedName=tailscale-operator\n"),
                       QStringLiteral(",") + operatorName + QLatin1Char('\n')};
    QTest::newRow("untrusted CA: untrusted, with the issuer")
        << QStringLiteral("untrusted") << operatorName << version << tlsFailed << int(Step::Tls)
        << QStringList{QStringLiteral("untrusted=true\n"),
                       QStringLiteral("issuerCommonNames=some other CA\n"),
                       QStringLiteral("nameMismatch=false\n")};
    QTest::newRow("expired certificate: expired")
        << QStringLiteral("expired") << operatorName << version << tlsFailed << int(Step::Tls)
        << QStringList{QStringLiteral("expired=true\n"), QStringLiteral("daysLeft=-10\n")};
    QTest::newRow("certificate expiring in 5 days: done, with its expiry")
        << QStringLiteral("expiring") << operatorName << version << all << int(Step::Tls)
        << QStringList{QStringLiteral("expired=false\n"), QStringLiteral("daysLeft=5\n")};
    QTest::newRow("an answer that is not HTTP")
        << QStringLiteral("good") << operatorName << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
        << QStringLiteral("done,done,done,failed") << int(Step::Version)
        << QStringList{QStringLiteral("notHttp=true\n"), QStringLiteral("httpStatus=0\n")};
    QTest::newRow("port closed: refused, later steps blocked by TCP")
        << QStringLiteral("none") << operatorName << version
        << QStringLiteral("done,failed,notrun,notrun") << int(Step::Tcp)
        << QStringList{QStringLiteral("refusedBy="), QStringLiteral("timedOut=\n")};
    QTest::newRow("name does not resolve: the lookup's error")
        << QStringLiteral("good") << missingName << version
        << QStringLiteral("failed,notrun,notrun,notrun") << int(Step::Dns)
        << QStringList{QStringLiteral("host=") + missingName, QStringLiteral("addresses=\n"),
                       QStringLiteral("hasCertificate=false\n")};
}

void TestConnectionProbe::probe()
{
    QFETCH(QString, certificate);
    QFETCH(QString, host);
    QFETCH(QByteArray, response);
    QFETCH(QString, statuses);
    QFETCH(int, reportingStep);
    QFETCH(QStringList, facts);

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
    const QList<ProbeStepFacts> steps = runProbe(target);
    QCOMPARE(statusesOf(steps), statuses);
    const QString reported = describe(steps.at(reportingStep));
    for (const QString &fact : facts)
        QVERIFY2(reported.contains(fact),
                 qPrintable(fact + QStringLiteral(" not in:\n") + reported));
    for (const ProbeStepFacts &step : steps) {
        QCOMPARE(step.host, host);
        QCOMPARE(step.port, port);
        if (step.status == Status::NotRun)
            QCOMPARE(int(step.blockedBy), int(steps.at(reportingStep).step));
        if (step.status == Status::Failed && step.step != Step::Tcp)
            QVERIFY2(!step.errorText.isEmpty(), "the system's words for the failure");
    }
    if (!m_tailnetAddress.isEmpty() && m_tailnetAddress != QLatin1String("127.0.0.1") &&
        !loopback && steps.at(0).status == Status::Done)
        QVERIFY(steps.at(0).anyTailnetAddress);

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
    QCOMPARE(runProbe(target).at(2).status, Status::Failed);

    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(CertificateFactory::writePemFile(bundle, m_ca.certificatePem, false, &error));
    qputenv("SSL_CERT_FILE", bundle.toLocal8Bit());
    const QList<ProbeStepFacts> steps = runProbe(target);
    QCOMPARE(steps.at(2).status, Status::Done);
    QCOMPARE(steps.at(3).status, Status::Done);
    QCOMPARE(steps.at(3).httpStatus, 403);
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
    const QList<ProbeStepFacts> steps = runProbe(target);
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(statusesOf(steps), QStringLiteral("done,done,timedout,notrun"));
    QCOMPARE(steps.at(2).timeoutMs, 500);
    QCOMPARE(steps.at(3).blockedBy, Step::Tls);
}

void TestConnectionProbe::networkFailures_data()
{
    QTest::addColumn<QString>("network"); // drop, no-route, hanging-resolver
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("statuses"); // dns,tcp,tls,version
    QTest::addColumn<int>("reportingStep");
    QTest::addColumn<QStringList>("facts");

    QTest::newRow("a port that drops packets: the connect times out")
        << QStringLiteral("drop") << QStringLiteral("192.0.2.1")
        << QStringLiteral("done,failed,notrun,notrun") << int(Step::Tcp)
        << QStringList{QStringLiteral("timedOut=192.0.2.1\n"), QStringLiteral("refusedBy=\n")};
    QTest::newRow("no route to the address: the connect fails at once")
        << QStringLiteral("no-route") << QStringLiteral("198.51.100.7")
        << QStringLiteral("done,failed,notrun,notrun") << int(Step::Tcp)
        << QStringList{QStringLiteral("unreachable=198.51.100.7: Network unreachable\n"),
                       QStringLiteral("timedOut=\n")};
    QTest::newRow("a resolver that never answers: the lookup times out")
        << QStringLiteral("hanging-resolver") << QStringLiteral("hangs.example.test")
        << QStringLiteral("timedout,notrun,notrun,notrun") << int(Step::Dns)
        << QStringList{QStringLiteral("host=hangs.example.test\n")};
}

void TestConnectionProbe::networkFailures()
{
    QFETCH(QString, network);
    QFETCH(QString, host);
    QFETCH(QString, statuses);
    QFETCH(int, reportingStep);
    QFETCH(QStringList, facts);

    HangingResolver resolver;
    if (network == QLatin1String("drop")) {
        // Routed to loopback but not a local address: the kernel drops every SYN.
        QProcess::execute(QStringLiteral("ip"), {QStringLiteral("route"), QStringLiteral("replace"),
                                                 QStringLiteral("192.0.2.0/24"),
                                                 QStringLiteral("dev"), QStringLiteral("lo")});
    } else if (network == QLatin1String("hanging-resolver")) {
        QString error;
        QVERIFY2(resolver.start(&error, 3), qPrintable(error));
    }

    ProbeTarget target;
    target.host = host;
    target.port = 443;
    target.timeoutMs = 500;
    QElapsedTimer clock;
    clock.start();
    const QList<ProbeStepFacts> steps = runProbe(target);
    const qint64 elapsed = clock.elapsed();

    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    QCOMPARE(statusesOf(steps), statuses);
    const QString reported = describe(steps.at(reportingStep));
    for (const QString &fact : facts)
        QVERIFY2(reported.contains(fact),
                 qPrintable(fact + QStringLiteral(" not in:\n") + reported));
    QCOMPARE(steps.at(reportingStep).timeoutMs, 500);
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
