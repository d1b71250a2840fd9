// ConnectionAdvice: the doctor's words for the facts a connection probe found, without a
// network: each row is the facts of one step and the outcome, summary and fix a person reads.
#include "kubeconfig/doctor/ConnectionAdvice.h"
#include "kubeconfig/tailnet/TailnetDiscovery.h"

#include <QTest>

using Step = ConnectionFacts::Step;
using StepStatus = ConnectionFacts::Status;
using Outcome = CheckResult::Outcome;

Q_DECLARE_METATYPE(ConnectionFacts)

namespace {

const QString operatorName = QStringLiteral("tailscale-operator.tail1234.ts.net");

ConnectionFacts facts(Step step, StepStatus status, const QString &host = operatorName)
{
    ConnectionFacts f;
    f.step = step;
    f.status = status;
    f.host = host;
    f.port = 443;
    f.timeoutMs = 3000;
    return f;
}

// A certificate issued by the test CA, valid from 10 days ago for `days` more days and
// `extraSeconds` (one hour unless told).
ConnectionFacts certificate(StepStatus status, const QStringList &names, int days = 30,
                            const QString &host = operatorName, int extraSeconds = 3600)
{
    ConnectionFacts f = facts(Step::Tls, status, host);
    f.hasCertificate = true;
    f.certificateDnsNames = names;
    f.issuerCommonNames = {QStringLiteral("kubetailor test CA")};
    f.notBefore = QDateTime::currentDateTimeUtc().addDays(-10);
    f.notAfter = QDateTime::currentDateTimeUtc().addDays(days).addSecs(extraSeconds);
    f.protocol = QStringLiteral("TLSv1.3");
    return f;
}

ConnectionFacts answer(int status, const QString &reason, const QString &version = QString(),
                       const QString &message = QString())
{
    ConnectionFacts f = facts(Step::Version, StepStatus::Done);
    f.httpStatus = status;
    f.httpReason = reason;
    f.serverVersion = version;
    f.statusMessage = message;
    return f;
}

} // namespace

class TestConnectionAdvice : public QObject
{
    Q_OBJECT

private slots:
    void advice_data();
    void advice();
    void skippedStepsSayWhy_data();
    void skippedStepsSayWhy();
    void notProbed();
    void tailnetDnsFix();
};

