// The "Local proxy" panel: Start runs the embedded forwarder on loopback for the selected
// context (no upstream needed for that), adds <context>-local that kubectl can use,
// /healthz answers over the forwarder's own TLS, the request shows up in the log, and Stop
// frees the port.
#include "app/AppSettings.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/RequestLogModel.h"
#include "app/gui/ForwarderPanel.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlRunner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestForwarderPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startAndStop();
    void busyPortIsAnErrorInWords();
    void clientCertificateContextSuggestsPassthrough_data();
    void clientCertificateContextSuggestsPassthrough();

private:
    static quint16 freePort();
    template <class T> T *child(const char *name) const
    {
        return m_panel->findChild<T *>(QLatin1String(name));
    }

    QString m_file;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KubeconfigService> m_service;
    std::unique_ptr<ForwarderController> m_forwarder;
    std::unique_ptr<ForwarderPanel> m_panel;
};

quint16 TestForwarderPanel::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void TestForwarderPanel::init()
{
    m_file = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("k3s.yaml"), m_file));
    m_settings = std::make_unique<AppSettings>();
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles({m_file});
    QVERIFY(m_service->reload());
    m_forwarder = std::make_unique<ForwarderController>(m_service.get());
    m_panel = std::make_unique<ForwarderPanel>(m_forwarder.get(), m_settings.get());
    m_panel->show();
    m_panel->setContext(QStringLiteral("default"));
}

void TestForwarderPanel::cleanup()
{
    m_panel.reset();
    m_forwarder.reset();
    m_service.reset();
}

void TestForwarderPanel::startAndStop()
{
    const quint16 port = freePort();
    m_panel->setPort(port);
    // HTTP mode on purpose (the k3s context preselects passthrough): only it answers /healthz
    // without an upstream.
    auto *mode = child<QComboBox>("modeCombo");
    mode->setCurrentIndex(mode->findData(int(ForwarderConfig::Mode::Http)));
    auto *button = child<QPushButton>("startStopButton");
    QCOMPARE(button->text(), QStringLiteral("&Start"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(m_forwarder->isRunning(), qPrintable(child<QLabel>("forwarderStateLabel")->text()));
    QCOMPARE(button->text(), QStringLiteral("&Stop"));
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(port);
    QCOMPARE(child<QLabel>("forwarderStateLabel")->text(), QStringLiteral("Running on ") + url);
    QCOMPARE(child<QLineEdit>("kubectlCommandEdit")->text(),
             QStringLiteral("kubectl --context default-local get pods"));

    // The kubeconfig now has default-local pointing at the forwarder, trusting its CA.
    QVERIFY(m_service->set()->context(QStringLiteral("default-local")).has_value());
    QCOMPARE(m_service->set()->context(QStringLiteral("default-local"))->server, url);

    // /healthz answers over TLS that verifies with the CA written into the kubeconfig.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(url + QStringLiteral("/healthz")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(
        m_service->set()->context(QStringLiteral("default-local"))->certificateAuthorityData));
    request.setSslConfiguration(tls);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    // The request log shows it.
    RequestLogModel *log = m_forwarder->requestLog();
    QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() >= 1, 5000);
    QCOMPARE(log->record(log->rowCount() - 1).path, QStringLiteral("/healthz"));
    QCOMPARE(log->record(log->rowCount() - 1).status, 200);
    QCOMPARE(child<QTableView>("requestLogView")->model()->rowCount(), log->rowCount());

    // kubectl itself reaches the forwarder through the added context.
    KubectlRunner kubectl;
    if (kubectl.isAvailable()) {
        kubectl.setKubeconfig(m_file);
        const KubectlRunner::Result r = kubectl.run(
            {QStringLiteral("--context"), QStringLiteral("default-local"), QStringLiteral("get"),
             QStringLiteral("--raw"), QStringLiteral("/healthz")});
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() >= 2, 5000);
    }

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!m_forwarder->isRunning());
    QCOMPARE(button->text(), QStringLiteral("&Start"));
    QCOMPARE(child<QLabel>("forwarderStateLabel")->text(), QStringLiteral("Stopped"));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(1000)); // the port is closed
}

void TestForwarderPanel::busyPortIsAnErrorInWords()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    m_panel->setPort(busy.serverPort());
    QSignalSpy errors(m_panel.get(), &ForwarderPanel::errorMessage);
    QVERIFY(!m_panel->start());
    QCOMPARE(errors.count(), 1);
    const QString text = errors.first().first().toString();
    QVERIFY2(text.contains(QStringLiteral("127.0.0.1:%1").arg(busy.serverPort())),
             qPrintable(text));
    QVERIFY2(child<QLabel>("forwarderStateLabel")->text().startsWith(QStringLiteral("Error: ")),
             qPrintable(child<QLabel>("forwarderStateLabel")->text()));
}

void TestForwarderPanel::clientCertificateContextSuggestsPassthrough_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("context");
    QTest::addColumn<bool>("passthrough");

    QTest::newRow("k3s client certificate: passthrough")
        << QStringLiteral("k3s.yaml") << QStringLiteral("default") << true;
    QTest::newRow("GKE exec plugin: HTTP stays")
        << QStringLiteral("gke.yaml") << QStringLiteral("gke_acme-prod_us-central1_payments")
        << false;
}

void TestForwarderPanel::clientCertificateContextSuggestsPassthrough()
{
    QFETCH(QString, fixture);
    QFETCH(QString, context);
    QFETCH(bool, passthrough);
    QVERIFY(FixtureKubeconfigs::install(fixture, m_file));
    QVERIFY(m_service->reload());
    auto *mode = child<QComboBox>("modeCombo");
    mode->setCurrentIndex(mode->findData(int(ForwarderConfig::Mode::Http)));
    m_panel->setContext(context);

    const auto chosen = ForwarderConfig::Mode(mode->currentData().toInt());
    QCOMPARE(chosen == ForwarderConfig::Mode::Passthrough, passthrough);
    const QString label = child<QLabel>("forwarderContextLabel")->text();
    QCOMPARE(label.contains(QStringLiteral("client certificate")), passthrough);
    if (!passthrough)
        return;
    QVERIFY2(label.contains(QStringLiteral("TCP passthrough is chosen")), qPrintable(label));
    // Choosing HTTP anyway is allowed, and the label says why it will not work.
    mode->setCurrentIndex(mode->findData(int(ForwarderConfig::Mode::Http)));
    const QString warning = child<QLabel>("forwarderContextLabel")->text();
    QVERIFY2(warning.contains(QStringLiteral("which HTTP mode cannot carry")), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("choose TCP passthrough")), qPrintable(warning));
}

QTEST_MAIN(TestForwarderPanel)
#include "tst_forwarderpanel.moc"
