// Routes that stay: the window and the tray run (as at login) while the stand-in cloud
// CLIs write the kubeconfig again. Three clusters (written by the stand-in gcloud, aws and
// az) are routed to three proxies in the window; then gcloud writes its entry back, the user
// edits a server by hand, aws adds a new cluster. What the user checks: the file kubectl
// reads, the notification, the backup, Undo.
#include "app/AppSettings.h"
#include "app/AppSetup.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/KubeconfigWatcher.h"
#include "app/gui/ContextsPanel.h"
#include "app/gui/FileDialogSeam.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBoxSeam.h"
#include "app/gui/RewritePanel.h"
#include "app/gui/TrayIcon.h"
#include "app/routes/RouteKeeper.h"
#include "app/routes/RouteStore.h"
#include "kubeconfig/BackupStore.h"
#include "tests/support/CloudCliStandIns.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"

#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Tailnet = QStringLiteral("tail1234.ts.net");
// A route is in effect again this soon after a cloud CLI wrote the file.
constexpr int KeepTimeoutMs = 2000;

QString proxyServer(const QString &host)
{
    return QStringLiteral("https://%1.%2:443").arg(host, Tailnet);
}

// The backups of ~/.kube/config kubetailor keeps (one per write).
int backupCount(const QString &file)
{
    return int(BackupStore().list(file).size());
}

} // namespace

class TestRoutesJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void gcloudWritesItsEntryAgainWhileTheTrayRuns();
    void aServerEditedByHandIsNotWrittenTheUserIsAsked();
    void askModeAsksAndOneClickAppliesAgain();
    void offModeLeavesTheRevertAlone();
    void awsAddsANewClusterAndOneClickRoutesIt();
    void aSecondAppThatIsNotThePrimaryNeverWrites();
    void routesSurviveARestartOfTheApp();

private:
    void startApp();
    void stopApp();
    void routeInWindow(const QString &context, const QString &host);
    void routeThreeClusters();
    QString server(const QString &cluster);
    QJsonObject cluster(const QString &name);

    KubectlRunner m_kubectl;
    QString m_config;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KubeconfigService> m_service;
    std::unique_ptr<ForwarderController> m_forwarder;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<RouteKeeper> m_keeper;
};

void TestRoutesJourney::initTestCase()
{
    AppSetup::configureApplication();
    MessageBoxSeam::setTestMode(true);
    FileDialogSeam::setTestMode(true);
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl ($KUBECTL) for the stand-in cloud CLIs and to read the file back");
}

void TestRoutesJourney::init()
{
    QDir(FixtureKubeconfigs::kubeDir()).removeRecursively();
    QDir(BackupStore::defaultRoot()).removeRecursively();
    QSettings().clear();
    m_config = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    m_kubectl.setKubeconfig(m_config);
    const QString kubectl = m_kubectl.program();
    QCOMPARE(CloudCliStandIns::gcloudGetCredentials(m_config, kubectl), QString());
    QCOMPARE(CloudCliStandIns::awsUpdateKubeconfig(m_config, kubectl), QString());
    QCOMPARE(CloudCliStandIns::azGetCredentials(m_config, kubectl), QString());
    startApp();
}