void TestConnectionAdvice::advice_data()
{
    QTest::addColumn<ConnectionFacts>("facts");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("summaryContains");
    QTest::addColumn<QString>("fixContains"); // empty: no fix

    // dns
    ConnectionFacts resolved = facts(Step::Dns, StepStatus::Done);
    resolved.addresses = {QStringLiteral("100.88.1.2")};
    resolved.anyTailnetAddress = true;
    QTest::newRow("dns: a tailnet address passes")
        << resolved << QStringLiteral("dns") << int(Outcome::Pass)
        << operatorName + QStringLiteral(" resolves to 100.88.1.2 (a tailnet address)")
        << QString();
    ConnectionFacts loopback = facts(Step::Dns, StepStatus::Done);
    loopback.addresses = {QStringLiteral("127.0.0.1")};
    QTest::newRow("dns: a .ts.net name on a non-tailnet address warns")
        << loopback << QStringLiteral("dns") << int(Outcome::Warn)
        << QStringLiteral("resolves to 127.0.0.1, which is not a tailnet address")
        << QStringLiteral("accept-dns");
    ConnectionFacts direct = facts(Step::Dns, StepStatus::Done, QStringLiteral("api.example.com"));
    direct.addresses = {QStringLiteral("34.118.10.20")};
    QTest::newRow("dns: another name on a public address passes, not via the tailnet")
        << direct << QStringLiteral("dns") << int(Outcome::Pass)
        << QStringLiteral("(not a tailnet address: this path does not use the tailnet)")
        << QString();
    ConnectionFacts literal = facts(Step::Dns, StepStatus::Done, QStringLiteral("100.88.1.2"));
    literal.hostIsAddress = true;
    literal.addresses = {QStringLiteral("100.88.1.2")};
    literal.anyTailnetAddress = true;
    QTest::newRow("dns: an IP address needs no lookup")
        << literal << QStringLiteral("dns") << int(Outcome::Pass)
        << QStringLiteral("100.88.1.2 is an IP address; no lookup needed") << QString();
    ConnectionFacts noDns =
        facts(Step::Dns, StepStatus::Failed, QStringLiteral("nowhere.tail1234.ts.net"));
    noDns.errorText = QStringLiteral("Host not found");
    QTest::newRow("dns: no DNS answer for a .ts.net name: is Tailscale connected")
        << noDns << QStringLiteral("dns") << int(Outcome::Fail)
        << QStringLiteral("nowhere.tail1234.ts.net does not resolve: Host not found")
        << QStringLiteral("tailscale status");
    QTest::newRow("dns: a short name that does not resolve: use the full name")
        << facts(Step::Dns, StepStatus::Failed, QStringLiteral("tailscale-operator"))
        << QStringLiteral("dns") << int(Outcome::Fail)
        << QStringLiteral("tailscale-operator does not resolve")
        << QStringLiteral("tailscale-operator.tail1234.ts.net (see 'tailscale status')");
    QTest::newRow("dns: another name that does not resolve: check DNS settings")
        << facts(Step::Dns, StepStatus::Failed, QStringLiteral("api.example.com"))
        << QStringLiteral("dns") << int(Outcome::Fail)
        << QStringLiteral("api.example.com does not resolve")
        << QStringLiteral("this machine's DNS settings");
    QTest::newRow("dns: a lookup that hangs times out")
        << facts(Step::Dns, StepStatus::TimedOut) << QStringLiteral("dns") << int(Outcome::Fail)
        << QStringLiteral("looking up ") + operatorName + QStringLiteral(" took longer than 3 s")
        << QStringLiteral("is this machine's DNS working?");

    // tcp
    ConnectionFacts connected = facts(Step::Tcp, StepStatus::Done);
    connected.connectedAddress = QStringLiteral("100.88.1.2");
    connected.elapsedMs = 12;
    QTest::newRow("tcp: connected")
        << connected << QStringLiteral("tcp") << int(Outcome::Pass)
        << QStringLiteral("connected to 100.88.1.2 port 443 in 12 ms") << QString();
    ConnectionFacts refused = facts(Step::Tcp, StepStatus::Failed);
    refused.refusedBy = {QStringLiteral("100.88.1.2")};
    QTest::newRow("tcp: connection refused: nothing listens")
        << refused << QStringLiteral("tcp") << int(Outcome::Fail)
        << QStringLiteral("nothing listens on ") + operatorName +
               QStringLiteral(":443 (connection refused by 100.88.1.2)")
        << QStringLiteral("listens on 443");
    ConnectionFacts timedOut = facts(Step::Tcp, StepStatus::Failed);
    timedOut.timedOut = {QStringLiteral("100.88.1.2")};
    timedOut.refusedBy = {QStringLiteral("fd7a:115c:a1e0::1")};
    QTest::newRow("tcp: timeout: the ACL may not allow the port (before refused)")
        << timedOut << QStringLiteral("tcp") << int(Outcome::Fail)
        << QStringLiteral("no answer from 100.88.1.2 port 443 within 3 s")
        << QStringLiteral("the tailnet ACL may not allow tcp:443");
    ConnectionFacts unreachable = facts(Step::Tcp, StepStatus::Failed);
    unreachable.unreachable = {QStringLiteral("100.88.1.2: Network unreachable")};
    QTest::newRow("tcp: no route (offline): is Tailscale connected")
        << unreachable << QStringLiteral("tcp") << int(Outcome::Fail)
        << QStringLiteral("cannot connect to ") + operatorName +
               QStringLiteral(":443: 100.88.1.2: Network unreachable")
        << QStringLiteral("is Tailscale connected on this machine");
    ConnectionFacts v6 = facts(Step::Tcp, StepStatus::Failed, QStringLiteral("fd7a:115c:a1e0::1"));
    v6.refusedBy = {QStringLiteral("fd7a:115c:a1e0::1")};
    QTest::newRow("tcp: an IPv6 address is shown in brackets")
        << v6 << QStringLiteral("tcp") << int(Outcome::Fail)
        << QStringLiteral("nothing listens on [fd7a:115c:a1e0::1]:443") << QStringLiteral("443");

    // tls
    const QStringList operatorNames{operatorName};
    QTest::newRow("tls: a valid certificate passes")
        << certificate(StepStatus::Done, operatorNames) << QStringLiteral("tls")
        << int(Outcome::Pass)
        << QStringLiteral("the certificate is valid for ") + operatorName +
               QStringLiteral(" and trusted (issued by kubetailor test CA")
        << QString();
    QTest::newRow("tls: a certificate expiring within 14 days warns")
        << certificate(StepStatus::Done, operatorNames, 5) << QStringLiteral("tls")
        << int(Outcome::Warn) << QStringLiteral("; it expires in 5 day(s)")
        << QStringLiteral("renews");
    // Whole days left, not calendar dates crossed: 5 days and 23 hours is 5 days at any hour
    // of the day (a date count said 6 from 01:00 UTC on, and 6 for "5 days 1 hour" after 23:00).
    QTest::newRow("tls: 5 days and 23 hours left counts as 5 days at any time of day")
        << certificate(StepStatus::Done, operatorNames, 5, operatorName, 23 * 3600)
        << QStringLiteral("tls") << int(Outcome::Warn) << QStringLiteral("; it expires in 5 day(s)")
        << QStringLiteral("renews");
    QTest::newRow("tls: 40 minutes left counts as 0 days")
        << certificate(StepStatus::Done, operatorNames, 0, operatorName, 40 * 60)
        << QStringLiteral("tls") << int(Outcome::Warn) << QStringLiteral("; it expires in 0 day(s)")
        << QStringLiteral("renews");
    ConnectionFacts wrongName =
        certificate(StepStatus::Failed, {QStringLiteral("other-proxy.tail1234.ts.net")});
    wrongName.nameMismatch = true;
    wrongName.verificationErrors = {
        QStringLiteral("The host name did not match any of the valid hosts for this certificate")};
    QTest::newRow("tls: wrong name: the certificate is for another name")
        << wrongName << QStringLiteral("tls") << int(Outcome::Fail)
        << QStringLiteral("the certificate of ") + operatorName +
               QStringLiteral(":443 is for other-proxy.tail1234.ts.net, not for ") + operatorName
        << QStringLiteral("point the server at the name the certificate is issued for");
    ConnectionFacts shortName =
        certificate(StepStatus::Failed, operatorNames, 30, QStringLiteral("tailscale-operator"));
    shortName.nameMismatch = true;
    QTest::newRow("tls: short name: certificates are issued for the full name")
        << shortName << QStringLiteral("tls") << int(Outcome::Fail)
        << QStringLiteral("not for tailscale-operator")
        << QStringLiteral("use https://") + operatorName + QStringLiteral(":443");
    ConnectionFacts expired = certificate(StepStatus::Failed, operatorNames, -10);
    expired.expired = true;
    QTest::newRow("tls: expired certificate: the proxy did not renew")
        << expired << QStringLiteral("tls") << int(Outcome::Fail) << QStringLiteral("expired on")
        << QStringLiteral("did not renew");
    ConnectionFacts notYet = certificate(StepStatus::Failed, operatorNames);
    notYet.notYetValid = true;
    QTest::newRow("tls: not yet valid: the clock")
        << notYet << QStringLiteral("tls") << int(Outcome::Fail)
        << QStringLiteral("is not valid before") << QStringLiteral("check this machine's clock");
    ConnectionFacts untrusted = certificate(StepStatus::Failed, operatorNames);
    untrusted.issuerCommonNames = {QStringLiteral("some other CA")};
    untrusted.untrusted = true;
    QTest::newRow("tls: unknown CA: HTTPS certificates may not be enabled")
        << untrusted << QStringLiteral("tls") << int(Outcome::Fail)
        << QStringLiteral("(issued by some other CA) is not trusted by this system")
        << QStringLiteral("HTTPS certificates may not be enabled for the tailnet");
    ConnectionFacts noTls = facts(Step::Tls, StepStatus::Failed);
    noTls.errorText = QStringLiteral("The TLS/SSL connection has been closed");
    QTest::newRow("tls: a handshake that fails otherwise: is it a TLS server")
        << noTls << QStringLiteral("tls") << int(Outcome::Fail)
        << QStringLiteral("failed: The TLS/SSL connection has been closed")
        << QStringLiteral("is ") + operatorName + QStringLiteral(":443 a TLS server");
    QTest::newRow("tls: a handshake timeout")
        << facts(Step::Tls, StepStatus::TimedOut) << QStringLiteral("tls") << int(Outcome::Fail)
        << QStringLiteral("did not complete within 3 s")
        << QStringLiteral("something other than a TLS server");

    // version
    QTest::newRow("version: a Kubernetes version passes")
        << answer(200, QStringLiteral("OK"), QStringLiteral("v1.30.2")) << QStringLiteral("version")
        << int(Outcome::Pass) << QStringLiteral("the API server answered: Kubernetes v1.30.2")
        << QString();
    QTest::newRow("version: 401 without credentials passes for the path")
        << answer(401, QStringLiteral("Unauthorized"), QString(), QStringLiteral("Unauthorized"))
        << QStringLiteral("version") << int(Outcome::Pass)
        << QStringLiteral("answered 401 without credentials") << QString();
    QTest::newRow("version: 502 from the proxy: the API server is not reached")
        << answer(502, QStringLiteral("Bad Gateway"), QString(), QStringLiteral("dial tcp"))
        << QStringLiteral("version") << int(Outcome::Warn)
        << QStringLiteral("answered HTTP 502: dial tcp")
        << QStringLiteral("could not reach the API server");
    QTest::newRow("version: 200 without a version")
        << answer(200, QStringLiteral("OK")) << QStringLiteral("version") << int(Outcome::Warn)
        << QStringLiteral("answered HTTP 200 without a Kubernetes version")
        << QStringLiteral("the operator's API server proxy");
    QTest::newRow("version: 404") << answer(404, QStringLiteral("Not Found"))
                                  << QStringLiteral("version") << int(Outcome::Warn)
                                  << QStringLiteral("answered HTTP 404")
                                  << QStringLiteral("not what an API server gives for /version");
    ConnectionFacts notHttp = facts(Step::Version, StepStatus::Failed);
    notHttp.notHttp = true;
    notHttp.errorText = QStringLiteral("invalid HTTP method");
    QTest::newRow("version: an answer that is not HTTP")
        << notHttp << QStringLiteral("version") << int(Outcome::Fail)
        << QStringLiteral("answered something that is not HTTP: invalid HTTP method")
        << QStringLiteral("the operator's API server proxy");
    QTest::newRow("version: closed without an answer")
        << facts(Step::Version, StepStatus::Failed) << QStringLiteral("version")
        << int(Outcome::Fail) << QStringLiteral("closed the connection without an HTTP answer")
        << QStringLiteral("the operator's API server proxy");
    QTest::newRow("version: no answer in time")
        << facts(Step::Version, StepStatus::TimedOut) << QStringLiteral("version")
        << int(Outcome::Fail) << QStringLiteral("no HTTP answer from ") + operatorName
        << QStringLiteral("did not answer");
}

