// A batch in the window: three contexts selected at once, one that a noauth proxy can carry,
// one whose user has only a client certificate and one kind cluster on the loopback address.
// What the user checks: the Route column says which is which before anything is selected,
// the preview lists the two skipped contexts with their reasons and still offers Apply, the
// status line says what was skipped, and kubectl reads back one rewritten cluster and two
// untouched ones. And a short proxy name: Apply explains and offers the full name.
#include "app/AppSettings.h"
#include "app/ContextsModel.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/gui/ContextsPanel.h"
#include "app/gui/FileDialogSeam.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBoxSeam.h"
#include "app/gui/RewritePanel.h"
#include "kubeconfig/BackupStore.h"
#include "tests/support/FakeTailscale.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString proxyServer = QStringLiteral("https://tailscale-operator.tail1234.ts.net:443");
} // namespace

class TestBatchWindowJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void routeColumnShowsEveryRow_data();
    void routeColumnShowsEveryRow();
    void batchSkipsWhatTheProxyCannotCarry();
    void shortNameOffersTheFullName();
    void windowSpeaksControlsNotFlags_data();
    void windowSpeaksControlsNotFlags();

private:
    void startWindow();
    QJsonObject clusterEntry(const QString &name);
    template <typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    KubectlRunner m_kubectl;
    QTemporaryDir m_bin;
    QString m_config;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KubeconfigService> m_service;
    std::unique_ptr<ForwarderController> m_forwarder;
    std::unique_ptr<MainWindow> m_window;
};

void TestBatchWindowJourney::initTestCase()
{
    MessageBoxSeam::setTestMode(true);
    FileDialogSeam::setTestMode(true);
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl ($KUBECTL) to read the file back");
    // The stand-in tailscale answers `status --json` with a running tailnet tail1234.ts.net.
    QVERIFY(FakeTailscale::useInThisProcess(m_bin.path(), QStringLiteral("running-operator.json")));
}

void TestBatchWindowJourney::init()
{
    QDir(FixtureKubeconfigs::kubeDir()).removeRecursively();
    QDir(BackupStore::defaultRoot()).removeRecursively();
    m_config = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("batch.yaml"), m_config));
    startWindow();
}

