// TailnetDiscovery runs a stand-in tailscale (tests/support/fake-tailscale) that prints
// recorded `status --json` documents, asynchronously and in the blocking form.
#include "kubeconfig/tailnet/TailnetDiscovery.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using Outcome = TailnetDiscoveryResult::Outcome;

class TestTailnetDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void asyncOutcomes_data();
    void asyncOutcomes();
    void slowTailscaleTimesOut();
    void notInstalled();
    void resolveSuffix();
    void resolveSuffixSaysWhatToDo();

private:
    const QString m_fake = QStringLiteral(KUBETAILOR_SUPPORT_DIR "/fake-tailscale");
};

static QString fixture(const QString &name)
{
    return QStringLiteral(KUBETAILOR_FIXTURES_DIR "/tailscale/") + name;
}

void TestTailnetDiscovery::init()
{
    qunsetenv("FAKE_TAILSCALE_SLEEP");
    qunsetenv("FAKE_TAILSCALE_DAEMON");
    qunsetenv("FAKE_TAILSCALE_STATUS");
}

void TestTailnetDiscovery::asyncOutcomes_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("daemon");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("messageContains");
    QTest::addColumn<QString>("firstCandidate");

    QTest::newRow("running with operator peers")
        << QStringLiteral("running-operator.json") << QString() << int(Outcome::Ready) << QString()
        << QStringLiteral("tailscale-operator.tail1234.ts.net");
    QTest::newRow("logged out") << QStringLiteral("logged-out.json") << QString()
                                << int(Outcome::LoggedOut) << QStringLiteral("logged out")
                                << QString();
    QTest::newRow("stopped") << QStringLiteral("stopped.json") << QString()
                             << int(Outcome::NotRunning) << QStringLiteral("tailscale up")
                             << QString();
    QTest::newRow("no MagicDNS") << QStringLiteral("no-magicdns.json") << QString()
                                 << int(Outcome::NoMagicDns) << QStringLiteral("DNS page")
                                 << QString();
    QTest::newRow("garbage") << QStringLiteral("garbage.json") << QString()
                             << int(Outcome::Unreadable)
                             << QStringLiteral("type the proxy's full name") << QString();
    QTest::newRow("tailscaled not running")
        << QStringLiteral("running-operator.json") << QStringLiteral("down")
        << int(Outcome::NotRunning) << QStringLiteral("tailscaled is not running") << QString();
}

void TestTailnetDiscovery::asyncOutcomes()
{
    QFETCH(QString, document);
    QFETCH(QString, daemon);
    QFETCH(int, outcome);
    QFETCH(QString, messageContains);
    QFETCH(QString, firstCandidate);

    qputenv("FAKE_TAILSCALE_STATUS", fixture(document).toLocal8Bit());
    if (!daemon.isEmpty())
        qputenv("FAKE_TAILSCALE_DAEMON", daemon.toLocal8Bit());

    TailnetDiscovery discovery;
    discovery.setTailscalePath(m_fake);
    QSignalSpy finished(&discovery, &TailnetDiscovery::finished);
    discovery.start();
    QVERIFY(discovery.isRunning()); // started, not finished: the caller's thread is free
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const TailnetDiscoveryResult result = discovery.result();
    QCOMPARE(int(result.outcome), outcome);
    QVERIFY2(result.message.contains(messageContains), qPrintable(result.message));
    if (outcome == int(Outcome::Ready)) {
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.suffix(), QStringLiteral("tail1234.ts.net"));
    }
    QCOMPARE(result.candidates.value(0).fqdn, firstCandidate);
    QVERIFY(!discovery.isRunning());
}

void TestTailnetDiscovery::slowTailscaleTimesOut()
{
    qputenv("FAKE_TAILSCALE_STATUS",
            fixture(QStringLiteral("running-operator.json")).toLocal8Bit());
    qputenv("FAKE_TAILSCALE_SLEEP", "10");
    TailnetDiscovery discovery;
    discovery.setTailscalePath(m_fake);
    discovery.setTimeout(300);
    QSignalSpy finished(&discovery, &TailnetDiscovery::finished);
    QElapsedTimer clock;
    clock.start();
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3000);
    QVERIFY2(clock.elapsed() < 2500, "the timeout must bound the wait");
    QCOMPARE(int(discovery.result().outcome), int(Outcome::TimedOut));
    QVERIFY2(discovery.result().message.contains(QStringLiteral("did not answer within 0.3 s")),
             qPrintable(discovery.result().message));

    clock.restart();
    const TailnetDiscoveryResult blocking = TailnetDiscovery::discoverBlocking(m_fake, 300);
    QVERIFY(clock.elapsed() < 2500);
    QCOMPARE(int(blocking.outcome), int(Outcome::TimedOut));
}

void TestTailnetDiscovery::notInstalled()
{
    TailnetDiscovery discovery;
    discovery.setTailscalePath(QStringLiteral("/nonexistent/tailscale"));
    QSignalSpy finished(&discovery, &TailnetDiscovery::finished);
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    QCOMPARE(int(discovery.result().outcome), int(Outcome::NotInstalled));
    QVERIFY(discovery.result().message.contains(QStringLiteral("/nonexistent/tailscale")));

    // Nothing on PATH either (and none in the usual install places on this machine).
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", "/nonexistent");
    const QString found = TailnetDiscovery::findTailscale();
    const TailnetDiscoveryResult r = TailnetDiscovery::discoverBlocking(QString(), 500);
    qputenv("PATH", path);
    if (!found.isEmpty())
        QSKIP("a tailscale binary is installed outside PATH on this machine");
    QCOMPARE(int(r.outcome), int(Outcome::NotInstalled));
    QVERIFY2(r.message.contains(QStringLiteral("not installed (not on PATH)")),
             qPrintable(r.message));
}

void TestTailnetDiscovery::resolveSuffix()
{
    qputenv("FAKE_TAILSCALE_STATUS",
            fixture(QStringLiteral("running-operator.json")).toLocal8Bit());
    const Result<QString> suffix = TailnetDiscovery::resolveSuffix(m_fake);
    QVERIFY2(suffix.ok(), qPrintable(suffix.error()));
    QCOMPARE(suffix.value(), QStringLiteral("tail1234.ts.net"));
}

void TestTailnetDiscovery::resolveSuffixSaysWhatToDo()
{
    qputenv("FAKE_TAILSCALE_STATUS", fixture(QStringLiteral("logged-out.json")).toLocal8Bit());
    const Result<QString> suffix = TailnetDiscovery::resolveSuffix(m_fake);
    QVERIFY(!suffix.ok());
    const QString error = suffix.error();
    QVERIFY2(error.contains(QStringLiteral("logged out")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("--tailnet SUFFIX")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTailnetDiscovery)
#include "tst_tailnetdiscovery.moc"
