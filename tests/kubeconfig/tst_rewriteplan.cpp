#include "kubeconfig/BackupStore.h"
#include "kubeconfig/KubeconfigSet.h"
#include "kubeconfig/RewritePlan.h"
#include "kubeconfig/tailnet/ProxyServerUrl.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/GeneratedKubeconfig.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <sys/stat.h>

using Section = KubeconfigDocument::Section;

static const QString Fqdn = QStringLiteral("tailscale-operator.tail1234.ts.net");
static const QString ProxyUrl = QStringLiteral("https://tailscale-operator.tail1234.ts.net:443");

// The rewrite, checked with the real kubectl: only the intended fields differ.
class TestRewritePlan : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void inPlace_data();
    void inPlace();
    void newContext_data();
    void newContext();
    void applyToWritesTheMergedResultToOneFile_data();
    void applyToWritesTheMergedResultToOneFile();
    void aPlanWithoutItsResultSetStillApplies();
    void keepCa();
    void keepCaAcrossFilesKeepsPathsResolving();
    void sharedClusterWarns();
    void clientCertificateRefusedUnlessForced();
    void warnings_data();
    void warnings();
    void errors_data();
    void errors();
    void setCurrent();
    void secondRunChangesNothing();
    void sameEndpointIsLeftAlone_data();
    void sameEndpointIsLeftAlone();
    void quotedStringsSurviveForKubectl();
    void diffIsReadable();
    void twoThousandContextsFast();

private:
    static RewriteOptions options(const QStringList &contexts);
    QJsonObject view(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BackupStore> m_backups;
    KubectlRunner m_kubectl;
};

void TestRewritePlan::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backups = std::make_unique<BackupStore>(m_dir->filePath(QStringLiteral("backups")));
}

RewriteOptions TestRewritePlan::options(const QStringList &contexts)
{
    RewriteOptions options;
    options.contexts = contexts;
    options.fqdn = Fqdn;
    options.pluginExists = [](const QString &, const QString &) {
        return true;
    };
    return options;
}

QJsonObject TestRewritePlan::view(const QString &file)
{
    QString error;
    const QJsonObject result = KubectlConfigView::read(m_kubectl, file, &error);
    if (result.isEmpty())
        qWarning("kubectl config view %s failed: %s", qPrintable(file), qPrintable(error));
    return result;
}

// Every entry of every section is the same in both views, except `expected` (section ->
// name -> inner object) which must be exactly as given (an empty object: must not exist).
static void compareViews(const QJsonObject &before, const QJsonObject &after,
                         const QHash<QString, QHash<QString, QJsonObject>> &expected)
{
    for (const QString &section :
         {QStringLiteral("clusters"), QStringLiteral("contexts"), QStringLiteral("users")}) {
        QStringList names = KubectlConfigView::names(before, section);
        const QHash<QString, QJsonObject> changed = expected.value(section);
        for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
            if (!names.contains(it.key()))
                names << it.key();
        }
        QStringList afterNames = KubectlConfigView::names(after, section);
        for (const QString &name : std::as_const(names)) {
            const QJsonObject got = KubectlConfigView::namedEntry(after, section, name);
            const QJsonObject want = changed.contains(name)
                                         ? changed.value(name)
                                         : KubectlConfigView::namedEntry(before, section, name);
            if (got != want) {
                QFAIL(qPrintable(
                    QStringLiteral("%1 %2:\n got  %3\n want %4")
                        .arg(section, name,
                             QString::fromUtf8(QJsonDocument(got).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(
                                 QJsonDocument(want).toJson(QJsonDocument::Compact)))));
            }
            afterNames.removeAll(name);
        }
        QVERIFY2(afterNames.isEmpty(), qPrintable(section + QStringLiteral(" unexpected: ") +
                                                  afterNames.join(QLatin1Char(','))));
    }
}

static QJsonObject rewrittenCluster(QJsonObject cluster, bool keepCa = false)
{
    cluster.insert(QStringLiteral("server"), ProxyUrl);
    if (!keepCa) {
        cluster.remove(QStringLiteral("certificate-authority-data"));
        cluster.remove(QStringLiteral("certificate-authority"));
    }
    cluster.remove(QStringLiteral("insecure-skip-tls-verify"));
    cluster.remove(QStringLiteral("tls-server-name"));
    return cluster;
}

