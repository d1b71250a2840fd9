// A user's undo on the command line after another program wrote the kubeconfig in between:
// `kubetailor rewrite`, then the real kubectl or a stand-in `gcloud get-credentials`, then
// `kubetailor undo`. What the user checks: kubectl's view of the file, and what undo said.
#include "tests/support/FakeGcloud.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"
#include "tests/support/KubetailorProcess.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Gke = QStringLiteral("gke_acme-prod_us-central1_payments");
const QString GkeServer = QStringLiteral("https://34.118.10.20");
const QString Fqdn = QStringLiteral("tailscale-operator.tail1234.ts.net");
} // namespace

class TestUndoJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void kubectlAddsAContextBetweenRewriteAndUndo();
    void gcloudWritesTheSameClusterAgain();
    void gcloudWritesANewEndpointThenUndoRefusesUntilForced();
    void aRewriteOfTwoListedFilesIsUndoneInBoth();

private:
    KubetailorProcess::Result kubetailor(const QStringList &args) { return m_process.run(args); }
    void rewrite();
    QJsonObject view();
    QJsonObject cluster()
    {
        return KubectlConfigView::namedEntry(view(), QStringLiteral("clusters"), Gke);
    }

    KubectlRunner m_kubectl;
    KubetailorProcess m_process;
    QTemporaryDir m_work;
    QString m_config;
};

void TestUndoJourney::initTestCase()
{
    QVERIFY2(m_process.isValid(), "KUBETAILOR_EXE must point at the built kubetailor");
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl ($KUBECTL) to change the file and read it back");
}

void TestUndoJourney::init()
{
    QDir(QDir::homePath() + QStringLiteral("/.local/state/kubetailor")).removeRecursively();
    QDir(FixtureKubeconfigs::kubeDir()).removeRecursively();
    m_config = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("gke.yaml"), m_config));
    m_kubectl.setKubeconfig(m_config);
    m_process.environment().remove(QStringLiteral("KUBECONFIG"));
}

void TestUndoJourney::rewrite()
{
    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("rewrite"), QStringLiteral("--context"), Gke,
                    QStringLiteral("--fqdn"), Fqdn, QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(cluster().value(QStringLiteral("server")).toString(),
             QStringLiteral("https://") + Fqdn + QStringLiteral(":443"));
}

QJsonObject TestUndoJourney::view()
{
    QString error;
    const QJsonObject result = KubectlConfigView::read(m_kubectl, m_config, &error);
    if (result.isEmpty())
        qWarning("kubectl config view failed: %s", qPrintable(error));
    return result;
}

void TestUndoJourney::kubectlAddsAContextBetweenRewriteAndUndo()
{
    const QJsonObject original = cluster();
    rewrite();
    const KubectlRunner::Result added =
        m_kubectl.run({QStringLiteral("config"), QStringLiteral("set-context"),
                       QStringLiteral("staging-new"), QStringLiteral("--cluster=") + Gke,
                       QStringLiteral("--user=") + Gke, QStringLiteral("--namespace=staging")});
    QVERIFY2(added.exitCode == 0, added.err.constData());

    const KubetailorProcess::Result r = kubetailor({QStringLiteral("undo")});
    QCOMPARE(r.exitCode, 0);
    // kubectl's context is still there, and the cluster reaches its server directly again.
    const QJsonObject after = view();
    QCOMPARE(KubectlConfigView::names(after, QStringLiteral("contexts")),
             (QStringList{Gke, QStringLiteral("staging-new")}));
    QCOMPARE(KubectlConfigView::namedEntry(after, QStringLiteral("contexts"),
                                           QStringLiteral("staging-new"))
                 .value(QStringLiteral("namespace"))
                 .toString(),
             QStringLiteral("staging"));
    QCOMPARE(KubectlConfigView::namedEntry(after, QStringLiteral("clusters"), Gke), original);
    QVERIFY2(r.out.contains(QStringLiteral("entry by entry")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("cluster \"%1\": put back as it was before "
                                           "kubetailor's change")
                                .arg(Gke)),
             qPrintable(r.out));
}

