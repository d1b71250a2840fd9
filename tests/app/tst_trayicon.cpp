// The tray menu: the contexts with the current one checked; choosing another switches
// current-context on disk (read back with kubectl); the forwarder entry starts and stops
// the local proxy for the current context; the icon says idle, running or error.
#include "app/AppSettings.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/gui/TrayIcon.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlRunner.h"

#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTest>

class TestTrayIcon : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void menuListsTheContexts();
    void choosingAContextSwitchesCurrentContextOnDisk();
    void forwarderEntryStartsAndStops();
    void iconShowsAnError();

private:
    QStringList contextEntries() const;

    QStringList m_files;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KubeconfigService> m_service;
    std::unique_ptr<ForwarderController> m_forwarder;
    std::unique_ptr<TrayIcon> m_tray;
};

void TestTrayIcon::init()
{
    m_files = FixtureKubeconfigs::installStandardSet();
    m_settings = std::make_unique<AppSettings>();
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles(m_files);
    m_forwarder = std::make_unique<ForwarderController>(m_service.get());
    m_tray = std::make_unique<TrayIcon>(m_service.get(), m_forwarder.get(), m_settings.get());
    QVERIFY(m_service->reload());
}

void TestTrayIcon::cleanup()
{
    m_tray.reset();
    m_forwarder.reset();
    m_service.reset();
}

QStringList TestTrayIcon::contextEntries() const
{
    QStringList entries;
    const QList<QAction *> actions = m_tray->menu()->actions();
    for (QAction *action : actions) {
        if (action->property("context").isValid())
            entries.append((action->isChecked() ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) +
                           action->text());
    }
    return entries;
}

void TestTrayIcon::menuListsTheContexts()
{
    QTRY_COMPARE(
        contextEntries(),
        (QStringList{QStringLiteral("[x] gke_acme-prod_us-central1_payments"),
                     QStringLiteral("[ ] arn:aws:eks:us-west-2:123456789012:cluster/orders"),
                     QStringLiteral("[ ] inventory"), QStringLiteral("[ ] default")}));
    QVERIFY(m_tray->menu()->findChild<QAction *>(QStringLiteral("trayOpenAction")));
    QVERIFY(m_tray->menu()->findChild<QAction *>(QStringLiteral("trayQuitAction")));
    QCOMPARE(m_tray->forwarderAction()->text(),
             QStringLiteral("&Start local proxy for gke_acme-prod_us-central1_payments"));
    QCOMPARE(m_tray->state(), TrayIcon::State::Idle);
    QVERIFY(!m_tray->systemTrayIcon()->icon().isNull());
}

void TestTrayIcon::choosingAContextSwitchesCurrentContextOnDisk()
{
    QTRY_VERIFY(m_tray->contextAction(QStringLiteral("inventory")));
    QSignalSpy status(m_tray.get(), &TrayIcon::statusMessage);
    m_tray->contextAction(QStringLiteral("inventory"))->trigger();
    QCOMPARE(status.count(), 1);
    QTRY_COMPARE(contextEntries().value(2), QStringLiteral("[x] inventory"));
    QCOMPARE(contextEntries().value(0), QStringLiteral("[ ] gke_acme-prod_us-central1_payments"));
    // Written to the first existing file of the list (client-go's rule).
    QVERIFY(FixtureKubeconfigs::read(m_files.first()).contains("current-context: inventory"));

    KubectlRunner kubectl;
    if (!kubectl.isAvailable())
        QSKIP("no kubectl to read current-context back ($KUBECTL)");
    kubectl.setKubeconfig(m_files.join(QLatin1Char(':')));
    const KubectlRunner::Result r =
        kubectl.run({QStringLiteral("config"), QStringLiteral("current-context")});
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("inventory"));
}

void TestTrayIcon::forwarderEntryStartsAndStops()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    m_settings->setForwarderPort(port);
    QTRY_VERIFY(m_tray->forwarderAction() && m_tray->forwarderAction()->isEnabled());
    m_tray->forwarderAction()->trigger();
    QVERIFY2(m_forwarder->isRunning(), qPrintable(m_forwarder->lastError()));
    QCOMPARE(m_forwarder->context(), QStringLiteral("gke_acme-prod_us-central1_payments"));
    QCOMPARE(m_tray->state(), TrayIcon::State::Running);
    QCOMPARE(TrayIcon::iconPath(m_tray->state()), QStringLiteral(":/icons/tray-running.svg"));
    QVERIFY(m_tray->systemTrayIcon()->toolTip().contains(
        QStringLiteral("https://127.0.0.1:%1").arg(port)));
    QTRY_VERIFY(m_tray->forwarderAction()->text().startsWith(QStringLiteral("&Stop local proxy")));
    m_tray->forwarderAction()->trigger();
    QVERIFY(!m_forwarder->isRunning());
    QCOMPARE(m_tray->state(), TrayIcon::State::Idle);
}

void TestTrayIcon::iconShowsAnError()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    m_settings->setForwarderPort(busy.serverPort());
    QSignalSpy errors(m_tray.get(), &TrayIcon::errorMessage);
    QTRY_VERIFY(m_tray->forwarderAction() && m_tray->forwarderAction()->isEnabled());
    m_tray->forwarderAction()->trigger();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_tray->state(), TrayIcon::State::Error);
    QVERIFY(m_tray->systemTrayIcon()->toolTip().contains(QString::number(busy.serverPort())));
    QCOMPARE(TrayIcon::iconPath(TrayIcon::State::Error), QStringLiteral(":/icons/tray-error.svg"));
    QCOMPARE(TrayIcon::iconPath(TrayIcon::State::Idle), QStringLiteral(":/icons/tray-idle.svg"));
    QVERIFY(!QIcon(TrayIcon::iconPath(TrayIcon::State::Error)).pixmap(22, 22).isNull());
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