void TestRewritePlan::inPlace_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("context");
    QTest::newRow("GKE") << QStringLiteral("gke.yaml")
                         << QStringLiteral("gke_acme-prod_us-central1_payments");
    QTest::newRow("EKS") << QStringLiteral("eks.yaml")
                         << QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders");
    QTest::newRow("AKS (env: null, installHint block)")
        << QStringLiteral("aks.yaml") << QStringLiteral("inventory");
    QTest::newRow("quoted-looking strings")
        << QStringLiteral("quoted-strings.yaml") << QStringLiteral("gke_acme_europe-west1_quoted");
}

void TestRewritePlan::inPlace()
{
    QFETCH(QString, fixture);
    QFETCH(QString, context);
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl found ($KUBECTL)");
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), fixture);
    const QJsonObject before = view(file);
    QVERIFY(!before.isEmpty());

    const Result<KubeconfigSet> set = KubeconfigSet::load({file});
    QVERIFY2(set.ok(), qPrintable(set.error()));
    const Result<RewritePlan> plan = RewritePlan::build(set.value(), options({context}));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QVERIFY(!plan.value().blocked());
    QCOMPARE(plan.value().changedContexts(), QStringList{context});
    const Result<ApplyReport> report = plan.value().apply(m_backups.get());
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report.value().filesWritten, QStringList{file});
    QCOMPARE(m_backups->list(file).size(), 1);

    const QJsonObject after = view(file);
    const QString cluster = set.value().context(context)->clusterName;
    compareViews(before, after,
                 {{QStringLiteral("clusters"),
                   {{cluster, rewrittenCluster(KubectlConfigView::namedEntry(
                                  before, QStringLiteral("clusters"), cluster))}}}});
    QCOMPARE(after.value(QStringLiteral("current-context")),
             before.value(QStringLiteral("current-context")));
    struct stat st;
    QVERIFY(::stat(QFile::encodeName(file).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
}

void TestRewritePlan::newContext_data()
{
    QTest::addColumn<QString>("customName");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("default name <ctx>-tailnet")
        << QString() << QStringLiteral("gke_acme-prod_us-central1_payments-tailnet");
    QTest::newRow("custom name") << QStringLiteral("payments-ts") << QStringLiteral("payments-ts");
}

void TestRewritePlan::newContext()
{
    QFETCH(QString, customName);
    QFETCH(QString, expectedName);
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl found ($KUBECTL)");
    const QString context = QStringLiteral("gke_acme-prod_us-central1_payments");
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("gke.yaml"));
    const QJsonObject before = view(file);
    const Result<KubeconfigSet> set = KubeconfigSet::load({file});
    RewriteOptions opts = options({context});
    opts.mode = RewriteOptions::Mode::NewContext;
    opts.newContextName = customName;
    const Result<RewritePlan> plan = RewritePlan::build(set.value(), opts);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value().changedContexts(), QStringList{expectedName});
    QVERIFY2(plan.value().apply(m_backups.get()).ok(), "apply failed");

    const QJsonObject after = view(file);
    const QString newCluster = context + QStringLiteral("-tailnet");
    QJsonObject newContextEntry =
        KubectlConfigView::namedEntry(before, QStringLiteral("contexts"), context);
    newContextEntry.insert(QStringLiteral("cluster"), newCluster);
    compareViews(before, after,
                 {{QStringLiteral("clusters"),
                   {{newCluster, rewrittenCluster(KubectlConfigView::namedEntry(
                                     before, QStringLiteral("clusters"), context))}}},
                  {QStringLiteral("contexts"), {{expectedName, newContextEntry}}}});
    // The same user entry: the exec plugin is shared, not copied.
    QCOMPARE(KubectlConfigView::names(after, QStringLiteral("users")), QStringList{context});
    QCOMPARE(after.value(QStringLiteral("current-context")).toString(), context);
}

void TestRewritePlan::applyToWritesTheMergedResultToOneFile_data()
{
    QTest::addColumn<bool>("outputExists");
    QTest::newRow("a new file") << false;
    QTest::newRow("an existing file, with a backup of what it held") << true;
}