void TestConnectionAdvice::advice()
{
    QFETCH(ConnectionFacts, facts);
    QFETCH(QString, id);
    QFETCH(int, outcome);
    QFETCH(QString, summaryContains);
    QFETCH(QString, fixContains);

    const CheckResult result = ConnectionAdvice::advise(facts);
    QCOMPARE(result.id, id);
    QVERIFY(!result.title.isEmpty());
    QCOMPARE(int(result.outcome), outcome);
    QVERIFY2(result.summary.contains(summaryContains), qPrintable(result.summary));
    if (fixContains.isEmpty())
        QVERIFY2(result.fix.isEmpty(), qPrintable(result.fix));
    else
        QVERIFY2(result.fix.contains(fixContains), qPrintable(result.fix));
}

void TestConnectionAdvice::skippedStepsSayWhy_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("blockedBy");
    QTest::addColumn<QString>("summary");
    QTest::newRow("after DNS") << int(Step::Tcp) << int(Step::Dns)
                               << QStringLiteral("skipped: the name does not resolve");
    QTest::newRow("after TCP") << int(Step::Tls) << int(Step::Tcp)
                               << QStringLiteral("skipped: no TCP connection");
    QTest::newRow("after TLS") << int(Step::Version) << int(Step::Tls)
                               << QStringLiteral("skipped: no verified TLS connection");
}

