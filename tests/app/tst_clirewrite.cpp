// `kubetailor rewrite` and `kubetailor undo` run as a user runs them, over the provider
// fixtures; every written file is read back with the real kubectl and compared with the
// input entry by entry: only the fields the rewrite is meant to change may differ.
#include "tests/support/FakeTailscale.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlRunner.h"
#include "tests/support/KubetailorProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString fqdn = QStringLiteral("tailscale-operator.tail1234.ts.net");
const QString proxyServer = QStringLiteral("https://tailscale-operator.tail1234.ts.net:443");

// name -> the entry's body ("cluster", "context" or "user" object) as kubectl reads it.
using Entries = QMap<QString, QJsonObject>;
} // namespace

class TestCliRewrite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void rewritesOnlyTheIntendedFields_data();
    void rewritesOnlyTheIntendedFields();
    void newContextLeavesTheOriginalAlone();
    void newContextNameForms_data();
    void newContextNameForms();
    void refusesClientCertificateOnlyUnlessForced();
    void allSkipsWhatTheProxyCannotCarry_data();
    void allSkipsWhatTheProxyCannotCarry();
    void namedIneligibleContextIsRefused_data();
    void namedIneligibleContextIsRefused();
    void shortFqdn_data();
    void shortFqdn();
    void printsTheResultAndTouchesNothing();
    void writesTheMergedResultToAnotherFile();
    void dryRunPrintsTheDiffAndWritesNothing();
    void jsonDescribesWhatWasWritten();
    void hostnameAndTailnet_data();
    void hostnameAndTailnet();
    void hostnameWithoutTailscaleSaysItOnce();
    void usageErrors_data();
    void usageErrors();
    void failures_data();
    void failures();
    void undoRestoresTheBytes();
    void undoWithoutBackupSaysSo();

private:
    QString writeBatchKubeconfig();
    void putFakeTailscaleOnPath(QTemporaryDir &bin, const QString &statusFixture);
    QJsonObject kubectlView(const QString &path);
    static Entries entries(const QJsonObject &view, const QString &list, const QString &body);
    KubetailorProcess::Result kubetailor(const QStringList &args);

    KubectlRunner m_kubectl;
    KubetailorProcess m_process;
    QProcessEnvironment m_baseEnvironment;
    QTemporaryDir m_bin;
    QString m_dir;
};

void TestCliRewrite::initTestCase()
{
    QVERIFY2(m_process.isValid(), "KUBETAILOR_EXE must point at the built kubetailor");
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl ($KUBECTL) to read the written files back");
    // The stand-in exec plugins on PATH, as on a machine with the cloud CLIs installed:
    // otherwise the rewrite rightly warns that the plugin is missing.
    QString error;
    QVERIFY2(m_kubectl.installStandInPlugins(m_bin.path(), &error), qPrintable(error));
    m_process.environment().insert(QStringLiteral("PATH"),
                                   m_bin.path() + QLatin1Char(':') + qEnvironmentVariable("PATH"));
    m_baseEnvironment = m_process.environment();
}

void TestCliRewrite::init()
{
    // Each test starts with an empty ~/.kube and no backups.
    QDir(QDir::homePath() + QStringLiteral("/.local/state/kubetailor")).removeRecursively();
    m_dir = FixtureKubeconfigs::kubeDir();
    QDir(m_dir).removeRecursively();
    QDir().mkpath(m_dir);
    m_process.environment() = m_baseEnvironment;
}

KubetailorProcess::Result TestCliRewrite::kubetailor(const QStringList &args)
{
    return m_process.run(args);
}