// `rewrite -o FILE`: the plan goes to one destination file as a whole kubeconfig that
// kubectl reads; the kubeconfig the plan was built from stays byte for byte.
void TestRewritePlan::applyToWritesTheMergedResultToOneFile()
{
    QFETCH(bool, outputExists);
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl found ($KUBECTL)");
    const QString context = QStringLiteral("gke_acme-prod_us-central1_payments");
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("gke.yaml"));
    const QByteArray source = FixtureKubeconfigs::read(file);
    const QJsonObject before = view(file);
    const QString output = m_dir->filePath(QStringLiteral("out/routed.yaml"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("out"))));
    if (outputExists) {
        QFile old(output);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("apiVersion: v1\nkind: Config\n");
    }

    const Result<RewritePlan> plan =
        RewritePlan::build(KubeconfigSet::load({file}).value(), options({context}));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const Result<ApplyReport> report = plan.value().applyTo(output, m_backups.get());
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report.value().filesWritten, QStringList{output});
    QCOMPARE(m_backups->list(output).size(), outputExists ? 1 : 0);
    QVERIFY(m_backups->list(file).isEmpty());

    QCOMPARE(FixtureKubeconfigs::read(file), source);
    const QJsonObject after = view(output);
    QVERIFY(!after.isEmpty());
    compareViews(before, after,
                 {{QStringLiteral("clusters"),
                   {{context, rewrittenCluster(KubectlConfigView::namedEntry(
                                  before, QStringLiteral("clusters"), context))}}}});
    QCOMPARE(ProxyServerUrl::forHost(Fqdn), ProxyUrl);
}

// The window keeps a plan for its preview and Apply, without the edited tree: the same
// bytes are written, and kubectl reads them; only `-o FILE` (the merged result) needs it.
void TestRewritePlan::aPlanWithoutItsResultSetStillApplies()
{
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl found ($KUBECTL)");
    const QString context = QStringLiteral("gke_acme-prod_us-central1_payments");
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("gke.yaml"));
    const QJsonObject before = view(file);
    Result<RewritePlan> plan =
        RewritePlan::build(KubeconfigSet::load({file}).value(), options({context}));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QMap<QString, QByteArray> results = plan.value().results();
    const QString diff = plan.value().diff();
    QVERIFY(plan.value().resultSet().documentCount() > 0);

    plan.value().releaseResultSet();
    QCOMPARE(plan.value().resultSet().documentCount(), 0);
    QCOMPARE(plan.value().results(), results);
    QCOMPARE(plan.value().diff(), diff);
    const QString output = m_dir->filePath(QStringLiteral("merged.yaml"));
    const Result<ApplyReport> merged = plan.value().applyTo(output, m_backups.get());
    QVERIFY(!merged);
    QVERIFY2(merged.error().contains(output) && merged.error().contains(QStringLiteral("again")),
             qPrintable(merged.error()));
    QVERIFY(!QFile::exists(output));

    const Result<ApplyReport> report = plan.value().apply(m_backups.get());
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(FixtureKubeconfigs::read(file), results.value(file));
    const QJsonObject after = view(file);
    const QString cluster = KubeconfigSet::load({file}).value().context(context)->clusterName;
    compareViews(before, after,
                 {{QStringLiteral("clusters"),
                   {{cluster, rewrittenCluster(KubectlConfigView::namedEntry(
                                  before, QStringLiteral("clusters"), cluster))}}}});
}

void TestRewritePlan::keepCa()
{
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl found ($KUBECTL)");
    const QString context = QStringLiteral("inventory");
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("aks.yaml"));
    const QJsonObject before = view(file);
    RewriteOptions opts = options({context});
    opts.keepCa = true;
    const Result<RewritePlan> plan = RewritePlan::build(KubeconfigSet::load({file}).value(), opts);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QVERIFY(plan.value().apply(m_backups.get()).ok());
    const QJsonObject after = view(file);
    compareViews(before, after,
                 {{QStringLiteral("clusters"),
                   {{context, rewrittenCluster(KubectlConfigView::namedEntry(
                                                   before, QStringLiteral("clusters"), context),
                                               true)}}}});
    QVERIFY(!KubectlConfigView::namedEntry(after, QStringLiteral("clusters"), context)
                 .value(QStringLiteral("certificate-authority-data"))
                 .toString()
                 .isEmpty());
}

