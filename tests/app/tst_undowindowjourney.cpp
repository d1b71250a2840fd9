// The window and tray while another program writes the kubeconfig kubetailor just rewrote:
// the real kubectl adds a context, or a stand-in `gcloud get-credentials` writes the cluster
// entry again. What the user checks: the status line says what changed (not the earlier
// rewrite), the tray says a context goes direct again, Undo is offered only when it loses
// nothing, and after Undo kubectl still reads what the other program wrote.
#include "app/AppSettings.h"
#include "app/ContextsModel.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/gui/ContextsPanel.h"
#include "app/gui/FileDialogSeam.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBoxSeam.h"
#include "app/gui/RewritePanel.h"
#include "app/gui/TrayIcon.h"
#include "tests/support/FakeGcloud.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"

#include <QAction>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Gke = QStringLiteral("gke_acme-prod_us-central1_payments");
constexpr int WatcherTimeoutMs = 5000;
} // namespace

class TestUndoWindowJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void kubectlAddsAContextThenUndoKeepsIt();
    void gcloudRewritesTheClusterWhileTheTrayRuns_data();
    void gcloudRewritesTheClusterWhileTheTrayRuns();

private:
    void routeThroughTailnet();
    QJsonObject view();
    QString tailnetColumn() const;
    QPushButton *statusUndo() const;
    QAction *undoAction() const;

    KubectlRunner m_kubectl;
    QTemporaryDir m_work;
    QString m_config;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KubeconfigService> m_service;
    std::unique_ptr<ForwarderController> m_forwarder;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
};

void TestUndoWindowJourney::initTestCase()
{
    MessageBoxSeam::setTestMode(true);
    FileDialogSeam::setTestMode(true);
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl ($KUBECTL) to change the file and read it back");
}

void TestUndoWindowJourney::init()
{
    QDir(FixtureKubeconfigs::kubeDir()).removeRecursively();
    QDir(BackupStore::defaultRoot()).removeRecursively();
    m_config = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("gke.yaml"), m_config));
    m_kubectl.setKubeconfig(m_config);
    m_settings = std::make_unique<AppSettings>();
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles({m_config});
    m_service->reload();
    m_forwarder = std::make_unique<ForwarderController>(m_service.get());
    m_window = std::make_unique<MainWindow>(m_service.get(), m_forwarder.get(), m_settings.get());
    m_tray = std::make_unique<TrayIcon>(m_service.get(), m_forwarder.get(), m_settings.get());
    m_window->setTrayAvailable(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUndoWindowJourney::cleanup()
{
    m_tray.reset();
    m_window.reset();
    m_forwarder.reset();
    m_service.reset();
    m_settings.reset();
}

void TestUndoWindowJourney::routeThroughTailnet()
{
    m_window->contextsPanel()->selectContexts({Gke});
    m_window->rewritePanel()->setHostname(QStringLiteral("tailscale-operator"));
    m_window->rewritePanel()->setTailnet(QStringLiteral("tail1234.ts.net"));
    auto *apply = m_window->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(m_window->statusText().startsWith(QStringLiteral("Rewrote 1 context")),
             qPrintable(m_window->statusText()));
    QCOMPARE(tailnetColumn(), QStringLiteral("via tailnet"));
    QVERIFY(statusUndo()->isVisible());
}

QJsonObject TestUndoWindowJourney::view()
{
    QString error;
    const QJsonObject result = KubectlConfigView::read(m_kubectl, m_config, &error);
    if (result.isEmpty())
        qWarning("kubectl config view failed: %s", qPrintable(error));
    return result;
}

QString TestUndoWindowJourney::tailnetColumn() const
{
    const int row = m_service->model()->rowOf(Gke);
    return m_service->model()->index(row, ContextsModel::TailnetColumn).data().toString();
}

QPushButton *TestUndoWindowJourney::statusUndo() const
{
    return m_window->findChild<QPushButton *>(QStringLiteral("statusUndoButton"));
}

QAction *TestUndoWindowJourney::undoAction() const
{
    return m_window->findChild<QAction *>(QStringLiteral("undoAction"));
}

void TestUndoWindowJourney::kubectlAddsAContextThenUndoKeepsIt()
{
    const QJsonObject original =
        KubectlConfigView::namedEntry(view(), QStringLiteral("clusters"), Gke);
    routeThroughTailnet();
    const KubectlRunner::Result added = m_kubectl.run(
        {QStringLiteral("config"), QStringLiteral("set-context"), QStringLiteral("staging-new"),
         QStringLiteral("--cluster=") + Gke, QStringLiteral("--user=") + Gke});
    QVERIFY2(added.exitCode == 0, added.err.constData());

    QTRY_VERIFY2_WITH_TIMEOUT(
        m_window->statusText().contains(QStringLiteral("staging-new was added")),
        qPrintable(m_window->statusText()), WatcherTimeoutMs);
    QVERIFY2(m_window->statusText().startsWith(
                 QStringLiteral("~/.kube/config was changed by another program")),
             qPrintable(m_window->statusText()));
    // Undo loses nothing here, so it is still offered.
    QVERIFY(statusUndo()->isVisible());
    QVERIFY(undoAction()->isEnabled());

    QTest::mouseClick(statusUndo(), Qt::LeftButton);
    const QJsonObject after = view();
    QCOMPARE(KubectlConfigView::names(after, QStringLiteral("contexts")),
             (QStringList{Gke, QStringLiteral("staging-new")}));
    QCOMPARE(KubectlConfigView::namedEntry(after, QStringLiteral("clusters"), Gke), original);
    QVERIFY2(m_window->statusText().startsWith(QStringLiteral("Restored ~/.kube/config")),
             qPrintable(m_window->statusText()));
    QCOMPARE(tailnetColumn(), QStringLiteral("direct"));
}

void TestUndoWindowJourney::gcloudRewritesTheClusterWhileTheTrayRuns_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("statusTail");
    QTest::addColumn<QString>("undoTooltip");

    QTest::newRow("gcloud writes the same endpoint: nothing left to undo")
        << QStringLiteral("34.118.10.20") << QString()
        << QStringLiteral("nothing to undo: ~/.kube/config no longer has kubetailor's last change");
    QTest::newRow("gcloud writes a new endpoint: undo would lose it, so it is off")
        << QStringLiteral("34.118.99.1")
        << QStringLiteral("Undo is off: it would lose the change to cluster \"%1\"").arg(Gke)
        << QStringLiteral("undo would lose what another program changed");
}

