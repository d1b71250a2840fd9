// TailscaleStatusParser and TailscaleStatus: recorded `tailscale status --json` documents.
#include "kubeconfig/tailnet/TailscaleStatusParser.h"

#include <QFile>
#include <QTest>

class TestTailscaleStatusParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void unreadable_data();
    void unreadable();
    void candidates();
    void candidateRules_data();
    void candidateRules();
    void stripTrailingDot();
};

static QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(KUBETAILOR_FIXTURES_DIR "/tailscale/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

void TestTailscaleStatusParser::parse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("backendState");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("messageContains");
    QTest::addColumn<int>("peerCount");

    QTest::newRow("running with operator peers")
        << fixture("running-operator.json") << QStringLiteral("Running")
        << QStringLiteral("tail1234.ts.net") << int(TailscaleStatus::Problem::None) << QString()
        << 4;
    QTest::newRow("logged out: null tailnet and peers")
        << fixture("logged-out.json") << QStringLiteral("NeedsLogin") << QString()
        << int(TailscaleStatus::Problem::LoggedOut) << QStringLiteral("tailscale up") << 0;
    QTest::newRow("stopped") << fixture("stopped.json") << QStringLiteral("Stopped")
                             << QStringLiteral("tail1234.ts.net")
                             << int(TailscaleStatus::Problem::NotRunning)
                             << QStringLiteral("not running (state: Stopped)") << 0;
    QTest::newRow("MagicDNS off") << fixture("no-magicdns.json") << QStringLiteral("Running")
                                  << QStringLiteral("tail1234.ts.net")
                                  << int(TailscaleStatus::Problem::NoMagicDns)
                                  << QStringLiteral("MagicDNS is off") << 1;
    QTest::newRow("older client: suffix without MagicDNSEnabled")
        << QByteArray(
               R"({"BackendState":"Running","CurrentTailnet":{"MagicDNSSuffix":"tail9.ts.net."}})")
        << QStringLiteral("Running") << QStringLiteral("tail9.ts.net")
        << int(TailscaleStatus::Problem::None) << QString() << 0;
    QTest::newRow("machine awaiting approval")
        << QByteArray(R"({"BackendState":"NeedsMachineAuth"})")
        << QStringLiteral("NeedsMachineAuth") << QString()
        << int(TailscaleStatus::Problem::LoggedOut) << QStringLiteral("approve") << 0;
}

void TestTailscaleStatusParser::parse()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, backendState);
    QFETCH(QString, suffix);
    QFETCH(int, problem);
    QFETCH(QString, messageContains);
    QFETCH(int, peerCount);

    const Result<TailscaleStatus> parsed = TailscaleStatusParser::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const TailscaleStatus &status = parsed.value();
    QCOMPARE(status.backendState, backendState);
    QCOMPARE(status.magicDnsSuffix, suffix);
    QString message;
    QCOMPARE(int(status.problem(&message)), problem);
    QVERIFY2(message.contains(messageContains), qPrintable(message));
    QCOMPARE(status.peers.size(), peerCount);
}

void TestTailscaleStatusParser::unreadable_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("garbage") << fixture("garbage.json") << QStringLiteral("not JSON");
    QTest::newRow("JSON without BackendState")
        << fixture("not-a-status.json") << QStringLiteral("without BackendState");
    QTest::newRow("JSON array") << QByteArray("[1,2]") << QStringLiteral("without BackendState");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
}

void TestTailscaleStatusParser::unreadable()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);
    const Result<TailscaleStatus> parsed = TailscaleStatusParser::parse(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(errorContains), qPrintable(parsed.error()));
}

void TestTailscaleStatusParser::candidates()
{
    const Result<TailscaleStatus> parsed =
        TailscaleStatusParser::parse(fixture("running-operator.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const TailscaleStatus &status = parsed.value();
    QCOMPARE(status.self.dnsName, QStringLiteral("dev-laptop.tail1234.ts.net"));
    QCOMPARE(status.certDomains, QStringList{QStringLiteral("dev-laptop.tail1234.ts.net")});

    const QList<OperatorCandidate> candidates = status.operatorCandidates();
    QCOMPARE(candidates.size(), 2);
    // Online first; the trailing dot of DNSName is gone.
    QCOMPARE(candidates.at(0).fqdn, QStringLiteral("tailscale-operator.tail1234.ts.net"));
    QVERIFY(candidates.at(0).online);
    QCOMPARE(candidates.at(0).reason, QStringLiteral("tagged tag:k8s-operator"));
    QCOMPARE(candidates.at(1).fqdn, QStringLiteral("kube-apiserver-0.tail1234.ts.net"));
    QVERIFY(!candidates.at(1).online);
    QVERIFY(candidates.at(1).reason.contains(QStringLiteral("ProxyGroup")));
}

void TestTailscaleStatusParser::candidateRules_data()
{
    QTest::addColumn<QString>("hostName");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("offered");

    QTest::newRow("operator tag") << QStringLiteral("whatever")
                                  << QStringList{QStringLiteral("tag:k8s-operator")} << true;
    QTest::newRow("operator host name, untagged")
        << QStringLiteral("tailscale-operator") << QStringList() << true;
    QTest::newRow("second operator install")
        << QStringLiteral("tailscale-operator-staging") << QStringList() << true;
    QTest::newRow("ProxyGroup replica tagged k8s")
        << QStringLiteral("pg-api-2") << QStringList{QStringLiteral("tag:k8s")} << true;
    QTest::newRow("numbered host without k8s tag")
        << QStringLiteral("web-1") << QStringList{QStringLiteral("tag:web")} << false;
    QTest::newRow("laptop") << QStringLiteral("laptop") << QStringList() << false;
}

void TestTailscaleStatusParser::candidateRules()
{
    QFETCH(QString, hostName);
    QFETCH(QStringList, tags);
    QFETCH(bool, offered);

    TailscaleStatus status;
    status.backendState = QStringLiteral("Running");
    TailscalePeer peer;
    peer.hostName = hostName;
    peer.dnsName = hostName + QStringLiteral(".tail1234.ts.net");
    peer.tags = tags;
    status.peers << peer;
    QCOMPARE(status.operatorCandidates().size(), offered ? 1 : 0);
}

void TestTailscaleStatusParser::stripTrailingDot()
{
    QCOMPARE(TailscaleStatusParser::stripTrailingDot(QStringLiteral("a.tail1.ts.net.")),
             QStringLiteral("a.tail1.ts.net"));
    QCOMPARE(TailscaleStatusParser::stripTrailingDot(QStringLiteral("a.tail1.ts.net")),
             QStringLiteral("a.tail1.ts.net"));
}

QTEST_GUILESS_MAIN(TestTailscaleStatusParser)
#include "tst_tailscalestatusparser.moc"