// A context in A/config whose cluster is in B/config with `certificate-authority:
// pki/ca.crt`: the new cluster lands in A/config, so kubectl must still find B's CA file.
void TestRewritePlan::keepCaAcrossFilesKeepsPathsResolving()
{
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl found ($KUBECTL)");
    const QDir root(m_dir->path());
    QVERIFY(root.mkpath(QStringLiteral("A")) && root.mkpath(QStringLiteral("B/pki")));
    const QString a = root.filePath(QStringLiteral("A/config"));
    const QString b = root.filePath(QStringLiteral("B/config"));
    const auto write = [](const QString &path, const QByteArray &content) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    };
    QVERIFY(write(root.filePath(QStringLiteral("B/pki/ca.crt")), "not checked by config view\n"));
    QVERIFY(write(a, "apiVersion: v1\nkind: Config\ncontexts:\n- name: x\n  context:\n"
                     "    cluster: c\n    user: u\nusers:\n- name: u\n  user:\n    token: t\n"));
    QVERIFY(write(b, "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                     "    server: https://1.2.3.4\n    certificate-authority: pki/ca.crt\n"));
    RewriteOptions opts = options({QStringLiteral("x")});
    opts.mode = RewriteOptions::Mode::NewContext;
    opts.keepCa = true;
    const Result<KubeconfigSet> set = KubeconfigSet::load({a, b});
    QVERIFY2(set.ok(), qPrintable(set.error()));
    const Result<RewritePlan> plan = RewritePlan::build(set.value(), opts);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QVERIFY(plan.value().apply(m_backups.get()).ok());

    // kubectl's merged view resolves every relative path against its own file's folder.
    QString error;
    const QJsonObject merged = KubectlConfigView::readMerged(m_kubectl, {a, b}, &error);
    QVERIFY2(!merged.isEmpty(), qPrintable(error));
    const QJsonObject context = KubectlConfigView::namedEntry(merged, QStringLiteral("contexts"),
                                                              QStringLiteral("x-tailnet"));
    const QJsonObject cluster = KubectlConfigView::namedEntry(
        merged, QStringLiteral("clusters"), context.value(QStringLiteral("cluster")).toString());
    QCOMPARE(cluster.value(QStringLiteral("certificate-authority")).toString(),
             root.filePath(QStringLiteral("B/pki/ca.crt")));
    QCOMPARE(cluster.value(QStringLiteral("server")).toString(),
             QStringLiteral("https://") + Fqdn + QStringLiteral(":443"));
}

void TestRewritePlan::sharedClusterWarns()
{
    const QString file =
        FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("mixed-auth.yaml"));
    const Result<KubeconfigSet> set = KubeconfigSet::load({file});
    const Result<RewritePlan> plan = RewritePlan::build(
        set.value(), options({QStringLiteral("gke_acme-prod_us-central1_payments")}));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    bool found = false;
    for (const RewriteWarning &w : plan.value().warnings()) {
        if (w.code == QLatin1String("shared-cluster")) {
            found = true;
            QCOMPARE(w.severity, RewriteWarning::Severity::Warning);
            QVERIFY2(w.message.contains(QStringLiteral("context \"billing\"")),
                     qPrintable(w.message));
        }
    }
    QVERIFY(found);

    // Rewriting both contexts: nobody else is affected, no warning.
    const Result<RewritePlan> both = RewritePlan::build(
        set.value(),
        options({QStringLiteral("gke_acme-prod_us-central1_payments"), QStringLiteral("billing")}));
    QVERIFY(both.ok());
    for (const RewriteWarning &w : both.value().warnings())
        QVERIFY(w.code != QLatin1String("shared-cluster"));
    // New-context mode leaves the shared cluster alone: no warning either.
    RewriteOptions sibling = options({QStringLiteral("gke_acme-prod_us-central1_payments")});
    sibling.mode = RewriteOptions::Mode::NewContext;
    const Result<RewritePlan> separate = RewritePlan::build(set.value(), sibling);
    QVERIFY(separate.ok());
    for (const RewriteWarning &w : separate.value().warnings())
        QVERIFY(w.code != QLatin1String("shared-cluster"));
}

