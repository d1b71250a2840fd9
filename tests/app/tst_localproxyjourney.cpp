// The local proxy in the window, as a user drives it: Start for a client-certificate context
// (k3s) runs in passthrough; selecting an exec-plugin context afterwards (GKE) shows that
// context's mode, not the one that stuck; Stop removes <context>-local from the kubeconfig
// (the real kubectl lists the contexts), unless "Keep" is ticked, and then the window says the
// kept context's proxy is not running. Quitting (the controller going away) removes it too.
#include "app/AppSettings.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/gui/ContextsPanel.h"
#include "app/gui/FileDialogSeam.h"
#include "app/gui/ForwarderPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBoxSeam.h"
#include "kubeconfig/BackupStore.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

namespace {
const QString Gke = QStringLiteral("gke_acme-prod_us-central1_payments");
const QString K3s = QStringLiteral("default");
const QString K3sLocal = QStringLiteral("default-local");
} // namespace

class TestLocalProxyJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theModeFollowsTheSelectedContext();
    void stopRemovesTheLocalContextUnlessKept_data();
    void stopRemovesTheLocalContextUnlessKept();
    void quittingRemovesTheLocalContext();

private:
    void openWindow();
    void startFor(const QString &context);
    QStringList kubectlContexts();
    template <class T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    KubectlRunner m_kubectl;
    QStringList m_files;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KubeconfigService> m_service;
    std::unique_ptr<ForwarderController> m_forwarder;
    std::unique_ptr<MainWindow> m_window;
};

void TestLocalProxyJourney::initTestCase()
{
    MessageBoxSeam::setTestMode(true);
    FileDialogSeam::setTestMode(true);
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl ($KUBECTL) to list the contexts");
}

void TestLocalProxyJourney::init()
{
    QDir(BackupStore::defaultRoot()).removeRecursively();
    {
        QSettings settings;
        settings.clear();
    }
    // ~/.kube/config (GKE, exec plugin) and k3s.yaml (client certificate) beside it.
    m_files = FixtureKubeconfigs::installStandardSet();
    m_kubectl.setKubeconfig(m_files.join(QLatin1Char(':')));
    openWindow();
}

void TestLocalProxyJourney::openWindow()
{
    m_settings = std::make_unique<AppSettings>();
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles(m_files);
    QVERIFY(m_service->reload());
    m_forwarder = std::make_unique<ForwarderController>(m_service.get());
    m_window = std::make_unique<MainWindow>(m_service.get(), m_forwarder.get(), m_settings.get());
    m_window->setTrayAvailable(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->forwarderPanel()->setPort(0); // any free port
}

void TestLocalProxyJourney::cleanup()
{
    m_window.reset();
    m_forwarder.reset();
    m_service.reset();
    m_settings.reset();
}

QStringList TestLocalProxyJourney::kubectlContexts()
{
    const KubectlRunner::Result r =
        m_kubectl.run({QStringLiteral("config"), QStringLiteral("get-contexts"),
                       QStringLiteral("-o"), QStringLiteral("name")});
    if (!r.finished || r.exitCode != 0)
        return {QStringLiteral("kubectl failed: ") + QString::fromUtf8(r.err)};
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestLocalProxyJourney::startFor(const QString &context)
{
    m_window->contextsPanel()->selectContexts({context});
    QCOMPARE(m_window->forwarderPanel()->context(), context);
    auto *startStop = child<QPushButton>("startStopButton");
    QTest::mouseClick(startStop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_forwarder->isRunning(), 5000);
    QVERIFY(kubectlContexts().contains(context + QStringLiteral("-local")));
}

void TestLocalProxyJourney::theModeFollowsTheSelectedContext()
{
    auto *mode = child<QComboBox>("modeCombo");
    startFor(K3s);
    QCOMPARE(ForwarderConfig::Mode(mode->currentData().toInt()),
             ForwarderConfig::Mode::Passthrough);
    QTest::mouseClick(child<QPushButton>("startStopButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_forwarder->isRunning());

    // An exec-plugin context: HTTP (logs each request), not the passthrough k3s forced.
    m_window->contextsPanel()->selectContexts({Gke});
    QCOMPARE(ForwarderConfig::Mode(mode->currentData().toInt()), ForwarderConfig::Mode::Http);
    m_window->contextsPanel()->selectContexts({K3s});
    QCOMPARE(ForwarderConfig::Mode(mode->currentData().toInt()),
             ForwarderConfig::Mode::Passthrough);
    // And after a restart of the window, the exec context still starts in HTTP.
    cleanup();
    openWindow();
    m_window->contextsPanel()->selectContexts({Gke});
    QCOMPARE(ForwarderConfig::Mode(child<QComboBox>("modeCombo")->currentData().toInt()),
             ForwarderConfig::Mode::Http);
}

void TestLocalProxyJourney::stopRemovesTheLocalContextUnlessKept_data()
{
    QTest::addColumn<bool>("keep");
    QTest::newRow("Stop removes it") << false;
    QTest::newRow("Keep ticked: it stays, marked not running") << true;
}

void TestLocalProxyJourney::stopRemovesTheLocalContextUnlessKept()
{
    QFETCH(bool, keep);
    startFor(K3s);
    auto *keepCheck = child<QCheckBox>("keepContextCheck");
    QVERIFY(keepCheck);
    keepCheck->setChecked(keep);
    QTest::mouseClick(child<QPushButton>("startStopButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_forwarder->isRunning());

    QCOMPARE(kubectlContexts().contains(K3sLocal), keep);
    QVERIFY(kubectlContexts().contains(K3s));
    const QString state = child<QLabel>("forwarderStateLabel")->text();
    QCOMPARE(state.contains(K3sLocal + QStringLiteral(" is kept but its proxy is not running")),
             keep);
}

void TestLocalProxyJourney::quittingRemovesTheLocalContext()
{
    startFor(K3s);
    cleanup(); // what quitting from the tray or closing the window to quit does
    QVERIFY(!kubectlContexts().contains(K3sLocal));
    QVERIFY(kubectlContexts().contains(K3s));
}

QTEST_MAIN(TestLocalProxyJourney)
#include "tst_localproxyjourney.moc"
