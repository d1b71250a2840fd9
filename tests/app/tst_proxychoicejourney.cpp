// Choosing the proxy in the window, as a user does: `tailscale status` (a stand-in) sees the
// operator (tag:k8s-operator) and a ProxyGroup replica that sorts before it; the operator is
// the default and its tags are shown; a choice made for a context is back after a restart;
// two contexts selected get a row each with its own suggestion; Apply writes each context's
// proxy, read back with the real kubectl.
#include "app/AppSettings.h"
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

#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Prod = QStringLiteral("prod");
const QString Dev = QStringLiteral("dev");
const QString ProdCluster = QStringLiteral("arn:aws:eks:us-east-1:123456789012:cluster/prod");
const QString Operator = QStringLiteral("tailscale-operator.tail1234.ts.net");
const QString Replica = QStringLiteral("prod-apiserver-0.tail1234.ts.net");
constexpr int DiscoveryTimeoutMs = 10000;

const QByteArray kConfig = R"(apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://10.0.0.1
    certificate-authority-data: Zm9v
  name: arn:aws:eks:us-east-1:123456789012:cluster/prod
- cluster:
    server: https://10.0.0.2
    certificate-authority-data: YmFy
  name: dev
contexts:
- context:
    cluster: arn:aws:eks:us-east-1:123456789012:cluster/prod
    user: prod
  name: prod
- context:
    cluster: dev
    user: dev
  name: dev
current-context: dev
users:
- name: prod
  user:
    token: prod-token
- name: dev
  user:
    token: dev-token
)";

} // namespace

class TestProxyChoiceJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theOperatorIsTheDefaultWithItsTags();
    void theChoiceForAContextIsBackAfterARestart();
    void severalContextsEachTheirOwnProxy_data();
    void severalContextsEachTheirOwnProxy();
    void aLongContextNameLeavesTheProxyReadable();

private:
    void openWindow();
    void closeWindow();
    RewritePanel *panel() const { return m_window->rewritePanel(); }
    QComboBox *hostCombo() const;
    QString serverOf(const QString &context);

    KubectlRunner m_kubectl;
    QTemporaryDir m_bin;
    QString m_config;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KubeconfigService> m_service;
    std::unique_ptr<ForwarderController> m_forwarder;
    std::unique_ptr<MainWindow> m_window;
};

void TestProxyChoiceJourney::initTestCase()
{
    MessageBoxSeam::setTestMode(true);
    FileDialogSeam::setTestMode(true);
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl ($KUBECTL) to read the result back");
    // `tailscale` on PATH is the stand-in answering with a recorded status document.
    QVERIFY(
        FakeTailscale::useInThisProcess(m_bin.path(), QStringLiteral("operator-and-replica.json")));
}

void TestProxyChoiceJourney::init()
{
    QDir(FixtureKubeconfigs::kubeDir()).removeRecursively();
    QDir(BackupStore::defaultRoot()).removeRecursively();
    AppSettings().setDefaultRewriteMode(AppSettings::RewriteMode::InPlace);
    {
        QSettings settings;
        settings.clear();
    }
    m_config = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    QVERIFY(FixtureKubeconfigs::write(m_config, kConfig));
    m_kubectl.setKubeconfig(m_config);
    openWindow();
}

void TestProxyChoiceJourney::cleanup()
{
    closeWindow();
}

void TestProxyChoiceJourney::openWindow()
{
    m_settings = std::make_unique<AppSettings>();
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles({m_config});
    m_service->reload();
    m_forwarder = std::make_unique<ForwarderController>(m_service.get());
    m_window = std::make_unique<MainWindow>(m_service.get(), m_forwarder.get(), m_settings.get());
    m_window->setTrayAvailable(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The window asks tailscale once it is shown.
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->candidates().isEmpty(), DiscoveryTimeoutMs);
}

void TestProxyChoiceJourney::closeWindow()
{
    if (m_settings)
        m_settings->sync();
    m_window.reset();
    m_forwarder.reset();
    m_service.reset();
    m_settings.reset();
}

QComboBox *TestProxyChoiceJourney::hostCombo() const
{
    return m_window->findChild<QComboBox *>(QStringLiteral("hostnameCombo"));
}

QString TestProxyChoiceJourney::serverOf(const QString &context)
{
    QString error;
    const QJsonObject view = KubectlConfigView::read(m_kubectl, m_config, &error);
    const QString cluster = KubectlConfigView::namedEntry(view, QStringLiteral("contexts"), context)
                                .value(QStringLiteral("cluster"))
                                .toString();
    return KubectlConfigView::namedEntry(view, QStringLiteral("clusters"), cluster)
        .value(QStringLiteral("server"))
        .toString();
}