void TestRewritePlan::clientCertificateRefusedUnlessForced()
{
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("k3s.yaml"));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray original = in.readAll();
    in.close();
    const Result<KubeconfigSet> set = KubeconfigSet::load({file});

    const Result<RewritePlan> plan =
        RewritePlan::build(set.value(), options({QStringLiteral("default")}));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QVERIFY(plan.value().blocked());
    // k3s on 127.0.0.1 is a local cluster too (local-cluster, also Blocking).
    RewriteWarning w;
    for (const RewriteWarning &each : plan.value().warnings()) {
        if (each.code == QLatin1String("client-certificate-only"))
            w = each;
    }
    QCOMPARE(w.code, QStringLiteral("client-certificate-only"));
    QCOMPARE(w.severity, RewriteWarning::Severity::Blocking);
    QVERIFY2(w.message.contains(QStringLiteral("terminates TLS")), qPrintable(w.message));
    QVERIFY2(w.message.contains(QStringLiteral("passthrough")), qPrintable(w.message));
    const Result<ApplyReport> refused = plan.value().apply(m_backups.get());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().startsWith(QStringLiteral("refusing to rewrite: default: ")) &&
                 refused.error().contains(QStringLiteral("default: user \"default\"")),
             qPrintable(refused.error()));
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), original);

    RewriteOptions forced = options({QStringLiteral("default")});
    forced.force = true;
    const Result<RewritePlan> forcedPlan = RewritePlan::build(set.value(), forced);
    QVERIFY(!forcedPlan.value().blocked());
    QCOMPARE(forcedPlan.value().warnings().constFirst().severity,
             RewriteWarning::Severity::Warning);
    QVERIFY(forcedPlan.value().apply(m_backups.get()).ok());
    const Result<KubeconfigSet> reread = KubeconfigSet::load({file});
    QCOMPARE(reread.value().context(QStringLiteral("default"))->server, ProxyUrl);
}

void TestRewritePlan::warnings_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("fqdn");
    QTest::addColumn<bool>("pluginInstalled");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("legacy auth-provider")
        << QStringLiteral("billing") << Fqdn << true << QStringLiteral("auth-provider")
        << QStringLiteral("removed from kubectl since 1.26");
    QTest::newRow("proxy-url set")
        << QStringLiteral("corp") << Fqdn << true << QStringLiteral("proxy-url")
        << QStringLiteral("proxy-url http://proxy.corp.example:3128");
    QTest::newRow("exec plugin missing: installHint shown")
        << QStringLiteral("gke_acme-prod_us-central1_payments") << Fqdn << false
        << QStringLiteral("exec-plugin-missing")
        << QStringLiteral("Install gke-gcloud-auth-plugin for use with kubectl by following");
    QTest::newRow("short host name")
        << QStringLiteral("corp") << QStringLiteral("tailscale-operator") << true
        << QStringLiteral("short-name") << QStringLiteral("tailscale-operator is a short name");
    QTest::newRow("not under .ts.net")
        << QStringLiteral("corp") << QStringLiteral("k8s.example.com") << true
        << QStringLiteral("not-ts-net") << QStringLiteral("k8s.example.com is not under .ts.net");
}

void TestRewritePlan::warnings()
{
    QFETCH(QString, context);
    QFETCH(QString, fqdn);
    QFETCH(bool, pluginInstalled);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const Result<KubeconfigSet> set = KubeconfigSet::load(
        {FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("mixed-auth.yaml"))});
    RewriteOptions opts = options({context});
    opts.fqdn = fqdn;
    opts.pluginExists = [pluginInstalled](const QString &, const QString &) {
        return pluginInstalled;
    };
    const Result<RewritePlan> plan = RewritePlan::build(set.value(), opts);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QVERIFY(!plan.value().blocked());
    QStringList seen;
    for (const RewriteWarning &w : plan.value().warnings()) {
        seen << w.code;
        if (w.code == code) {
            QVERIFY2(w.message.contains(messagePart), qPrintable(w.message));
            return;
        }
    }
    QFAIL(
        qPrintable(QStringLiteral("no %1 warning; got %2").arg(code, seen.join(QLatin1Char(',')))));
}