QJsonObject TestCliRewrite::kubectlView(const QString &path)
{
    const KubectlRunner::Result r = m_kubectl.run(
        {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
         QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--kubeconfig"), path});
    if (!r.finished || r.exitCode != 0) {
        qWarning("kubectl config view failed on %s: %s", qPrintable(path), r.err.constData());
        return QJsonObject();
    }
    return QJsonDocument::fromJson(r.out).object();
}

Entries TestCliRewrite::entries(const QJsonObject &view, const QString &list, const QString &body)
{
    Entries result;
    for (const QJsonValue &item : view.value(list).toArray())
        result.insert(item[QStringLiteral("name")].toString(), item[body].toObject());
    return result;
}

void TestCliRewrite::rewritesOnlyTheIntendedFields_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<bool>("caKept");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("gke, exec gke-gcloud-auth-plugin")
        << "gke.yaml" << QStringList{QStringLiteral("--all")} << false << QString();
    QTest::newRow("eks, aws eks get-token with env")
        << "eks.yaml"
        << QStringList{QStringLiteral("--context"),
                       QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders")}
        << false << QString();
    QTest::newRow("aks, kubelogin with env: null")
        << "aks.yaml" << QStringList{QStringLiteral("--context"), QStringLiteral("inventory")}
        << false << QString();
    QTest::newRow("gke --keep-ca")
        << "gke.yaml" << QStringList{QStringLiteral("--all"), QStringLiteral("--keep-ca")} << true
        << QStringLiteral("kubetailor rewrite: note: gke_acme-prod_us-central1_payments: the "
                          "cluster's certificate authority is kept");
    QTest::newRow("k3s client certificate --force warns")
        << "k3s.yaml" << QStringList{QStringLiteral("--all"), QStringLiteral("--force")} << false
        << QStringLiteral("kubetailor rewrite: warning: default:");
}

void TestCliRewrite::rewritesOnlyTheIntendedFields()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, extraArgs);
    QFETCH(bool, caKept);
    QFETCH(QString, stderrContains);

    const QString path = FixtureKubeconfigs::copyInto(m_dir, fixture);
    QVERIFY(!path.isEmpty());
    const QJsonObject before = kubectlView(path);
    QVERIFY(!before.isEmpty());

    const KubetailorProcess::Result r =
        kubetailor(QStringList{QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path,
                               QStringLiteral("--fqdn"), fqdn} +
                   extraArgs);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Rewrote 1 context to go through ") + proxyServer),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Wrote ") + path + QStringLiteral(" (backup: ")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Undo: kubetailor undo --kubeconfig ") + path),
             qPrintable(r.out));
    if (stderrContains.isEmpty())
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    else
        QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));

    const QJsonObject after = kubectlView(path);
    QVERIFY(!after.isEmpty());
    QCOMPARE(after.value(QStringLiteral("current-context")),
             before.value(QStringLiteral("current-context")));
    // The user entries (exec plugin, env, args, installHint...) and contexts: untouched.
    QCOMPARE(entries(after, QStringLiteral("users"), QStringLiteral("user")),
             entries(before, QStringLiteral("users"), QStringLiteral("user")));
    QCOMPARE(entries(after, QStringLiteral("contexts"), QStringLiteral("context")),
             entries(before, QStringLiteral("contexts"), QStringLiteral("context")));

    // The cluster: server and the CA are all that changed.
    const Entries clustersBefore =
        entries(before, QStringLiteral("clusters"), QStringLiteral("cluster"));
    const Entries clustersAfter =
        entries(after, QStringLiteral("clusters"), QStringLiteral("cluster"));
    QCOMPARE(clustersAfter.keys(), clustersBefore.keys());
    for (auto it = clustersBefore.cbegin(); it != clustersBefore.cend(); ++it) {
        QJsonObject expected = it.value();
        expected.insert(QStringLiteral("server"), proxyServer);
        if (!caKept)
            expected.remove(QStringLiteral("certificate-authority-data"));
        QCOMPARE(clustersAfter.value(it.key()), expected);
    }
    // The file's mode (0600) is kept.
    QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void TestCliRewrite::newContextLeavesTheOriginalAlone()
{
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("gke.yaml"));
    const QJsonObject before = kubectlView(path);
    const QString context = QStringLiteral("gke_acme-prod_us-central1_payments");

    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path,
                    QStringLiteral("--context"), context, QStringLiteral("--fqdn"), fqdn,
                    QStringLiteral("--new-context=payments-ts"), QStringLiteral("--set-current")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Added 1 context going through ") + proxyServer),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\n  payments-ts\n")), qPrintable(r.out));

    const QJsonObject after = kubectlView(path);
    QCOMPARE(after.value(QStringLiteral("current-context")).toString(),
             QStringLiteral("payments-ts"));
    const Entries contextsBefore =
        entries(before, QStringLiteral("contexts"), QStringLiteral("context"));
    const Entries contextsAfter =
        entries(after, QStringLiteral("contexts"), QStringLiteral("context"));
    QCOMPARE(contextsAfter.size(), 2);
    QCOMPARE(contextsAfter.value(context), contextsBefore.value(context));
    const QJsonObject added = contextsAfter.value(QStringLiteral("payments-ts"));
    // The same user entry: the exec plugin is shared, not copied.
    QCOMPARE(added.value(QStringLiteral("user")),
             contextsBefore.value(context).value(QStringLiteral("user")));
    const QString addedCluster = added.value(QStringLiteral("cluster")).toString();
    QVERIFY(addedCluster != context);

    const Entries clustersAfter =
        entries(after, QStringLiteral("clusters"), QStringLiteral("cluster"));
    QCOMPARE(clustersAfter.value(context),
             entries(before, QStringLiteral("clusters"), QStringLiteral("cluster")).value(context));
    QCOMPARE(clustersAfter.value(addedCluster),
             (QJsonObject{{QStringLiteral("server"), proxyServer}}));
    QCOMPARE(entries(after, QStringLiteral("users"), QStringLiteral("user")),
             entries(before, QStringLiteral("users"), QStringLiteral("user")));

    // A bare --new-context names it <context>-tailnet.
    const KubetailorProcess::Result bare =
        kubetailor({QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path,
                    QStringLiteral("--context"), context, QStringLiteral("--new-context"),
                    QStringLiteral("--fqdn"), fqdn});
    QCOMPARE(bare.exitCode, 0);
    QVERIFY(entries(kubectlView(path), QStringLiteral("contexts"), QStringLiteral("context"))
                .contains(context + QStringLiteral("-tailnet")));
}