void TestProxyChoiceJourney::theOperatorIsTheDefaultWithItsTags()
{
    m_window->contextsPanel()->selectContexts({Dev});
    // Not prod-apiserver-0, the first alphabetically: the operator's own proxy.
    QCOMPARE(panel()->fqdn(), Operator);
    QCOMPARE(hostCombo()->itemText(0), QStringLiteral("tailscale-operator"));
    auto *tags = m_window->findChild<QLabel *>(QStringLiteral("proxyTagsLabel"));
    QVERIFY(tags);
    QVERIFY2(tags->text().contains(QLatin1String("tag:k8s-operator")), qPrintable(tags->text()));
    QVERIFY2(hostCombo()
                 ->itemData(0, Qt::ToolTipRole)
                 .toString()
                 .contains(QLatin1String("tag:k8s-operator")),
             qPrintable(hostCombo()->itemData(0, Qt::ToolTipRole).toString()));
    // The replica that shares a word with the prod cluster is suggested for prod.
    m_window->contextsPanel()->selectContexts({Prod});
    QCOMPARE(panel()->fqdn(), Replica);
}

void TestProxyChoiceJourney::theChoiceForAContextIsBackAfterARestart()
{
    m_window->contextsPanel()->selectContexts({Prod});
    QCOMPARE(panel()->fqdn(), Replica); // the suggestion
    // The user picks the operator instead, and applies.
    hostCombo()->setCurrentIndex(hostCombo()->findText(QStringLiteral("tailscale-operator")));
    QCOMPARE(panel()->fqdn(), Operator);
    QVERIFY(panel()->apply());
    QCOMPARE(serverOf(Prod), QStringLiteral("https://") + Operator + QStringLiteral(":443"));

    closeWindow();
    openWindow();
    m_window->contextsPanel()->selectContexts({Prod});
    QCOMPARE(panel()->fqdn(), Operator);
}

void TestProxyChoiceJourney::severalContextsEachTheirOwnProxy_data()
{
    QTest::addColumn<QString>("devProxy"); // typed in dev's row; empty: keep the suggestion
    QTest::addColumn<QString>("expectedDev");
    QTest::newRow("the suggestions") << QString() << Operator;
    QTest::newRow("dev's row changed") << QStringLiteral("dev-proxy.tail1234.ts.net")
                                       << QStringLiteral("dev-proxy.tail1234.ts.net");
}

void TestProxyChoiceJourney::severalContextsEachTheirOwnProxy()
{
    QFETCH(QString, devProxy);
    QFETCH(QString, expectedDev);

    m_window->contextsPanel()->selectContexts({Prod, Dev});
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("proxyTable"));
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows << table->item(row, 0)->text();
    QCOMPARE(rows, (QStringList{Prod, Dev}));
    QCOMPARE(panel()->proxyForContext(Prod), Replica);
    QCOMPARE(panel()->proxyForContext(Dev), Operator);
    // The form above names the proxy of an empty row only, not of every context.
    const QString fqdnText = m_window->findChild<QLabel *>(QStringLiteral("fqdnLabel"))->text();
    QVERIFY2(fqdnText.contains(QLatin1String("row")), qPrintable(fqdnText));
    QVERIFY2(table->item(0, 2)->text().contains(QLatin1String("tag:k8s")),
             qPrintable(table->item(0, 2)->text()));
    QVERIFY2(table->item(1, 2)->text().contains(QLatin1String("tag:k8s-operator")),
             qPrintable(table->item(1, 2)->text()));
    if (!devProxy.isEmpty()) {
        auto *combo = qobject_cast<QComboBox *>(table->cellWidget(1, 1));
        QVERIFY(combo);
        combo->setEditText(devProxy);
    }

    auto *apply = m_window->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(serverOf(Prod), QStringLiteral("https://") + Replica + QStringLiteral(":443"));
    QCOMPARE(serverOf(Dev), QStringLiteral("https://") + expectedDev + QStringLiteral(":443"));

    // Each context's proxy is remembered: dev alone comes back with its own.
    m_window->contextsPanel()->selectContexts({Dev});
    QCOMPARE(panel()->fqdn(), expectedDev);
}

// An EKS context is named by its ARN: the name gives way (elided in the middle, whole in its
// tooltip), the proxy's name stays readable.
void TestProxyChoiceJourney::aLongContextNameLeavesTheProxyReadable()
{
    closeWindow();
    QByteArray config = kConfig;
    config.replace(QByteArray("  name: prod\n"),
                   QByteArray(QByteArray("  name: ") + ProdCluster.toUtf8() + '\n'));
    QVERIFY(FixtureKubeconfigs::write(m_config, config));
    openWindow();
    m_window->resize(900, 650);
    m_window->contextsPanel()->selectContexts({ProdCluster, Dev});
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("proxyTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
    QCOMPARE(table->item(0, 0)->toolTip(), ProdCluster);
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(1, 1));
    QVERIFY(combo);
    const int needed = combo->fontMetrics().horizontalAdvance(Operator);
    QTRY_VERIFY2(combo->lineEdit()->width() >= needed,
                 qPrintable(QStringLiteral("the proxy field is %1 px, its name needs %2 px")
                                .arg(combo->lineEdit()->width())
                                .arg(needed)));
}

QTEST_MAIN(TestProxyChoiceJourney)
#include "tst_proxychoicejourney.moc"
