// `kubetailor routes`, `routes apply` and `routes forget`, run as a user runs them, without
// the app: three clusters written by the stand-in gcloud, aws and az, routed to three
// proxies; then the stand-ins write their entries again and `routes apply` (as a setup
// script would, right after get-credentials) puts the routes back. Every result is read back
// with the real kubectl: only the routed clusters may differ.
#include "kubeconfig/BackupStore.h"
#include "tests/support/CloudCliStandIns.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"
#include "tests/support/KubetailorProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString gkeProxy = QStringLiteral("gke-operator.tail1234.ts.net");
const QString eksProxy = QStringLiteral("eks-operator.tail1234.ts.net");
const QString aksProxy = QStringLiteral("aks-operator.tail1234.ts.net");

QString proxyServer(const QString &fqdn)
{
    return QStringLiteral("https://") + fqdn + QStringLiteral(":443");
}

} // namespace

class TestRoutesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void rewriteRemembersOneRoutePerContext();
    void gcloudRevertsOneRouteAndRoutesApplyPutsItBack();
    void awsAndAzRevertTwoRoutesAndOneApplyPutsBothBack();
    void dryRunShowsTheDiffAndWritesNothing();
    void aServerChangedByHandIsLeftAlone();
    void noRememberRemembersNothing();
    void forgetDropsTheRouteAndLeavesTheFileAlone();
    void aDeletedContextIsGone();
    void theRunningAppAppliesARouteAgainOnceThoughStartedTwice();
    void usageErrors_data();
    void usageErrors();

private:
    void routeThreeClusters();
    QMap<QString, QString> states();
    QJsonObject view();
    KubetailorProcess::Result kubetailor(const QStringList &args);

    KubectlRunner m_kubectl;
    KubetailorProcess m_process;
    QTemporaryDir m_bin;
    QString m_config;
};

void TestRoutesCli::initTestCase()
{
    QVERIFY2(m_process.isValid(), "KUBETAILOR_EXE must point at the built kubetailor");
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl ($KUBECTL) for the stand-in cloud CLIs and to read the files back");
    QString error;
    QVERIFY2(m_kubectl.installStandInPlugins(m_bin.path(), &error), qPrintable(error));
    m_process.environment().insert(QStringLiteral("PATH"),
                                   m_bin.path() + QLatin1Char(':') + qEnvironmentVariable("PATH"));
}

void TestRoutesCli::init()
{
    // Each test starts with no kubeconfig, no backups and no remembered routes.
    QDir(QDir::homePath() + QStringLiteral("/.local/state/kubetailor")).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
         QStringLiteral("/kubetailor"))
        .removeRecursively();
    const QString dir = FixtureKubeconfigs::kubeDir();
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    m_config = dir + QStringLiteral("/config");
}

KubetailorProcess::Result TestRoutesCli::kubetailor(const QStringList &args)
{
    return m_process.run(args);
}

QJsonObject TestRoutesCli::view()
{
    QString error;
    const QJsonObject v = KubectlConfigView::read(m_kubectl, m_config, &error);
    if (v.isEmpty())
        qWarning("kubectl cannot read %s: %s", qPrintable(m_config), qPrintable(error));
    return v;
}