void TestCliRewrite::newContextNameForms_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("added");
    const QString ctx = QStringLiteral("gke_acme-prod_us-central1_payments");
    const QString fqdnOption = QStringLiteral("--fqdn");

    QTest::newRow("--new-context=NAME")
        << QStringList{fqdnOption, fqdn, QStringLiteral("--new-context=pay-ts")}
        << QStringLiteral("pay-ts");
    QTest::newRow("--new-context NAME, last")
        << QStringList{fqdnOption, fqdn, QStringLiteral("--new-context"), QStringLiteral("pay-ts")}
        << QStringLiteral("pay-ts");
    QTest::newRow("--new-context NAME, then more options")
        << QStringList{QStringLiteral("--new-context"), QStringLiteral("pay-ts"), fqdnOption, fqdn,
                       QStringLiteral("--set-current")}
        << QStringLiteral("pay-ts");
    QTest::newRow("bare --new-context, last")
        << QStringList{fqdnOption, fqdn, QStringLiteral("--new-context")}
        << ctx + QStringLiteral("-tailnet");
    QTest::newRow("bare --new-context, then an option")
        << QStringList{QStringLiteral("--new-context"), fqdnOption, fqdn}
        << ctx + QStringLiteral("-tailnet");
    QTest::newRow("bare --new-context, then a short option")
        << QStringList{fqdnOption, fqdn, QStringLiteral("--new-context"), QStringLiteral("-h")}
        << QString();
    QTest::newRow("bare --new-context=")
        << QStringList{fqdnOption, fqdn, QStringLiteral("--new-context=")}
        << ctx + QStringLiteral("-tailnet");
}

// `--new-context NAME` and `--new-context=NAME` name the added context alike; a bare
// `--new-context` (last, or before another option) gives <context>-tailnet.
void TestCliRewrite::newContextNameForms()
{
    QFETCH(QStringList, args);
    QFETCH(QString, added);
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("gke.yaml"));
    const QString context = QStringLiteral("gke_acme-prod_us-central1_payments");
    const KubetailorProcess::Result r =
        kubetailor(QStringList{QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path,
                               QStringLiteral("--context"), context} +
                   args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (added.isEmpty()) { // -h after a bare --new-context is --help, not a name
        QVERIFY2(r.out.contains(QStringLiteral("--new-context <NAME>")), qPrintable(r.out));
        return;
    }
    QVERIFY2(r.out.contains(QStringLiteral("\n  ") + added + QLatin1Char('\n')), qPrintable(r.out));
    const Entries contexts =
        entries(kubectlView(path), QStringLiteral("contexts"), QStringLiteral("context"));
    QCOMPARE(contexts.keys(), (QStringList{context, added}));
}

