// A newcomer's first window: there is no ~/.kube/config yet. The window says so and how to
// get one instead of showing an empty table, a stand-in `gcloud container clusters
// get-credentials` then writes the file while the window is open, and the context appears
// without a restart. The proxy's short name is never shown as a URL
// kubectl could use.
#include "app/AppSettings.h"
#include "app/ContextsModel.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/gui/ContextsPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBoxSeam.h"
#include "kubeconfig/KubeconfigPaths.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

namespace {
const QString kGke = QStringLiteral("gke_acme-prod_us-central1_payments");
} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void noKubeconfigSaysWhereAndHowToGetOne();
    void emptyKubeconfigSaysItHasNoContexts();
    void contextsAppearWhenTheCloudCliWritesTheFile();
    void shortNameIsNeverShownAsAUrl();

private:
    void openWindow();
    QString emptyStateText() const;
    QString fqdnLabelText() const;

    QString m_config;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KubeconfigService> m_service;
    std::unique_ptr<ForwarderController> m_forwarder;
    std::unique_ptr<MainWindow> m_window;
};

void TestFirstRun::initTestCase()
{
    MessageBoxSeam::setTestMode(true);
    m_config = QDir::homePath() + QStringLiteral("/.kube/config");
}

void TestFirstRun::init()
{
    QFile::remove(m_config);
    QVERIFY(QDir().mkpath(QDir::homePath() + QStringLiteral("/.kube")));
    m_settings = std::make_unique<AppSettings>();
    m_settings->setLastHostname(QString());
    m_settings->setLastTailnet(QString());
}

void TestFirstRun::cleanup()
{
    m_window.reset();
    m_forwarder.reset();
    m_service.reset();
    QFile::remove(m_config);
}

// As main() does: the files of client-go's rules (here ~/.kube/config), read once.
void TestFirstRun::openWindow()
{
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles(KubeconfigPaths::fromEnvironment());
    QCOMPARE(m_service->files(), QStringList{m_config});
    m_service->reload();
    m_forwarder = std::make_unique<ForwarderController>(m_service.get());
    m_window = std::make_unique<MainWindow>(m_service.get(), m_forwarder.get(), m_settings.get());
    m_window->setTrayAvailable(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestFirstRun::emptyStateText() const
{
    return m_window->contextsPanel()->emptyStateLabel()->text();
}

QString TestFirstRun::fqdnLabelText() const
{
    const auto *label = m_window->findChild<QLabel *>(QStringLiteral("fqdnLabel"));
    return label ? label->text() : QStringLiteral("(no fqdnLabel)");
}

void TestFirstRun::noKubeconfigSaysWhereAndHowToGetOne()
{
    openWindow();
    ContextsPanel *panel = m_window->contextsPanel();
    QVERIFY(panel->showsEmptyState());
    QVERIFY(panel->emptyStateLabel()->isVisible());
    QVERIFY(!panel->view()->isVisible());
    const QString text = emptyStateText();
    QVERIFY2(text.contains(QStringLiteral("No kubeconfig yet")), qPrintable(text));
    QVERIFY2(text.contains(KubeconfigService::displayPath(m_config).toHtmlEscaped() +
                           QStringLiteral(" does not exist yet")),
             qPrintable(text));
    for (const char *command : {"gcloud container clusters get-credentials",
                                "aws eks update-kubeconfig", "az aks get-credentials"})
        QVERIFY2(text.contains(QLatin1String(command)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Import")), qPrintable(text));
    // Reading a file that is not there is not an error to report.
    QVERIFY2(!m_window->statusText().contains(QStringLiteral("Could not")),
             qPrintable(m_window->statusText()));
    // The empty state's button is File > Import.
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("emptyStateImport"));
    QVERIFY(button && button->isVisible());
    // Nothing was written on the way: the file still does not exist.
    QVERIFY(!QFile::exists(m_config));
}

void TestFirstRun::emptyKubeconfigSaysItHasNoContexts()
{
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    openWindow();
    QVERIFY(m_window->contextsPanel()->showsEmptyState());
    const QString text = emptyStateText();
    QVERIFY2(text.contains(QStringLiteral("No contexts yet")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("does not exist")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("gcloud container clusters get-credentials")),
             qPrintable(text));
}

void TestFirstRun::contextsAppearWhenTheCloudCliWritesTheFile()
{
    openWindow();
    QVERIFY(m_window->contextsPanel()->showsEmptyState());

    // The newcomer follows the hint in a terminal, while the window stays open.
    QProcess gcloud;
    gcloud.start(QStringLiteral(KUBETAILOR_SUPPORT_DIR "/fake-gcloud/gcloud"),
                 {QStringLiteral("container"), QStringLiteral("clusters"),
                  QStringLiteral("get-credentials"), QStringLiteral("payments"),
                  QStringLiteral("--region"), QStringLiteral("us-central1"),
                  QStringLiteral("--project"), QStringLiteral("acme-prod")});
    QVERIFY(gcloud.waitForFinished(30000));
    QVERIFY2(gcloud.exitCode() == 0, gcloud.readAllStandardError().constData());
    QVERIFY(QFile::exists(m_config));

    ContextsPanel *panel = m_window->contextsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->showsEmptyState(), 10000);
    QVERIFY(panel->view()->isVisible());
    QCOMPARE(panel->view()->model()->rowCount(), 1);
    QCOMPARE(panel->view()->model()->index(0, 0).data(ContextsModel::ContextNameRole).toString(),
             kGke);
}

void TestFirstRun::shortNameIsNeverShownAsAUrl()
{
    openWindow();
    auto *host = m_window->findChild<QComboBox *>(QStringLiteral("hostnameCombo"));
    auto *tailnet = m_window->findChild<QComboBox *>(QStringLiteral("tailnetCombo"));
    QVERIFY(host && tailnet);
    tailnet->setEditText(QString());
    host->setEditText(QStringLiteral("tailscale-operator"));
    QTRY_VERIFY2(fqdnLabelText().contains(QStringLiteral("short name")),
                 qPrintable(fqdnLabelText()));
    QVERIFY2(!fqdnLabelText().contains(QStringLiteral("https://")), qPrintable(fqdnLabelText()));

    tailnet->setEditText(QStringLiteral("tail1234.ts.net"));
    QTRY_COMPARE(fqdnLabelText(),
                 QStringLiteral("kubectl will use https://tailscale-operator.tail1234.ts.net:443"));
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