// The three cloud CLIs write their clusters; each is routed to its own proxy.
void TestRoutesCli::routeThreeClusters()
{
    const QString kubectl = m_kubectl.program();
    QCOMPARE(CloudCliStandIns::gcloudGetCredentials(m_config, kubectl), QString());
    QCOMPARE(CloudCliStandIns::awsUpdateKubeconfig(m_config, kubectl), QString());
    QCOMPARE(CloudCliStandIns::azGetCredentials(m_config, kubectl), QString());
    const QList<QPair<QString, QString>> routes{{CloudCliStandIns::gkeContext(), gkeProxy},
                                                {CloudCliStandIns::eksContext(), eksProxy},
                                                {CloudCliStandIns::aksContext(), aksProxy}};
    for (const auto &[context, fqdn] : routes) {
        const KubetailorProcess::Result r =
            kubetailor({QStringLiteral("rewrite"), QStringLiteral("--context"), context,
                        QStringLiteral("--fqdn"), fqdn});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
}

// routedContext -> state, from `routes --json`.
QMap<QString, QString> TestRoutesCli::states()
{
    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("routes"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("routes --json failed: %s", qPrintable(r.err));
    QMap<QString, QString> map;
    const QJsonArray routes =
        QJsonDocument::fromJson(r.outBytes).object().value(QStringLiteral("routes")).toArray();
    for (const QJsonValue &route : routes)
        map.insert(route[QStringLiteral("routedContext")].toString(),
                   route[QStringLiteral("state")].toString());
    return map;
}

void TestRoutesCli::rewriteRemembersOneRoutePerContext()
{
    routeThreeClusters();
    const QMap<QString, QString> expected{
        {CloudCliStandIns::gkeContext(), QStringLiteral("in-effect")},
        {CloudCliStandIns::eksContext(), QStringLiteral("in-effect")},
        {CloudCliStandIns::aksContext(), QStringLiteral("in-effect")}};
    QCOMPARE(states(), expected);

    const KubetailorProcess::Result r = kubetailor({QStringLiteral("routes")});
    QCOMPARE(r.exitCode, 0);
    for (const QString &fqdn : {gkeProxy, eksProxy, aksProxy})
        QVERIFY2(r.out.contains(fqdn), qPrintable(r.out));
    QCOMPARE(r.out.count(QStringLiteral("in effect")), 3);
}

void TestRoutesCli::gcloudRevertsOneRouteAndRoutesApplyPutsItBack()
{
    routeThreeClusters();
    const QString gkeCluster = CloudCliStandIns::gkeContext();
    QCOMPARE(CloudCliStandIns::gcloudGetCredentials(m_config, m_kubectl.program()), QString());
    const QJsonObject reverted = view();
    QCOMPARE(KubectlConfigView::namedEntry(reverted, QStringLiteral("clusters"), gkeCluster)
                 .value(QStringLiteral("server"))
                 .toString(),
             QStringLiteral("https://34.118.0.10"));
    QCOMPARE(states().value(gkeCluster), QStringLiteral("reverted"));
    QCOMPARE(states().value(CloudCliStandIns::eksContext()), QStringLiteral("in-effect"));
    QVERIFY(kubetailor({QStringLiteral("routes")})
                .out.contains(QStringLiteral("reverted by another program")));

    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("routes"), QStringLiteral("apply")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(gkeCluster) && r.out.contains(proxyServer(gkeProxy)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("backup")), qPrintable(r.out));

    // kubectl reads the route back, and nothing else changed since gcloud wrote the file.
    QJsonObject after = view();
    const QJsonObject gke =
        KubectlConfigView::namedEntry(after, QStringLiteral("clusters"), gkeCluster);
    QCOMPARE(gke.value(QStringLiteral("server")).toString(), proxyServer(gkeProxy));
    QVERIFY(!gke.contains(QStringLiteral("certificate-authority-data")));
    QJsonObject expected = reverted;
    QJsonArray clusters;
    for (const QJsonValue &cluster : reverted.value(QStringLiteral("clusters")).toArray()) {
        if (cluster[QStringLiteral("name")].toString() != gkeCluster)
            clusters.append(cluster);
        else
            clusters.append(QJsonObject{{QStringLiteral("name"), gkeCluster},
                                        {QStringLiteral("cluster"), gke}});
    }
    expected.insert(QStringLiteral("clusters"), clusters);
    QCOMPARE(after, expected);
    QCOMPARE(states().value(gkeCluster), QStringLiteral("in-effect"));

    // A second apply has nothing to do.
    const KubetailorProcess::Result again =
        kubetailor({QStringLiteral("routes"), QStringLiteral("apply")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("Nothing to apply")), qPrintable(again.out));
}

void TestRoutesCli::awsAndAzRevertTwoRoutesAndOneApplyPutsBothBack()
{
    routeThreeClusters();
    QCOMPARE(CloudCliStandIns::awsUpdateKubeconfig(m_config, m_kubectl.program()), QString());
    QCOMPARE(CloudCliStandIns::azGetCredentials(m_config, m_kubectl.program()), QString());
    const QMap<QString, QString> reverted{
        {CloudCliStandIns::gkeContext(), QStringLiteral("in-effect")},
        {CloudCliStandIns::eksContext(), QStringLiteral("reverted")},
        {CloudCliStandIns::aksContext(), QStringLiteral("reverted")}};
    QCOMPARE(states(), reverted);

    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("routes"), QStringLiteral("apply")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject after = view();
    QCOMPARE(KubectlConfigView::namedEntry(after, QStringLiteral("clusters"),
                                           CloudCliStandIns::eksContext())
                 .value(QStringLiteral("server"))
                 .toString(),
             proxyServer(eksProxy));
    QCOMPARE(KubectlConfigView::namedEntry(after, QStringLiteral("clusters"),
                                           CloudCliStandIns::aksContext())
                 .value(QStringLiteral("server"))
                 .toString(),
             proxyServer(aksProxy));
    QCOMPARE(KubectlConfigView::namedEntry(after, QStringLiteral("clusters"),
                                           CloudCliStandIns::gkeContext())
                 .value(QStringLiteral("server"))
                 .toString(),
             proxyServer(gkeProxy));
    // az made its context current; the apply leaves that as az wrote it.
    QCOMPARE(after.value(QStringLiteral("current-context")).toString(),
             CloudCliStandIns::aksContext());
    const QMap<QString, QString> inEffect{
        {CloudCliStandIns::gkeContext(), QStringLiteral("in-effect")},
        {CloudCliStandIns::eksContext(), QStringLiteral("in-effect")},
        {CloudCliStandIns::aksContext(), QStringLiteral("in-effect")}};
    QCOMPARE(states(), inEffect);
}

void TestRoutesCli::dryRunShowsTheDiffAndWritesNothing()
{
    routeThreeClusters();
    QCOMPARE(CloudCliStandIns::gcloudGetCredentials(m_config, m_kubectl.program()), QString());
    const QByteArray before = FixtureKubeconfigs::read(m_config);
    const KubetailorProcess::Result r = kubetailor(
        {QStringLiteral("routes"), QStringLiteral("apply"), QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("+    server: ") + proxyServer(gkeProxy)),
             qPrintable(r.out));
    QCOMPARE(FixtureKubeconfigs::read(m_config), before);
    QCOMPARE(states().value(CloudCliStandIns::gkeContext()), QStringLiteral("reverted"));
}

void TestRoutesCli::aServerChangedByHandIsLeftAlone()
{
    routeThreeClusters();
    const KubectlRunner::Result edit =
        m_kubectl.run({QStringLiteral("--kubeconfig"), m_config, QStringLiteral("config"),
                       QStringLiteral("set-cluster"), CloudCliStandIns::gkeContext(),
                       QStringLiteral("--server=https://10.20.30.40")});
    QVERIFY2(edit.finished && edit.exitCode == 0, edit.err.constData());
    QCOMPARE(states().value(CloudCliStandIns::gkeContext()), QStringLiteral("changed-by-hand"));
    const QByteArray before = FixtureKubeconfigs::read(m_config);
    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("routes"), QStringLiteral("apply")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(FixtureKubeconfigs::read(m_config), before);
    QVERIFY2(r.err.contains(QStringLiteral("changed by hand")) &&
                 r.err.contains(CloudCliStandIns::gkeContext()),
             qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Nothing to apply")), qPrintable(r.out));
}

void TestRoutesCli::noRememberRemembersNothing()
{
    const QString kubectl = m_kubectl.program();
    QCOMPARE(CloudCliStandIns::gcloudGetCredentials(m_config, kubectl), QString());
    const KubetailorProcess::Result r = kubetailor(
        {QStringLiteral("rewrite"), QStringLiteral("--context"), CloudCliStandIns::gkeContext(),
         QStringLiteral("--fqdn"), gkeProxy, QStringLiteral("--no-remember")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(states().isEmpty());
    const KubetailorProcess::Result list = kubetailor({QStringLiteral("routes")});
    QVERIFY2(list.out.contains(QStringLiteral("No routes remembered yet")), qPrintable(list.out));
}

void TestRoutesCli::forgetDropsTheRouteAndLeavesTheFileAlone()
{
    routeThreeClusters();
    const QByteArray before = FixtureKubeconfigs::read(m_config);
    const KubetailorProcess::Result r = kubetailor(
        {QStringLiteral("routes"), QStringLiteral("forget"), CloudCliStandIns::eksContext()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(FixtureKubeconfigs::read(m_config), before);
    QVERIFY(!states().contains(CloudCliStandIns::eksContext()));
    QCOMPARE(states().size(), 2);

    // Forgotten: the aws stand-in's revert stays.
    QCOMPARE(CloudCliStandIns::awsUpdateKubeconfig(m_config, m_kubectl.program()), QString());
    QCOMPARE(kubetailor({QStringLiteral("routes"), QStringLiteral("apply")}).exitCode, 0);
    QVERIFY(KubectlConfigView::namedEntry(view(), QStringLiteral("clusters"),
                                          CloudCliStandIns::eksContext())
                .value(QStringLiteral("server"))
                .toString()
                .endsWith(QLatin1String(".eks.amazonaws.com")));

    const KubetailorProcess::Result unknown =
        kubetailor({QStringLiteral("routes"), QStringLiteral("forget"), QStringLiteral("nope")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("no route for context \"nope\"")),
             qPrintable(unknown.err));
}

void TestRoutesCli::aDeletedContextIsGone()
{
    routeThreeClusters();
    const KubectlRunner::Result del =
        m_kubectl.run({QStringLiteral("--kubeconfig"), m_config, QStringLiteral("config"),
                       QStringLiteral("delete-context"), CloudCliStandIns::aksContext()});
    QVERIFY2(del.finished && del.exitCode == 0, del.err.constData());
    QCOMPARE(states().value(CloudCliStandIns::aksContext()), QStringLiteral("context-gone"));
    QVERIFY(kubetailor({QStringLiteral("routes")}).out.contains(QStringLiteral("context gone")));
}

// The desktop app as a login starts it (--minimized), and a second start of it: only the
// first (the single instance's primary) keeps the routes, so gcloud's revert is written back
// once, with one backup.
void TestRoutesCli::theRunningAppAppliesARouteAgainOnceThoughStartedTwice()
{
    routeThreeClusters();
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = m_process.environment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("kubetailor.gui.info=true;kubetailor.app.info=true"));
    QProcess first;
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::MergedChannels);
    first.start(KubetailorProcess::executable(), {QStringLiteral("--minimized")});
    QVERIFY(first.waitForStarted(10000));
    QByteArray firstOutput;
    QTRY_VERIFY_WITH_TIMEOUT((firstOutput += first.readAll()).contains("started"), 20000);
    QProcess second;
    second.setProcessEnvironment(env);
    second.setProcessChannelMode(QProcess::MergedChannels);
    second.start(KubetailorProcess::executable(), {QStringLiteral("--minimized")});
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitCode(), 0);

    const int backups = int(BackupStore().list(m_config).size());
    QCOMPARE(CloudCliStandIns::gcloudGetCredentials(m_config, m_kubectl.program()), QString());
    QTRY_VERIFY_WITH_TIMEOUT((firstOutput += first.readAll()).contains("applied the routes of"),
                             5000);
    QCOMPARE(KubectlConfigView::namedEntry(view(), QStringLiteral("clusters"),
                                           CloudCliStandIns::gkeContext())
                 .value(QStringLiteral("server"))
                 .toString(),
             proxyServer(gkeProxy));
    QTest::qWait(1000);
    firstOutput += first.readAll();
    QCOMPARE(firstOutput.count("applied the routes of"), 1);
    QCOMPARE(int(BackupStore().list(m_config).size()), backups + 1);
    QCOMPARE(states().value(CloudCliStandIns::gkeContext()), QStringLiteral("in-effect"));

    first.terminate();
    if (!first.waitForFinished(10000)) {
        first.kill();
        first.waitForFinished(5000);
    }
}

void TestRoutesCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown action")
        << QStringList{QStringLiteral("frobnicate")} << "unknown action 'frobnicate'";
    QTest::newRow("forget without a context")
        << QStringList{QStringLiteral("forget")} << "forget needs the CONTEXT";
    QTest::newRow("dry-run with list")
        << QStringList{QStringLiteral("list"), QStringLiteral("--dry-run")}
        << "--dry-run goes with apply";
    QTest::newRow("json with apply")
        << QStringList{QStringLiteral("apply"), QStringLiteral("--json")}
        << "--json goes with list";
    QTest::newRow("extra argument")
        << QStringList{QStringLiteral("apply"), QStringLiteral("x")} << "unexpected argument 'x'";
}

void TestRoutesCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const KubetailorProcess::Result r = kubetailor(QStringList{QStringLiteral("routes")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestRoutesCli)
#include "tst_routescli.moc"