void TestCliRewrite::refusesClientCertificateOnlyUnlessForced()
{
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("k3s.yaml"));
    const QByteArray bytes = FixtureKubeconfigs::read(path);
    const KubetailorProcess::Result r = kubetailor(
        {QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path,
         QStringLiteral("--context"), QStringLiteral("default"), QStringLiteral("--fqdn"), fqdn});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("kubetailor rewrite: refusing to rewrite")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("client certificate")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(FixtureKubeconfigs::read(path), bytes);
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

QString TestCliRewrite::writeBatchKubeconfig()
{
    const QString path = m_dir + QStringLiteral("/config");
    if (!FixtureKubeconfigs::install(QStringLiteral("batch.yaml"), path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliRewrite::putFakeTailscaleOnPath(QTemporaryDir &bin, const QString &statusFixture)
{
    QVERIFY(FakeTailscale::linkInto(bin.path()));
    m_process.environment().insert(QStringLiteral("FAKE_TAILSCALE_STATUS"),
                                   FakeTailscale::statusFixture(statusFixture));
    m_process.environment().insert(QStringLiteral("PATH"), FakeTailscale::pathWith(bin.path()));
}

void TestCliRewrite::allSkipsWhatTheProxyCannotCarry_data()
{
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<bool>("json");
    QTest::newRow("--all") << QStringList() << false;
    QTest::newRow("--all --json") << QStringList{QStringLiteral("--json")} << true;
}

// `--all` rewrites what can go through the proxy, leaves the rest alone and says why for
// each; exit 0.
void TestCliRewrite::allSkipsWhatTheProxyCannotCarry()
{
    QFETCH(QStringList, extraArgs);
    QFETCH(bool, json);
    const QString path = writeBatchKubeconfig();
    const KubetailorProcess::Result r =
        kubetailor(QStringList{QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path,
                               QStringLiteral("--all"), QStringLiteral("--fqdn"), fqdn} +
                   extraArgs);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    if (json) {
        const QJsonObject object = QJsonDocument::fromJson(r.outBytes).object();
        QCOMPARE(object.value(QStringLiteral("changedContexts")).toArray(),
                 (QJsonArray{QStringLiteral("onprem-token")}));
        const QJsonArray skipped = object.value(QStringLiteral("skippedContexts")).toArray();
        QCOMPARE(skipped.size(), 2);
        QCOMPARE(skipped.at(0)[QStringLiteral("context")].toString(),
                 QStringLiteral("onprem-cert"));
        QCOMPARE(skipped.at(0)[QStringLiteral("code")].toString(),
                 QStringLiteral("client-certificate"));
        QCOMPARE(skipped.at(1)[QStringLiteral("context")].toString(), QStringLiteral("kind-dev"));
        QCOMPARE(skipped.at(1)[QStringLiteral("code")].toString(), QStringLiteral("local"));
    } else {
        QVERIFY2(r.out.contains(QStringLiteral("Rewrote 1 context to go through ")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     QStringLiteral("Skipped 2 context(s) that cannot go through a noauth proxy:")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  onprem-cert: User \"cert-user\" signs in with "
                                               "a client certificate only")),
                 qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("  kind-dev: The server 127.0.0.1 is on this machine")),
            qPrintable(r.out));
        QVERIFY2(!r.err.contains(QStringLiteral("refusing")), qPrintable(r.err));
    }
    // kubectl reads the file back: only the eligible cluster goes through the proxy.
    const Entries clusters =
        entries(kubectlView(path), QStringLiteral("clusters"), QStringLiteral("cluster"));
    QCOMPARE(clusters.value(QStringLiteral("onprem-token"))[QStringLiteral("server")].toString(),
             proxyServer);
    QCOMPARE(clusters.value(QStringLiteral("onprem-cert"))[QStringLiteral("server")].toString(),
             QStringLiteral("https://10.0.0.6:6443"));
    QCOMPARE(clusters.value(QStringLiteral("kind-dev"))[QStringLiteral("server")].toString(),
             QStringLiteral("https://127.0.0.1:41235"));
}

void TestCliRewrite::namedIneligibleContextIsRefused_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("reason");
    QTest::newRow("client certificate")
        << QStringLiteral("onprem-cert") << QStringLiteral("client certificate only");
    QTest::newRow("kind on loopback")
        << QStringLiteral("kind-dev") << QStringLiteral("is on this machine");
}