void TestRewritePlan::errors_data()
{
    QTest::addColumn<QStringList>("contexts");
    QTest::addColumn<QString>("fqdn");
    QTest::addColumn<QString>("error");
    QTest::newRow("invalid DNS name")
        << QStringList{QStringLiteral("corp")} << QStringLiteral("tailscale_operator!.ts.net")
        << QStringLiteral("tailscale_operator!.ts.net: not a valid DNS name: "
                          "\"tailscale_operator!\" is not a label");
    QTest::newRow("unknown context") << QStringList{QStringLiteral("nope")} << Fqdn
                                     << QStringLiteral("no context named \"nope\" in ");
    QTest::newRow("context with a missing cluster")
        << QStringList{QStringLiteral("broken")} << Fqdn
        << QStringLiteral("cannot rewrite context \"broken\": context \"broken\" refers to cluster "
                          "\"missing-cluster\"");
    QTest::newRow("no context") << QStringList{} << Fqdn << QStringLiteral("no context chosen");
}

void TestRewritePlan::errors()
{
    QFETCH(QStringList, contexts);
    QFETCH(QString, fqdn);
    QFETCH(QString, error);
    const Result<KubeconfigSet> set = KubeconfigSet::load(
        {FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("mixed-auth.yaml"))});
    RewriteOptions opts = options(contexts);
    opts.fqdn = fqdn;
    const Result<RewritePlan> plan = RewritePlan::build(set.value(), opts);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(error), qPrintable(plan.error()));
}

void TestRewritePlan::setCurrent()
{
    const QString file =
        FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("mixed-auth.yaml"));
    RewriteOptions opts = options({QStringLiteral("gke_acme-prod_us-central1_payments")});
    opts.mode = RewriteOptions::Mode::NewContext;
    opts.setCurrent = true;
    const Result<RewritePlan> plan = RewritePlan::build(KubeconfigSet::load({file}).value(), opts);
    QVERIFY(plan.ok());
    QVERIFY(plan.value().apply(m_backups.get()).ok());
    QCOMPARE(KubeconfigSet::load({file}).value().currentContext(),
             QStringLiteral("gke_acme-prod_us-central1_payments-tailnet"));
}

void TestRewritePlan::secondRunChangesNothing()
{
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("eks.yaml"));
    const QString context = QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders");
    QVERIFY(RewritePlan::build(KubeconfigSet::load({file}).value(), options({context}))
                .value()
                .apply(m_backups.get())
                .ok());
    const Result<RewritePlan> again =
        RewritePlan::build(KubeconfigSet::load({file}).value(), options({context}));
    QVERIFY(again.ok());
    QVERIFY(again.value().isEmpty());
    QCOMPARE(again.value().unchangedContexts(), QStringList{context});
    QCOMPARE(KubeconfigSet::load({file}).value().context(context)->viaTailnet, true);
}

// For kubectl `https://h`, `https://h:443` and `https://H:443/` are the same endpoint: a
// context already there is left alone (the docs' promise), the file not touched.
void TestRewritePlan::sameEndpointIsLeftAlone_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("no port") << QStringLiteral("https://") + Fqdn;
    QTest::newRow("trailing slash") << QStringLiteral("https://") + Fqdn + QStringLiteral(":443/");
    QTest::newRow("upper case host") << QStringLiteral("https://") + Fqdn.toUpper();
}

void TestRewritePlan::sameEndpointIsLeftAlone()
{
    QFETCH(QString, server);
    const QString file = m_dir->filePath(QStringLiteral("config"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: " +
              server.toUtf8() +
              "\ncontexts:\n- name: x\n  context:\n    cluster: c\n    user: u\n"
              "users:\n- name: u\n  user:\n    token: t\n");
    out.close();
    for (const bool all : {false, true}) {
        RewriteOptions opts = options(all ? QStringList() : QStringList{QStringLiteral("x")});
        opts.all = all;
        const Result<RewritePlan> plan =
            RewritePlan::build(KubeconfigSet::load({file}).value(), opts);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY2(plan.value().isEmpty(), qPrintable(plan.value().diff()));
        QCOMPARE(plan.value().unchangedContexts(), QStringList{QStringLiteral("x")});
    }
}

void TestRewritePlan::quotedStringsSurviveForKubectl()
{
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl found ($KUBECTL)");
    const QString file =
        FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("quoted-strings.yaml"));
    const QString context = QStringLiteral("gke_acme_europe-west1_quoted");
    QVERIFY(RewritePlan::build(KubeconfigSet::load({file}).value(), options({context}))
                .value()
                .apply(m_backups.get())
                .ok());
    const QJsonObject exec =
        KubectlConfigView::namedEntry(view(file), QStringLiteral("users"), context)
            .value(QStringLiteral("exec"))
            .toObject();
    QStringList args;
    for (const QJsonValue &arg : exec.value(QStringLiteral("args")).toArray())
        args << arg.toString();
    QCOMPARE(args,
             (QStringList{QStringLiteral("0123"), QStringLiteral("true"), QString(),
                          QStringLiteral("null"), QStringLiteral("~"), QStringLiteral("yes"),
                          QStringLiteral("1.30"), QStringLiteral("1e3"), QStringLiteral("0x1F"),
                          QStringLiteral("12:30"), QStringLiteral(": starts with a colon"),
                          QStringLiteral("# not a comment"), QStringLiteral("- dash"),
                          QStringLiteral("trailing space "), QStringLiteral("tab\there"),
                          QStringLiteral("--flag=value")}));
    QCOMPARE(
        exec.value(QStringLiteral("env")).toArray().at(0).toObject().value(QStringLiteral("value")),
        QJsonValue(QStringLiteral("True")));
    QCOMPARE(KubectlConfigView::namedEntry(view(file), QStringLiteral("contexts"), context)
                 .value(QStringLiteral("namespace")),
             QJsonValue(QStringLiteral("no")));
}