void TestUndoJourney::gcloudWritesTheSameClusterAgain()
{
    rewrite();
    const QString failed = FakeGcloud::getCredentials(m_config, m_kubectl.program(), m_work.path());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(cluster().value(QStringLiteral("server")).toString(), GkeServer);
    const QByteArray gcloudWrote = FixtureKubeconfigs::read(m_config);

    const KubetailorProcess::Result r = kubetailor({QStringLiteral("undo")});
    QCOMPARE(r.exitCode, 0);
    // gcloud's write stays: it already is what undo would put back.
    QCOMPARE(FixtureKubeconfigs::read(m_config), gcloudWrote);
    QVERIFY2(r.out.contains(QStringLiteral("cluster \"%1\": already as it was before "
                                           "kubetailor's change")
                                .arg(Gke)),
             qPrintable(r.out));
}

void TestUndoJourney::gcloudWritesANewEndpointThenUndoRefusesUntilForced()
{
    const QJsonObject original = cluster();
    rewrite();
    // The cluster was re-created: gcloud writes its new endpoint.
    FakeGcloud::Cluster recreated;
    recreated.endpoint = QStringLiteral("34.118.99.1");
    const QString failed =
        FakeGcloud::getCredentials(m_config, m_kubectl.program(), m_work.path(), recreated);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QByteArray gcloudWrote = FixtureKubeconfigs::read(m_config);

    const KubetailorProcess::Result refused = kubetailor({QStringLiteral("undo")});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.errLines().size(), 1);
    QVERIFY2(refused.err.contains(QStringLiteral("cluster \"%1\": changed by another program "
                                                 "since kubetailor's change")
                                      .arg(Gke)),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("nothing was changed")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
    QCOMPARE(FixtureKubeconfigs::read(m_config), gcloudWrote);

    const KubetailorProcess::Result forced =
        kubetailor({QStringLiteral("undo"), QStringLiteral("--force")});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY2(forced.out.contains(QStringLiteral("put back anyway (--force)")),
             qPrintable(forced.out));
    QCOMPARE(cluster(), original);
}

// A KUBECONFIG list of two files (GKE's and EKS's), one `rewrite --all` changing both, kubectl
// adding a context in between, then `undo`: both files go back (only the newer one did).
void TestUndoJourney::aRewriteOfTwoListedFilesIsUndoneInBoth()
{
    const QString eks = FixtureKubeconfigs::kubeDir() + QStringLiteral("/eks.yaml");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("eks.yaml"), eks));
    const QString list = m_config + QLatin1Char(':') + eks;
    m_kubectl.setKubeconfig(list);
    m_process.environment().insert(QStringLiteral("KUBECONFIG"), list);
    QString error;
    const QJsonObject original = KubectlConfigView::readMerged(m_kubectl, {m_config, eks}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList clusters = KubectlConfigView::names(original, QStringLiteral("clusters"));
    QCOMPARE(clusters.size(), 2);

    const KubetailorProcess::Result rewritten =
        kubetailor({QStringLiteral("rewrite"), QStringLiteral("--all"), QStringLiteral("--fqdn"),
                    Fqdn, QStringLiteral("--force")});
    QVERIFY2(rewritten.exitCode == 0, qPrintable(rewritten.err));
    const QJsonObject routed = KubectlConfigView::readMerged(m_kubectl, {m_config, eks}, &error);
    for (const QString &name : clusters) {
        QCOMPARE(KubectlConfigView::namedEntry(routed, QStringLiteral("clusters"), name)
                     .value(QStringLiteral("server"))
                     .toString(),
                 QStringLiteral("https://") + Fqdn + QStringLiteral(":443"));
    }
    const KubectlRunner::Result added = m_kubectl.run(
        {QStringLiteral("config"), QStringLiteral("set-context"), QStringLiteral("staging-new"),
         QStringLiteral("--cluster=") + Gke, QStringLiteral("--user=") + Gke});
    QVERIFY2(added.exitCode == 0, added.err.constData());

    const KubetailorProcess::Result undone = kubetailor({QStringLiteral("undo")});
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.err));
    QVERIFY2(undone.out.contains(m_config) && undone.out.contains(eks), qPrintable(undone.out));
    const QJsonObject after = KubectlConfigView::readMerged(m_kubectl, {m_config, eks}, &error);
    for (const QString &name : clusters) {
        QCOMPARE(KubectlConfigView::namedEntry(after, QStringLiteral("clusters"), name),
                 KubectlConfigView::namedEntry(original, QStringLiteral("clusters"), name));
    }
    QVERIFY(KubectlConfigView::names(after, QStringLiteral("contexts"))
                .contains(QStringLiteral("staging-new")));
}

QTEST_GUILESS_MAIN(TestUndoJourney)
#include "tst_undojourney.moc"