// Naming one context the proxy cannot carry still refuses, with the reason.
void TestCliRewrite::namedIneligibleContextIsRefused()
{
    QFETCH(QString, context);
    QFETCH(QString, reason);
    const QString path = writeBatchKubeconfig();
    const QByteArray before = FixtureKubeconfigs::read(path);
    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path,
                    QStringLiteral("--context"), context, QStringLiteral("--fqdn"), fqdn});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("refusing to rewrite")), qPrintable(r.err));
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(FixtureKubeconfigs::read(path), before);
}

void TestCliRewrite::shortFqdn_data()
{
    QTest::addColumn<QString>("statusFixture"); // empty: no tailscale on PATH
    QTest::addColumn<bool>("force");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("refused, no tailscale: an example full name")
        << QString() << false << 2
        << QStringLiteral("e.g. --fqdn tailscale-operator.tail1234.ts.net");
    QTest::newRow("refused, the full name from tailscale status")
        << QStringLiteral("running-operator.json") << false << 2
        << QStringLiteral("Use --fqdn tailscale-operator.tail1234.ts.net (tailnet tail1234.ts.net, "
                          "from tailscale status)");
    QTest::newRow("--force writes it, with a warning")
        << QString() << true << 0 << QStringLiteral("is a short name");
}

// `rewrite --fqdn tailscale-operator`: kubectl would fail on the certificate.
void TestCliRewrite::shortFqdn()
{
    QFETCH(QString, statusFixture);
    QFETCH(bool, force);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("gke.yaml"));
    const QByteArray before = FixtureKubeconfigs::read(path);
    QTemporaryDir bin;
    if (!statusFixture.isEmpty())
        putFakeTailscaleOnPath(bin, statusFixture);
    else
        m_process.environment().insert(QStringLiteral("PATH"),
                                       m_bin.path() + QStringLiteral(":/usr/bin:/bin"));
    QStringList args{QStringLiteral("rewrite"),
                     QStringLiteral("--kubeconfig"),
                     path,
                     QStringLiteral("--all"),
                     QStringLiteral("--fqdn"),
                     QStringLiteral("tailscale-operator")};
    if (force)
        args << QStringLiteral("--force");
    const KubetailorProcess::Result r = kubetailor(args);
    m_process.environment() = m_baseEnvironment;
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
    const Entries clusters =
        entries(kubectlView(path), QStringLiteral("clusters"), QStringLiteral("cluster"));
    const QString server = clusters.first()[QStringLiteral("server")].toString();
    if (force) {
        QCOMPARE(server, QStringLiteral("https://tailscale-operator:443"));
    } else {
        QVERIFY2(r.err.contains(QStringLiteral("not a full name")), qPrintable(r.err));
        QCOMPARE(FixtureKubeconfigs::read(path), before);
    }
}