void TestUndoWindowJourney::gcloudRewritesTheClusterWhileTheTrayRuns()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, statusTail);
    QFETCH(QString, undoTooltip);

    routeThroughTailnet();
    FakeGcloud::Cluster cluster;
    cluster.endpoint = endpoint;
    const QString failed =
        FakeGcloud::getCredentials(m_config, m_kubectl.program(), m_work.path(), cluster);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QByteArray gcloudWrote = FixtureKubeconfigs::read(m_config);

    const QString wentDirect =
        QStringLiteral("%1 goes direct again: its cluster entry was changed by another program")
            .arg(Gke);
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->statusText().contains(wentDirect),
                              qPrintable(m_window->statusText()), WatcherTimeoutMs);
    QVERIFY2(!m_window->statusText().contains(QStringLiteral("Rewrote")),
             qPrintable(m_window->statusText()));
    if (!statusTail.isEmpty())
        QVERIFY2(m_window->statusText().endsWith(statusTail), qPrintable(m_window->statusText()));
    QCOMPARE(m_tray->lastMessage(), wentDirect);
    QCOMPARE(tailnetColumn(), QStringLiteral("direct"));

    // No undo that would lose gcloud's write, or that would do nothing.
    QVERIFY(!statusUndo()->isVisible());
    QVERIFY(!undoAction()->isEnabled());
    QVERIFY2(undoAction()->toolTip().contains(undoTooltip), qPrintable(undoAction()->toolTip()));
    // The window has no --force: its tooltip does not send the user to one.
    QVERIFY2(!undoAction()->toolTip().contains(QStringLiteral("--force")),
             qPrintable(undoAction()->toolTip()));
    QCOMPARE(FixtureKubeconfigs::read(m_config), gcloudWrote);
}

QTEST_MAIN(TestUndoWindowJourney)
#include "tst_undowindowjourney.moc"