void TestRoutesJourney::startApp()
{
    m_settings = std::make_unique<AppSettings>();
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles({m_config});
    m_service->reload();
    m_forwarder = std::make_unique<ForwarderController>(m_service.get());
    m_window = std::make_unique<MainWindow>(m_service.get(), m_forwarder.get(), m_settings.get());
    m_tray = std::make_unique<TrayIcon>(m_service.get(), m_forwarder.get(), m_settings.get());
    m_keeper = std::make_unique<RouteKeeper>(m_service.get(), m_settings.get());
    m_tray->setRouteKeeper(m_keeper.get());
    // As GuiLauncher wires them: what the tray says, the window's status line says too.
    connect(m_tray.get(), &TrayIcon::statusMessage, m_window.get(), &MainWindow::showStatus);
    connect(m_tray.get(), &TrayIcon::errorMessage, m_window.get(), &MainWindow::showError);
    m_keeper->start();
    m_window->setTrayAvailable(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRoutesJourney::stopApp()
{
    m_keeper.reset();
    m_tray.reset();
    m_window.reset();
    m_forwarder.reset();
    m_service.reset();
    m_settings.reset();
}

void TestRoutesJourney::cleanup()
{
    stopApp();
}

QJsonObject TestRoutesJourney::cluster(const QString &name)
{
    QString error;
    const QJsonObject view = KubectlConfigView::read(m_kubectl, m_config, &error);
    if (view.isEmpty())
        qWarning("kubectl config view failed: %s", qPrintable(error));
    return KubectlConfigView::namedEntry(view, QStringLiteral("clusters"), name);
}

QString TestRoutesJourney::server(const QString &name)
{
    return cluster(name).value(QStringLiteral("server")).toString();
}

void TestRoutesJourney::routeInWindow(const QString &context, const QString &host)
{
    m_window->contextsPanel()->selectContexts({context});
    m_window->rewritePanel()->setHostname(host);
    m_window->rewritePanel()->setTailnet(Tailnet);
    auto *apply = m_window->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply);
    QTRY_VERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(m_window->statusText().startsWith(QStringLiteral("Rewrote 1 context")),
             qPrintable(m_window->statusText()));
    QCOMPARE(server(context), proxyServer(host));
}

void TestRoutesJourney::routeThreeClusters()
{
    routeInWindow(CloudCliStandIns::gkeContext(), QStringLiteral("gke-operator"));
    routeInWindow(CloudCliStandIns::eksContext(), QStringLiteral("eks-operator"));
    routeInWindow(CloudCliStandIns::aksContext(), QStringLiteral("aks-operator"));
    QCOMPARE(RouteStore().routes().size(), 3);
}

void TestRoutesJourney::gcloudWritesItsEntryAgainWhileTheTrayRuns()
{
    routeThreeClusters();
    const QJsonObject eks = cluster(CloudCliStandIns::eksContext());
    const QJsonObject aks = cluster(CloudCliStandIns::aksContext());
    const int messages = m_tray->messageCount();
    const int backups = backupCount(m_config);

    QCOMPARE(CloudCliStandIns::gcloudGetCredentials(m_config, m_kubectl.program()), QString());
    QTRY_COMPARE_WITH_TIMEOUT(m_tray->messageCount(), messages + 1, KeepTimeoutMs);
    const QString gke = CloudCliStandIns::gkeContext();
    QCOMPARE(server(gke), proxyServer(QStringLiteral("gke-operator")));
    QVERIFY(!cluster(gke).contains(QStringLiteral("certificate-authority-data")));
    QVERIFY2(m_tray->lastMessage().contains(gke) &&
                 m_tray->lastMessage().contains(QStringLiteral("applied again")),
             qPrintable(m_tray->lastMessage()));
    QVERIFY(m_tray->lastMessageHasAction());
    QCOMPARE(backupCount(m_config), backups + 1);
    // The other two routes were not touched.
    QCOMPARE(cluster(CloudCliStandIns::eksContext()), eks);
    QCOMPARE(cluster(CloudCliStandIns::aksContext()), aks);
    // One notification, not one more for the write of our own.
    QTest::qWait(1000);
    QCOMPARE(m_tray->messageCount(), messages + 1);
    QVERIFY2(m_window->statusText().contains(QStringLiteral("applied again")),
             qPrintable(m_window->statusText()));
    auto *statusUndo = m_window->findChild<QPushButton *>(QStringLiteral("statusUndoButton"));
    QVERIFY(statusUndo && statusUndo->isVisible());

    // Undo (a click on the notification) puts back what gcloud wrote.
    emit m_tray->systemTrayIcon()->messageClicked();
    QCOMPARE(server(gke), QStringLiteral("https://34.118.0.10"));
    QVERIFY(cluster(gke).contains(QStringLiteral("certificate-authority-data")));
    QCOMPARE(cluster(CloudCliStandIns::eksContext()), eks);
    QVERIFY2(m_tray->lastMessage().startsWith(QStringLiteral("Undone")),
             qPrintable(m_tray->lastMessage()));

    // The undo stays: when aws writes its entry again next, only the EKS route comes back.
    QCOMPARE(CloudCliStandIns::awsUpdateKubeconfig(m_config, m_kubectl.program()), QString());
    QTRY_COMPARE_WITH_TIMEOUT(server(CloudCliStandIns::eksContext()),
                              proxyServer(QStringLiteral("eks-operator")), KeepTimeoutMs);
    QCOMPARE(server(gke), QStringLiteral("https://34.118.0.10"));
}

void TestRoutesJourney::aServerEditedByHandIsNotWrittenTheUserIsAsked()
{
    routeThreeClusters();
    const int messages = m_tray->messageCount();
    const QString gke = CloudCliStandIns::gkeContext();
    const KubectlRunner::Result edit =
        m_kubectl.run({QStringLiteral("config"), QStringLiteral("set-cluster"), gke,
                       QStringLiteral("--server=https://10.20.30.40")});
    QVERIFY2(edit.finished && edit.exitCode == 0, edit.err.constData());
    const QByteArray edited = FixtureKubeconfigs::read(m_config);
    QTRY_COMPARE_WITH_TIMEOUT(m_tray->messageCount(), messages + 1, KeepTimeoutMs);
    QVERIFY2(m_tray->lastMessage().contains(gke) &&
                 m_tray->lastMessage().contains(QStringLiteral("nothing was written")),
             qPrintable(m_tray->lastMessage()));
    QTest::qWait(1000);
    QCOMPARE(FixtureKubeconfigs::read(m_config), edited);
    QCOMPARE(server(gke), QStringLiteral("https://10.20.30.40"));
    QCOMPARE(m_tray->messageCount(), messages + 1);
}

void TestRoutesJourney::askModeAsksAndOneClickAppliesAgain()
{
    routeThreeClusters();
    // Tools > When a cloud CLI reverts a route > Ask first.
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("routeKeepingMenu"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 3);
    QVERIFY(menu->actions().at(0)->isChecked()); // apply again, the default
    menu->actions().at(1)->trigger();
    QVERIFY(RouteStore().keepMode() == RouteStore::KeepMode::Ask);
    const int messages = m_tray->messageCount();
    QCOMPARE(CloudCliStandIns::gcloudGetCredentials(m_config, m_kubectl.program()), QString());
    const QByteArray gcloudWrote = FixtureKubeconfigs::read(m_config);
    QTRY_COMPARE_WITH_TIMEOUT(m_tray->messageCount(), messages + 1, KeepTimeoutMs);
    QVERIFY2(m_tray->lastMessage().contains(QStringLiteral("Apply the route again?")),
             qPrintable(m_tray->lastMessage()));
    QCOMPARE(FixtureKubeconfigs::read(m_config), gcloudWrote);

    emit m_tray->systemTrayIcon()->messageClicked();
    QCOMPARE(server(CloudCliStandIns::gkeContext()), proxyServer(QStringLiteral("gke-operator")));
}

void TestRoutesJourney::offModeLeavesTheRevertAlone()
{
    routeThreeClusters();
    RouteStore().setKeepMode(RouteStore::KeepMode::Off);
    QCOMPARE(CloudCliStandIns::gcloudGetCredentials(m_config, m_kubectl.program()), QString());
    const QByteArray gcloudWrote = FixtureKubeconfigs::read(m_config);
    const QString wentDirect = KubeconfigService::wentDirectMessage(CloudCliStandIns::gkeContext());
    // The tray says the context goes direct, as without routes; nothing is written.
    QTRY_COMPARE_WITH_TIMEOUT(m_tray->lastMessage(), wentDirect, KeepTimeoutMs);
    QTest::qWait(1000);
    QCOMPARE(FixtureKubeconfigs::read(m_config), gcloudWrote);
}

void TestRoutesJourney::awsAddsANewClusterAndOneClickRoutesIt()
{
    routeThreeClusters();
    const int messages = m_tray->messageCount();
    const QString billing = CloudCliStandIns::eksContext(QStringLiteral("billing"));
    QCOMPARE(CloudCliStandIns::awsUpdateKubeconfig(m_config, m_kubectl.program(),
                                                   QStringLiteral("billing")),
             QString());
    QTRY_COMPARE_WITH_TIMEOUT(m_tray->messageCount(), messages + 1, KeepTimeoutMs);
    // The suggestion: the operator name last routed with (the window's default).
    const QString suggested = m_keeper->suggestedProxy(billing);
    QCOMPARE(suggested, QStringLiteral("aks-operator.") + Tailnet);
    QVERIFY2(m_tray->lastMessage().contains(billing) &&
                 m_tray->lastMessage().contains(proxyServer(QStringLiteral("aks-operator"))),
             qPrintable(m_tray->lastMessage()));
    QVERIFY(server(billing).endsWith(QLatin1String(".eks.amazonaws.com")));

    emit m_tray->systemTrayIcon()->messageClicked();
    QCOMPARE(server(billing), proxyServer(QStringLiteral("aks-operator")));
    QVERIFY(!cluster(billing).contains(QStringLiteral("certificate-authority-data")));
    QCOMPARE(RouteStore().routes().size(), 4);
    QTest::qWait(1000);
    QCOMPARE(m_tray->messageCount(), messages + 2); // the offer, and "now goes through"
}

void TestRoutesJourney::aSecondAppThatIsNotThePrimaryNeverWrites()
{
    routeThreeClusters();
    // A second start of the app: it is not the primary instance, so its keeper never starts.
    KubeconfigService second;
    second.setFiles({m_config});
    second.reload();
    RouteKeeper secondKeeper(&second, m_settings.get());
    QSignalSpy secondWrites(&second, &KubeconfigService::written);
    const int backups = backupCount(m_config);
    QCOMPARE(CloudCliStandIns::gcloudGetCredentials(m_config, m_kubectl.program()), QString());
    QTRY_COMPARE_WITH_TIMEOUT(server(CloudCliStandIns::gkeContext()),
                              proxyServer(QStringLiteral("gke-operator")), KeepTimeoutMs);
    QTest::qWait(1000);
    QCOMPARE(backupCount(m_config), backups + 1);
    QCOMPARE(secondWrites.count(), 0);
}

void TestRoutesJourney::routesSurviveARestartOfTheApp()
{
    routeThreeClusters();
    stopApp();
    // While the app is not running, gcloud and az write their entries again.
    QCOMPARE(CloudCliStandIns::gcloudGetCredentials(m_config, m_kubectl.program()), QString());
    QCOMPARE(CloudCliStandIns::azGetCredentials(m_config, m_kubectl.program()), QString());
    const QJsonObject eks = cluster(CloudCliStandIns::eksContext());
    startApp();
    // The app started (at login) puts both back, with one notification.
    QTRY_COMPARE_WITH_TIMEOUT(m_tray->messageCount(), 1, KeepTimeoutMs);
    QCOMPARE(server(CloudCliStandIns::gkeContext()), proxyServer(QStringLiteral("gke-operator")));
    QCOMPARE(server(CloudCliStandIns::aksContext()), proxyServer(QStringLiteral("aks-operator")));
    QCOMPARE(cluster(CloudCliStandIns::eksContext()), eks);
    QVERIFY2(m_tray->lastMessage().contains(CloudCliStandIns::gkeContext()) &&
                 m_tray->lastMessage().contains(CloudCliStandIns::aksContext()),
             qPrintable(m_tray->lastMessage()));

    // And the next time a stand-in writes an entry again, the route comes back again.
    QCOMPARE(CloudCliStandIns::azGetCredentials(m_config, m_kubectl.program()), QString());
    QTRY_COMPARE_WITH_TIMEOUT(m_tray->messageCount(), 2, KeepTimeoutMs);
    QCOMPARE(server(CloudCliStandIns::aksContext()), proxyServer(QStringLiteral("aks-operator")));
}

QTEST_MAIN(TestRoutesJourney)
#include "tst_routesjourney.moc"