void TestCliRewrite::printsTheResultAndTouchesNothing()
{
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("eks.yaml"));
    const QByteArray bytes = FixtureKubeconfigs::read(path);
    const KubetailorProcess::Result r = kubetailor(
        {QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path, QStringLiteral("--all"),
         QStringLiteral("--fqdn"), fqdn, QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(FixtureKubeconfigs::read(path), bytes);
    QVERIFY(!QDir(QDir::homePath() + QStringLiteral("/.local/state/kubetailor/backups")).exists());

    // What was printed is a kubeconfig kubectl reads, with the cluster rewritten.
    const QString printed = m_dir + QStringLiteral("/printed.yaml");
    QVERIFY(FixtureKubeconfigs::write(printed, r.outBytes));
    const Entries clusters =
        entries(kubectlView(printed), QStringLiteral("clusters"), QStringLiteral("cluster"));
    QCOMPARE(clusters.size(), 1);
    QCOMPARE(clusters.first(), (QJsonObject{{QStringLiteral("server"), proxyServer}}));
    QCOMPARE(entries(kubectlView(printed), QStringLiteral("users"), QStringLiteral("user")),
             entries(kubectlView(path), QStringLiteral("users"), QStringLiteral("user")));
}

void TestCliRewrite::writesTheMergedResultToAnotherFile()
{
    const QString gke = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("gke.yaml"));
    const QString aks = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("aks.yaml"));
    const QByteArray gkeBytes = FixtureKubeconfigs::read(gke);
    const QByteArray aksBytes = FixtureKubeconfigs::read(aks);
    const QString out = m_dir + QStringLiteral("/merged.yaml");
    m_process.environment().insert(QStringLiteral("KUBECONFIG"), gke + QLatin1Char(':') + aks);
    const KubetailorProcess::Result r = kubetailor(
        {QStringLiteral("rewrite"), QStringLiteral("--context"), QStringLiteral("inventory"),
         QStringLiteral("--fqdn"), fqdn, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(out), qPrintable(r.out));
    QCOMPARE(FixtureKubeconfigs::read(gke), gkeBytes);
    QCOMPARE(FixtureKubeconfigs::read(aks), aksBytes);

    const QJsonObject merged = kubectlView(out);
    // Both files' contexts, current-context from the first file, only inventory rewritten.
    QCOMPARE(entries(merged, QStringLiteral("contexts"), QStringLiteral("context")).size(), 2);
    QCOMPARE(merged.value(QStringLiteral("current-context")).toString(),
             QStringLiteral("gke_acme-prod_us-central1_payments"));
    const Entries clusters = entries(merged, QStringLiteral("clusters"), QStringLiteral("cluster"));
    QCOMPARE(clusters.value(QStringLiteral("inventory")),
             (QJsonObject{{QStringLiteral("server"), proxyServer}}));
    QCOMPARE(clusters.value(QStringLiteral("gke_acme-prod_us-central1_payments")),
             entries(kubectlView(gke), QStringLiteral("clusters"), QStringLiteral("cluster"))
                 .value(QStringLiteral("gke_acme-prod_us-central1_payments")));
    QCOMPARE(QFile(out).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void TestCliRewrite::dryRunPrintsTheDiffAndWritesNothing()
{
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("gke.yaml"));
    const QByteArray bytes = FixtureKubeconfigs::read(path);
    const KubetailorProcess::Result r = kubetailor(
        {QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path, QStringLiteral("--all"),
         QStringLiteral("--fqdn"), fqdn, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("--- ") + path), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\n-    server: https://34.118.10.20\n")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\n+    server: ") + proxyServer + QLatin1Char('\n')),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\n-    certificate-authority-data: ")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("\n-      command:")));
    QCOMPARE(FixtureKubeconfigs::read(path), bytes);
}

void TestCliRewrite::jsonDescribesWhatWasWritten()
{
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("gke.yaml"));
    const KubetailorProcess::Result r = kubetailor(
        {QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path, QStringLiteral("--all"),
         QStringLiteral("--fqdn"), fqdn, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.outBytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("server")).toString(), proxyServer);
    QCOMPARE(json.value(QStringLiteral("changedContexts")).toArray(),
             (QJsonArray{QStringLiteral("gke_acme-prod_us-central1_payments")}));
    const QJsonObject file = json.value(QStringLiteral("files")).toArray().at(0).toObject();
    QCOMPARE(file.value(QStringLiteral("path")).toString(), path);
    QVERIFY(QFile::exists(file.value(QStringLiteral("backup")).toString()));
    QCOMPARE(FixtureKubeconfigs::read(file.value(QStringLiteral("backup")).toString()),
             FixtureKubeconfigs::read(FixtureKubeconfigs::fixturePath(QStringLiteral("gke.yaml"))));
}

void TestCliRewrite::hostnameAndTailnet_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("statusFixture"); // empty: no tailscale on PATH

    QTest::newRow("--hostname with --tailnet")
        << QStringList{QStringLiteral("--hostname"), QStringLiteral("tailscale-operator"),
                       QStringLiteral("--tailnet"), QStringLiteral("tail1234.ts.net")}
        << QString();
    QTest::newRow("--hostname, suffix from tailscale status")
        << QStringList{QStringLiteral("--hostname"), QStringLiteral("tailscale-operator")}
        << QStringLiteral("running-operator.json");
    QTest::newRow("--fqdn given as a URL is accepted")
        << QStringList{QStringLiteral("--fqdn"),
                       QStringLiteral("https://tailscale-operator.tail1234.ts.net:443")}
        << QString();
}