void TestRewritePlan::diffIsReadable()
{
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("gke.yaml"));
    const Result<RewritePlan> plan =
        RewritePlan::build(KubeconfigSet::load({file}).value(),
                           options({QStringLiteral("gke_acme-prod_us-central1_payments")}));
    const QString diff = plan.value().diff();
    QVERIFY2(diff.startsWith(
                 QStringLiteral("--- %1 (before)\n+++ %1 (after)\n@@ -1,8 +1,7 @@\n").arg(file)),
             qPrintable(diff));
    QVERIFY(diff.contains(QStringLiteral("\n-    certificate-authority-data: LS0t")));
    QVERIFY(diff.contains(QStringLiteral("\n-    server: https://34.118.10.20\n+    server: ") +
                          ProxyUrl + QLatin1Char('\n')));
    QVERIFY(diff.contains(QStringLiteral("\n   name: gke_acme-prod_us-central1_payments\n")));
    QCOMPARE(diff.count(QStringLiteral("\n-")), 2);
    QCOMPARE(diff.count(QStringLiteral("\n+")), 2); // "+++" and the new server
}

void TestRewritePlan::twoThousandContextsFast()
{
    const QByteArray yaml = GeneratedKubeconfig::gkeShaped(2000);
    const QString file = m_dir->filePath(QStringLiteral("many.yaml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(yaml);
    out.close();

    // CPU time: the wall clock depends on what else the machine runs.
    const std::clock_t cpuStart = std::clock();
    auto cpuMs = [&] {
        return qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    };
    QElapsedTimer timer;
    timer.start();
    const Result<KubeconfigSet> set = KubeconfigSet::load({file});
    QVERIFY(set.ok());
    const qint64 loadMs = cpuMs();
    RewriteOptions opts = options({});
    opts.all = true;
    const Result<RewritePlan> plan = RewritePlan::build(set.value(), opts);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const qint64 planMs = cpuMs() - loadMs;
    QCOMPARE(plan.value().changedContexts().size(), 2000);
    const QByteArray result = plan.value().results().value(file);
    const qint64 totalMs = cpuMs();
    const qint64 wallMs = timer.elapsed();
    QCOMPARE(result.count("server: https://tailscale-operator.tail1234.ts.net:443\n"), 2000);
    QVERIFY(!result.contains("certificate-authority-data"));
    timer.restart();
    const QString diff = plan.value().diff();
    const qint64 diffMs = timer.elapsed();
    QCOMPARE(diff.count(QStringLiteral("\n+    server: ")), 2000);
    qInfo("2,000 GKE contexts (CPU): load %lld ms, plan + serialize %lld ms, total %lld ms "
          "(%lld ms wall); diff %lld ms wall",
          loadMs, planMs, totalMs, wallMs, diffMs);
    QVERIFY2(totalMs < 1000, qPrintable(QStringLiteral("took %1 ms CPU").arg(totalMs)));
}

QTEST_GUILESS_MAIN(TestRewritePlan)
#include "tst_rewriteplan.moc"