void TestConnectionAdvice::skippedStepsSayWhy()
{
    QFETCH(int, step);
    QFETCH(int, blockedBy);
    QFETCH(QString, summary);
    ConnectionFacts notRun = facts(Step(step), StepStatus::NotRun);
    notRun.blockedBy = Step(blockedBy);
    const CheckResult result = ConnectionAdvice::advise(notRun);
    QCOMPARE(result.outcome, Outcome::Skipped);
    QCOMPARE(result.summary, summary);
    QVERIFY(result.fix.isEmpty());
}

void TestConnectionAdvice::notProbed()
{
    const QList<CheckResult> results = ConnectionAdvice::notProbed();
    QStringList ids;
    for (const CheckResult &result : results) {
        ids << result.id;
        QCOMPARE(result.outcome, Outcome::Skipped);
        QCOMPARE(result.summary,
                 QStringLiteral("skipped: the server is not an https:// URL to probe"));
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("dns"), QStringLiteral("tcp"), QStringLiteral("tls"),
                               QStringLiteral("version")}));
}

void TestConnectionAdvice::tailnetDnsFix()
{
    TailnetDiscoveryResult loggedOut;
    loggedOut.outcome = TailnetDiscoveryResult::Outcome::LoggedOut;
    loggedOut.message = QStringLiteral("Tailscale is logged out: run 'tailscale up'");
    QCOMPARE(ConnectionAdvice::tailnetDnsFix(operatorName, loggedOut), loggedOut.message);

    TailnetDiscoveryResult ready;
    ready.outcome = TailnetDiscoveryResult::Outcome::Ready;
    ready.status.magicDnsSuffix = QStringLiteral("tail1234.ts.net");
    QVERIFY(ConnectionAdvice::tailnetDnsFix(QStringLiteral("proxy.tail9999.ts.net"), ready)
                .contains(QStringLiteral("is not in this machine's tailnet (tail1234.ts.net)")));
    QVERIFY(
        ConnectionAdvice::tailnetDnsFix(QStringLiteral("k8s-proxy.tail1234.ts.net"), ready)
            .contains(QStringLiteral("no device named k8s-proxy in tailnet tail1234.ts.net: ")));
    OperatorCandidate candidate;
    candidate.fqdn = operatorName;
    ready.candidates << candidate;
    QVERIFY(ConnectionAdvice::tailnetDnsFix(QStringLiteral("k8s-proxy.tail1234.ts.net"), ready)
                .contains(QStringLiteral("devices that look like the proxy: ") + operatorName));
}

QTEST_GUILESS_MAIN(TestConnectionAdvice)
#include "tst_connectionadvice.moc"