void TestCliRewrite::hostnameAndTailnet()
{
    QFETCH(QStringList, args);
    QFETCH(QString, statusFixture);
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("gke.yaml"));
    QTemporaryDir bin;
    if (!statusFixture.isEmpty()) {
        if (!QFile::exists(FakeTailscale::statusFixture(statusFixture)))
            QSKIP("no tailscale status fixture");
        putFakeTailscaleOnPath(bin, statusFixture);
    }
    const KubetailorProcess::Result r =
        kubetailor(QStringList{QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path,
                               QStringLiteral("--all"), QStringLiteral("-o"), QStringLiteral("-")} +
                   args);
    m_process.environment() = m_baseEnvironment;
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("server: ") + proxyServer), qPrintable(r.out + r.err));
}

// No tailscale on PATH and no --tailnet: one line that says what is missing and what to do,
// each piece once (the discovery's advice was wrapped in the same advice again).
void TestCliRewrite::hostnameWithoutTailscaleSaysItOnce()
{
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("gke.yaml"));
    const QByteArray before = FixtureKubeconfigs::read(path);
    QTemporaryDir emptyBin;
    m_process.environment().insert(QStringLiteral("PATH"), emptyBin.path());
    const KubetailorProcess::Result r = kubetailor(
        {QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path, QStringLiteral("--all"),
         QStringLiteral("--hostname"), QStringLiteral("tailscale-operator")});
    m_process.environment() = m_baseEnvironment;
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("tailscale-operator")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("not on PATH")), qPrintable(r.err));
    QCOMPARE(r.err.count(QStringLiteral("MagicDNS suffix")), 1);
    QCOMPARE(r.err.count(QStringLiteral("--tailnet SUFFIX")), 1);
    QCOMPARE(r.err.count(QStringLiteral("--fqdn")), 1);
    QCOMPARE(FixtureKubeconfigs::read(path), before);
}

void TestCliRewrite::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrContains");
    const QString ctx = QStringLiteral("gke_acme-prod_us-central1_payments");

    QTest::newRow("no context chosen") << QStringList{QStringLiteral("--fqdn"), fqdn}
                                       << QStringLiteral("--context NAME (repeatable) or --all");
    QTest::newRow("--context and --all")
        << QStringList{QStringLiteral("--context"), ctx, QStringLiteral("--all"),
                       QStringLiteral("--fqdn"), fqdn}
        << QStringLiteral("--context and --all exclude each other");
    QTest::newRow("no proxy name")
        << QStringList{QStringLiteral("--all")} << QStringLiteral("--fqdn FQDN, or --hostname H");
    QTest::newRow("--fqdn and --hostname")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--fqdn"), fqdn,
                       QStringLiteral("--hostname"), QStringLiteral("x")}
        << QStringLiteral("--fqdn and --hostname exclude each other");
    QTest::newRow("--tailnet without --hostname")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--fqdn"), fqdn,
                       QStringLiteral("--tailnet"), QStringLiteral("tail1234.ts.net")}
        << QStringLiteral("--tailnet goes with --hostname");
    QTest::newRow("--hostname with a dot")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--hostname"), fqdn,
                       QStringLiteral("--tailnet"), QStringLiteral("tail1234.ts.net")}
        << QStringLiteral("machine name only");
    QTest::newRow("--in-place and --new-context")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--fqdn"), fqdn,
                       QStringLiteral("--in-place"), QStringLiteral("--new-context")}
        << QStringLiteral("--in-place and --new-context exclude each other");
    QTest::newRow("--new-context=NAME with --all")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--fqdn"), fqdn,
                       QStringLiteral("--new-context=x")}
        << QStringLiteral("ONE context");
    QTest::newRow("--new-context NAME with --all")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--fqdn"), fqdn,
                       QStringLiteral("--new-context"), QStringLiteral("x")}
        << QStringLiteral("ONE context");
    QTest::newRow("--new-context, then a word starting with '-'")
        << QStringList{QStringLiteral("--context"),     ctx,
                       QStringLiteral("--fqdn"),        fqdn,
                       QStringLiteral("--new-context"), QStringLiteral("-dev")}
        << QStringLiteral("'-dev' after --new-context is not an option of this command; a name "
                          "that starts with '-' is given as --new-context=-dev");
    QTest::newRow("--new-context NAME, then a stray argument")
        << QStringList{QStringLiteral("--context"),
                       ctx,
                       QStringLiteral("--fqdn"),
                       fqdn,
                       QStringLiteral("--new-context"),
                       QStringLiteral("a"),
                       QStringLiteral("b")}
        << QStringLiteral("unexpected argument 'b'");
    QTest::newRow("--new-context after --")
        << QStringList{QStringLiteral("--context"), ctx,
                       QStringLiteral("--fqdn"),    fqdn,
                       QStringLiteral("--"),        QStringLiteral("--new-context"),
                       QStringLiteral("a")}
        << QStringLiteral("unexpected argument '--new-context'");
    QTest::newRow("--set-current with --all")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--fqdn"), fqdn,
                       QStringLiteral("--set-current")}
        << QStringLiteral("--set-current needs exactly one --context");
    QTest::newRow("-o and --dry-run") << QStringList{QStringLiteral("--all"),
                                                     QStringLiteral("--fqdn"),
                                                     fqdn,
                                                     QStringLiteral("-o"),
                                                     QStringLiteral("-"),
                                                     QStringLiteral("--dry-run")}
                                      << QStringLiteral("-o and --dry-run exclude each other");
    QTest::newRow("-o - and --json")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--fqdn"), fqdn,
                       QStringLiteral("-o"),    QStringLiteral("-"),      QStringLiteral("--json")}
        << QStringLiteral("choose one");
    QTest::newRow("a stray argument")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--fqdn"), fqdn,
                       QStringLiteral("extra")}
        << QStringLiteral("unexpected argument 'extra'");
    QTest::newRow("an invalid name")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--fqdn"),
                       QStringLiteral("tailscale_operator!")}
        << QStringLiteral("tailscale_operator!");
    QTest::newRow("an unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                       << QStringLiteral("Unknown option 'frobnicate'");
}