void TestBatchWindowJourney::startWindow()
{
    m_settings = std::make_unique<AppSettings>();
    m_settings->setLastHostname(QString());
    m_settings->setLastTailnet(QString());
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles({m_config});
    m_service->reload();
    m_forwarder = std::make_unique<ForwarderController>(m_service.get());
    m_window = std::make_unique<MainWindow>(m_service.get(), m_forwarder.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBatchWindowJourney::cleanup()
{
    m_window.reset();
    m_forwarder.reset();
    m_service.reset();
    m_settings.reset();
}

QJsonObject TestBatchWindowJourney::clusterEntry(const QString &name)
{
    QString error;
    const QJsonObject view = KubectlConfigView::read(m_kubectl, m_config, &error);
    if (view.isEmpty())
        qWarning("kubectl config view failed: %s", qPrintable(error));
    return KubectlConfigView::namedEntry(view, QStringLiteral("clusters"), name);
}

void TestBatchWindowJourney::routeColumnShowsEveryRow_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("tooltipPart");
    QTest::newRow("token user") << QStringLiteral("onprem-token") << QStringLiteral("direct")
                                << QStringLiteral("can go through the tailnet's proxy");
    QTest::newRow("client certificate")
        << QStringLiteral("onprem-cert")
        << QStringLiteral("direct \u2014 client certificate: needs auth mode")
        << QStringLiteral("cannot pass the certificate on");
    QTest::newRow("kind") << QStringLiteral("kind-dev") << QStringLiteral("local cluster")
                          << QStringLiteral("is on this machine");
}

// Nothing selected: every row says its route already.
void TestBatchWindowJourney::routeColumnShowsEveryRow()
{
    QFETCH(QString, context);
    QFETCH(QString, route);
    QFETCH(QString, tooltipPart);
    m_window->contextsPanel()->selectContexts({});
    const int row = m_service->model()->rowOf(context);
    QVERIFY(row >= 0);
    const QModelIndex cell = m_service->model()->index(row, ContextsModel::TailnetColumn);
    QCOMPARE(cell.data().toString(), route);
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(tooltipPart),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
}

void TestBatchWindowJourney::batchSkipsWhatTheProxyCannotCarry()
{
    m_window->contextsPanel()->selectContexts({QStringLiteral("onprem-token"),
                                               QStringLiteral("onprem-cert"),
                                               QStringLiteral("kind-dev")});
    m_window->rewritePanel()->setHostname(QStringLiteral("tailscale-operator"));
    m_window->rewritePanel()->setTailnet(QStringLiteral("tail1234.ts.net"));
    QCOMPARE(m_window->rewritePanel()->selectedContexts().size(), 3);

    // The preview lists each skipped context with its reason; nothing blocks the batch.
    auto *warnings = child<QListWidget>("warningsList");
    QVERIFY(warnings);
    QStringList skipped;
    for (int i = 0; i < warnings->count(); ++i) {
        if (warnings->item(i)->data(Qt::UserRole).toString() == QLatin1String("skipped"))
            skipped << warnings->item(i)->text();
    }
    QCOMPARE(skipped.size(), 2);
    QVERIFY2(skipped.at(0).startsWith(QStringLiteral("Skipped onprem-cert: ")) &&
                 skipped.at(0).contains(QStringLiteral("client certificate only")),
             qPrintable(skipped.at(0)));
    QVERIFY2(skipped.at(1).startsWith(QStringLiteral("Skipped kind-dev: ")) &&
                 skipped.at(1).contains(QStringLiteral("is on this machine")),
             qPrintable(skipped.at(1)));
    QVERIFY(!child<QCheckBox>("applyAnywayCheck")->isVisible());
    // The per-context proxy table offers a proxy for the routable row only; the others say
    // why they are skipped, right where a proxy would be chosen.
    auto *table = child<QTableWidget>("proxyTable");
    QVERIFY(table && table->rowCount() == 3);
    QVERIFY(table->cellWidget(0, 1));
    for (int row : {1, 2}) {
        QVERIFY(!table->cellWidget(row, 1));
        QVERIFY2(table->item(row, 1)->text().startsWith(QStringLiteral("Skipped: ")),
                 qPrintable(table->item(row, 1)->text()));
    }

    auto *apply = child<QPushButton>("applyButton");
    QVERIFY(apply && apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    const QString status = m_window->statusText();
    QVERIFY2(status.startsWith(QStringLiteral("Rewrote 1 context")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("skipped 2 that cannot go through the proxy")),
             qPrintable(status));

    // kubectl reads the file back: one cluster through the proxy, two untouched.
    QCOMPARE(
        clusterEntry(QStringLiteral("onprem-token")).value(QStringLiteral("server")).toString(),
        proxyServer);
    QCOMPARE(clusterEntry(QStringLiteral("onprem-cert")).value(QStringLiteral("server")).toString(),
             QStringLiteral("https://10.0.0.6:6443"));
    QCOMPARE(clusterEntry(QStringLiteral("kind-dev")).value(QStringLiteral("server")).toString(),
             QStringLiteral("https://127.0.0.1:41235"));
}

// "tailscale-operator" alone: Apply stays off and says why; the tailnet Tailscale reports
// is offered as one click, after which Apply works.
void TestBatchWindowJourney::shortNameOffersTheFullName()
{
    m_window->contextsPanel()->selectContexts({QStringLiteral("onprem-token")});
    m_window->rewritePanel()->setTailnet(QString());
    m_window->rewritePanel()->setHostname(QStringLiteral("tailscale-operator"));
    auto *apply = child<QPushButton>("applyButton");
    auto *useFullName = child<QPushButton>("useFullNameButton");
    QVERIFY(apply && useFullName);
    // The discovery fills the tailnet when it is empty; clear it again once it has answered.
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>("discoveryLabel")->text().contains(QStringLiteral("tail1234.ts.net")), 5000);
    m_window->rewritePanel()->setTailnet(QString());
    QVERIFY(!apply->isEnabled());
    QVERIFY2(apply->toolTip().contains(QStringLiteral("short name")), qPrintable(apply->toolTip()));
    QVERIFY2(child<QLabel>("fqdnLabel")->text().contains(QStringLiteral("kubectl would refuse")),
             qPrintable(child<QLabel>("fqdnLabel")->text()));
    QVERIFY(useFullName->isVisible());
    QCOMPARE(useFullName->text(), QStringLiteral("Use tailscale-operator.tail1234.ts.net"));
    QTest::mouseClick(useFullName, Qt::LeftButton);
    QCOMPARE(m_window->rewritePanel()->fqdn(),
             QStringLiteral("tailscale-operator.tail1234.ts.net"));
    QVERIFY(!useFullName->isVisible());
    QVERIFY(apply->isEnabled());
}

void TestBatchWindowJourney::windowSpeaksControlsNotFlags_data()
{
    QTest::addColumn<QStringList>("contexts");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("tailnet");
    QTest::newRow("a batch with skipped contexts")
        << QStringList{QStringLiteral("onprem-token"), QStringLiteral("onprem-cert"),
                       QStringLiteral("kind-dev")}
        << QStringLiteral("tailscale-operator") << QStringLiteral("tail1234.ts.net");
    QTest::newRow("one client-certificate context: refused until confirmed")
        << QStringList{QStringLiteral("onprem-cert")} << QStringLiteral("tailscale-operator")
        << QStringLiteral("tail1234.ts.net");
    QTest::newRow("one local cluster: refused until confirmed")
        << QStringList{QStringLiteral("kind-dev")} << QStringLiteral("tailscale-operator")
        << QStringLiteral("tail1234.ts.net");
    QTest::newRow("a short name") << QStringList{QStringLiteral("onprem-token")}
                                  << QStringLiteral("tailscale-operator") << QString();
}

// Labels, buttons, tooltips, the warnings, the table and the status line name the window's
// controls, never a command-line flag, "force" or `kubetailor <command>`.
void TestBatchWindowJourney::windowSpeaksControlsNotFlags()
{
    QFETCH(QStringList, contexts);
    QFETCH(QString, hostname);
    QFETCH(QString, tailnet);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>("discoveryLabel")->text().contains(QStringLiteral("tail1234.ts.net")), 5000);
    m_window->contextsPanel()->selectContexts(contexts);
    m_window->rewritePanel()->setHostname(hostname);
    m_window->rewritePanel()->setTailnet(tailnet);

    static const QRegularExpression cliSpeak(QStringLiteral(
        "(^|[\\s'(`\"])--[a-z]|\\bforce\\b|kubetailor (rewrite|proxy|contexts|doctor|undo|use|"
        "rename|delete|import|manifests)"));
    QStringList texts{m_window->statusText()};
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        texts << widget->toolTip() << widget->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
    }
    auto *warnings = child<QListWidget>("warningsList");
    for (int i = 0; i < warnings->count(); ++i)
        texts << warnings->item(i)->text() << warnings->item(i)->toolTip();
    const ContextsModel *model = m_service->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        texts << model->headerData(column, Qt::Horizontal).toString()
              << model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, column).data().toString()
                  << model->index(row, column).data(Qt::ToolTipRole).toString();
    }
    for (const QString &text : std::as_const(texts))
        QVERIFY2(!cliSpeak.match(text).hasMatch(), qPrintable(text));
}

QTEST_MAIN(TestBatchWindowJourney)
#include "tst_batchwindowjourney.moc"