void TestCliRewrite::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrContains);
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("gke.yaml"));
    const QByteArray bytes = FixtureKubeconfigs::read(path);
    const KubetailorProcess::Result r = kubetailor(
        QStringList{QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errLines().constFirst().startsWith(QStringLiteral("kubetailor rewrite: ")),
             qPrintable(r.err));
    QVERIFY2(r.errLines().constFirst().contains(stderrContains), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(FixtureKubeconfigs::read(path), bytes);
}

void TestCliRewrite::failures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("unknown context")
        << QStringList{QStringLiteral("--context"), QStringLiteral("no-such-context")}
        << QStringLiteral("no-such-context");
    QTest::newRow("new context name taken")
        << QStringList{QStringLiteral("--context"),
                       QStringLiteral("gke_acme-prod_us-central1_payments"),
                       QStringLiteral("--new-context=gke_acme-prod_us-central1_payments")}
        << QStringLiteral("gke_acme-prod_us-central1_payments");
    QTest::newRow("--hostname, no tailscale to ask")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--hostname"),
                       QStringLiteral("tailscale-operator")}
        << QStringLiteral("--tailnet");
}

void TestCliRewrite::failures()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrContains);
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("gke.yaml"));
    const QByteArray bytes = FixtureKubeconfigs::read(path);
    QStringList command{QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path};
    if (!args.contains(QStringLiteral("--hostname")))
        command << QStringLiteral("--fqdn") << fqdn;
    else
        m_process.environment().insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
    const KubetailorProcess::Result r = kubetailor(command + args);
    m_process.environment() = m_baseEnvironment;
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
    QCOMPARE(FixtureKubeconfigs::read(path), bytes);
}

void TestCliRewrite::undoRestoresTheBytes()
{
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("aks.yaml"));
    const QByteArray bytes = FixtureKubeconfigs::read(path);
    QCOMPARE(kubetailor({QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path,
                         QStringLiteral("--all"), QStringLiteral("--fqdn"), fqdn})
                 .exitCode,
             0);
    QVERIFY(FixtureKubeconfigs::read(path) != bytes);

    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("undo"), QStringLiteral("--kubeconfig"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.startsWith(QStringLiteral("Restored ") + path + QStringLiteral(" from the backup ")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\n-    server: ") + proxyServer), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral(
                 "\n+    server: https://inventory-dns-5f3a9c1e.hcp.westeurope.azmk8s.io:443")),
             qPrintable(r.out));
    QCOMPARE(FixtureKubeconfigs::read(path), bytes);
}

void TestCliRewrite::undoWithoutBackupSaysSo()
{
    const QString path = FixtureKubeconfigs::copyInto(m_dir, QStringLiteral("gke.yaml"));
    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("undo"), QStringLiteral("--kubeconfig"), path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(QStringLiteral("no backup of ") + path), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliRewrite)
#include "tst_clirewrite.moc"
