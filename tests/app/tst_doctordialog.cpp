// DoctorDialog offscreen: the steps appear with their outcome icons and text as the runner
// reports, without a network (an http:// server skips the network steps), and the checks
// complete on a machine with no network at all (run-test.sh --netns, loopback taken down).
#include "app/gui/DoctorDialog.h"
#include "kubeconfig/KubeconfigSet.h"
#include "tests/support/OfflineNetwork.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestDoctorDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEveryStepWithItsOutcome();
    void unknownContextIsShown();
    void directServerOffersRouteThroughTailnet();
    void offersItsFixesAsButtons_data();
    void offersItsFixesAsButtons();
    void completesOffline_data();
    void completesOffline();

private:
    KubeconfigSet load(const QString &yaml);
    QTemporaryDir m_dir;
};

void TestDoctorDialog::initTestCase()
{
    qunsetenv("SHELL"); // no login shell to ask for the plugin
}

KubeconfigSet TestDoctorDialog::load(const QString &yaml)
{
    const QString path = m_dir.filePath(QStringLiteral("config"));
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(yaml.toUtf8());
    file.close();
    Result<KubeconfigSet> set = KubeconfigSet::load({path});
    if (!set)
        qFatal("%s", qPrintable(set.error()));
    return set.takeValue();
}

void TestDoctorDialog::showsEveryStepWithItsOutcome()
{
    const KubeconfigSet set = load(
        QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: demo\n"
                       "clusters:\n- name: demo\n  cluster:\n    server: "
                       "http://tailscale-operator.tail1234.ts.net\n"
                       "contexts:\n- name: demo\n  context:\n    cluster: demo\n    user: demo\n"
                       "users:\n- name: demo\n  user:\n    exec:\n      apiVersion: "
                       "client.authentication.k8s.io/v1beta1\n"
                       "      command: kubetailor-test-missing-plugin\n      installHint: get it "
                       "from example.com\n"));
    DoctorDialog dialog;
    dialog.show();
    QSignalSpy finished(dialog.runner(), &DoctorRunner::finished);
    QVERIFY(dialog.start(set, DoctorOptions()));
    QTreeWidget *list = dialog.stepList();
    QCOMPARE(list->topLevelItemCount(), 8);
    QCOMPARE(list->topLevelItem(0)->data(0, DoctorDialog::OutcomeRole).toInt(), -1); // pending
    QVERIFY(dialog.statusText().startsWith(QStringLiteral("Checking context demo")));
    QVERIFY(finished.wait(15000));

    auto outcome = [list](int row) {
        return list->topLevelItem(row)->data(0, DoctorDialog::OutcomeRole).toInt();
    };
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("kubeconfig entry"));
    QCOMPARE(outcome(0), int(CheckResult::Outcome::Fail));
    QVERIFY(list->topLevelItem(0)->text(1).contains(QStringLiteral("is not https://")));
    QVERIFY(!list->topLevelItem(0)->icon(0).isNull());
    for (int row = 1; row <= 4; ++row)
        QCOMPARE(outcome(row), int(CheckResult::Outcome::Skipped));
    QCOMPARE(outcome(5), int(CheckResult::Outcome::Fail));
    // The fix is a child line of a failed step, expanded.
    QTreeWidgetItem *plugin = list->topLevelItem(5);
    QVERIFY(plugin->isExpanded());
    QCOMPARE(plugin->child(0)->text(1), QStringLiteral("get it from example.com"));
    QVERIFY(dialog.statusText().contains(QStringLiteral("check(s) failed")));
    QVERIFY(dialog.reportText().contains(
        QStringLiteral("[fail] exec plugin: kubetailor-test-missing-plugin not found")));
}

void TestDoctorDialog::unknownContextIsShown()
{
    const KubeconfigSet set = load(QStringLiteral("apiVersion: v1\nkind: Config\n"));
    DoctorDialog dialog;
    DoctorOptions options;
    options.context = QStringLiteral("nope");
    QVERIFY(!dialog.start(set, options));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("no context named 'nope'")),
             qPrintable(dialog.statusText()));
    // The window's words: its table, not `kubetailor contexts` or --context.
    QVERIFY2(dialog.statusText().contains(QStringLiteral("select one in the table")) &&
                 !dialog.statusText().contains(QStringLiteral("kubetailor contexts")) &&
                 !dialog.statusText().contains(QStringLiteral("--")),
             qPrintable(dialog.statusText()));
    QCOMPARE(dialog.stepList()->topLevelItemCount(), 0);
}

void TestDoctorDialog::directServerOffersRouteThroughTailnet()
{
    // An IP address: the context goes direct, not through the proxy.
    const KubeconfigSet set = load(
        QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: demo\n"
                       "clusters:\n- name: demo\n  cluster:\n    server: https://192.0.2.10\n"
                       "contexts:\n- name: demo\n  context:\n    cluster: demo\n    user: demo\n"
                       "users:\n- name: demo\n  user:\n    token: abc\n"));
    DoctorDialog dialog;
    dialog.show();
    QSignalSpy finished(dialog.runner(), &DoctorRunner::finished);
    QSignalSpy route(&dialog, &DoctorDialog::routeThroughTailnetRequested);
    DoctorOptions options;
    options.timeoutMs = 300;
    options.askTailscale = false;
    QVERIFY(dialog.start(set, options));
    QVERIFY(finished.wait(15000));

    QTreeWidgetItem *entry = dialog.stepList()->topLevelItem(0);
    QCOMPARE(entry->data(0, DoctorDialog::OutcomeRole).toInt(), int(CheckResult::Outcome::Warn));
    QVERIFY(entry->isExpanded());
    // The fix names the window's button, not the CLI's flags.
    QCOMPARE(entry->child(0)->text(0), QStringLiteral("fix"));
    const QString fix = entry->child(0)->text(1);
    QVERIFY2(fix.contains(QStringLiteral("Route through tailnet button")), qPrintable(fix));
    QVERIFY2(!fix.contains(QStringLiteral("--")) && !fix.contains(QStringLiteral("kubetailor ")),
             qPrintable(fix));
    QPushButton *button = nullptr;
    for (int i = 0; i < entry->childCount() && !button; ++i)
        button = qobject_cast<QPushButton *>(dialog.stepList()->itemWidget(entry->child(i), 1));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Route through tailnet"));
    button->click();
    QCOMPARE(route.size(), 1);
    QCOMPARE(route.at(0).at(0).toString(), QStringLiteral("demo"));
    // A step without a fix the window can do has no button.
    for (int row = 1; row < dialog.stepList()->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = dialog.stepList()->topLevelItem(row);
        for (int i = 0; i < item->childCount(); ++i)
            QVERIFY(!dialog.stepList()->itemWidget(item->child(i), 1));
    }
}

void TestDoctorDialog::offersItsFixesAsButtons_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("stepRow"); // 0 kubeconfig entry, 6 exec credential
    QTest::addColumn<QString>("buttonName");
    QTest::addColumn<QString>("buttonText");

    QTest::newRow("direct server: Route through tailnet")
        << QStringLiteral("https://192.0.2.10") << 0 << QStringLiteral("routeThroughTailnet")
        << QStringLiteral("Route through tailnet");
    QTest::newRow("plugin not run: Run the plugin")
        << QStringLiteral("http://tailscale-operator.tail1234.ts.net") << 6
        << QStringLiteral("runPlugin") << QStringLiteral("Run the plugin");
}

// Where the doctor suggests a fix the window can do, the fix is a button, and no text the
// dialog shows speaks command-line flags or `kubetailor <command>`.
void TestDoctorDialog::offersItsFixesAsButtons()
{
    QFETCH(QString, server);
    QFETCH(int, stepRow);
    QFETCH(QString, buttonName);
    QFETCH(QString, buttonText);

    const QString plugin = m_dir.filePath(QStringLiteral("kubetailor-fake-plugin"));
    QFile::remove(plugin);
    QVERIFY(QFile::copy(QStringLiteral(KUBETAILOR_SUPPORT_DIR "/fake-exec-plugin.sh"), plugin));
    QVERIFY(QFile::setPermissions(plugin, QFile::ReadOwner | QFile::ExeOwner));
    const KubeconfigSet set = load(
        QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: demo\n"
                       "clusters:\n- name: demo\n  cluster:\n    server: %1\n"
                       "contexts:\n- name: demo\n  context:\n    cluster: demo\n    user: demo\n"
                       "users:\n- name: demo\n  user:\n    exec:\n      apiVersion: "
                       "client.authentication.k8s.io/v1beta1\n      command: %2\n")
            .arg(server, plugin));
    DoctorDialog dialog;
    dialog.show();
    QSignalSpy finished(dialog.runner(), &DoctorRunner::finished);
    QSignalSpy route(&dialog, &DoctorDialog::routeThroughTailnetRequested);
    DoctorOptions options;
    options.timeoutMs = 300;
    options.askTailscale = false;
    QVERIFY(dialog.start(set, options));
    QVERIFY(finished.wait(15000));

    // Every text the dialog shows, in the window's words.
    static const QRegularExpression cliSpeak(
        QStringLiteral("(^|[\\s'(`])--[a-z]|kubetailor (rewrite|proxy|contexts|doctor|undo|use|"
                       "rename|delete|import|manifests)"));
    QTreeWidget *list = dialog.stepList();
    QStringList texts{dialog.statusText()};
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = list->topLevelItem(row);
        texts << item->text(0) << item->text(1) << item->toolTip(1);
        for (int i = 0; i < item->childCount(); ++i) {
            texts << item->child(i)->text(0) << item->child(i)->text(1)
                  << item->child(i)->toolTip(1);
            if (auto *b = qobject_cast<QPushButton *>(list->itemWidget(item->child(i), 1)))
                texts << b->text() << b->toolTip();
        }
    }
    for (const QString &text : std::as_const(texts))
        QVERIFY2(!cliSpeak.match(text).hasMatch(), qPrintable(text));

    QTreeWidgetItem *step = list->topLevelItem(stepRow);
    QPushButton *button = nullptr;
    for (int i = 0; i < step->childCount() && !button; ++i)
        button = qobject_cast<QPushButton *>(list->itemWidget(step->child(i), 1));
    QVERIFY(button);
    QCOMPARE(button->objectName(), buttonName);
    QCOMPARE(button->text(), buttonText);
    button->click();
    if (buttonName == QLatin1String("routeThroughTailnet")) {
        QCOMPARE(route.size(), 1);
        QCOMPARE(route.at(0).at(0).toString(), QStringLiteral("demo"));
        return;
    }
    // Run the plugin: the checks run again with the plugin, which prints a token.
    QVERIFY(finished.wait(15000));
    QTreeWidgetItem *credential = dialog.stepList()->topLevelItem(stepRow);
    QCOMPARE(credential->data(0, DoctorDialog::OutcomeRole).toInt(),
             int(CheckResult::Outcome::Pass));
    QVERIFY(dialog.runner()->results().size() > 0);
}

void TestDoctorDialog::completesOffline_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("failedRow"); // 1 DNS, 2 TCP
    QTest::addColumn<QString>("failedText");
    QTest::addColumn<QString>("skippedText");

    QTest::newRow("a name from /etc/hosts: no route to it")
        << QStringLiteral("https://tailscale-operator.tail1234.ts.net:443") << 2
        << QStringLiteral("Network unreachable") << QStringLiteral("skipped: no TCP connection");
    QTest::newRow("an address: no route to it")
        << QStringLiteral("https://100.88.1.2:443") << 2 << QStringLiteral("Network unreachable")
        << QStringLiteral("skipped: no TCP connection");
    QTest::newRow("a name for DNS: no DNS server can be reached")
        << QStringLiteral("https://k8s-proxy.tail1234.ts.net:443") << 1
        << QStringLiteral("does not resolve")
        << QStringLiteral("skipped: the name does not resolve");
}

void TestDoctorDialog::completesOffline()
{
    QFETCH(QString, server);
    QFETCH(int, failedRow);
    QFETCH(QString, failedText);
    QFETCH(QString, skippedText);

    if (qEnvironmentVariable("KUBETAILOR_TEST_NETNS") != QLatin1String("1"))
        QSKIP("needs a private network namespace (run through run-test.sh --netns as root)");
    QFile hosts(QStringLiteral("/etc/hosts"));
    QVERIFY(hosts.open(QIODevice::Append));
    hosts.write("100.88.1.2 tailscale-operator.tail1234.ts.net\n");
    hosts.close();
    const KubeconfigSet set = load(
        QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: demo\n"
                       "clusters:\n- name: demo\n  cluster:\n    server: %1\n"
                       "contexts:\n- name: demo\n  context:\n    cluster: demo\n    user: demo\n"
                       "users:\n- name: demo\n  user:\n    exec:\n      apiVersion: "
                       "client.authentication.k8s.io/v1beta1\n      command: sh\n")
            .arg(server));
    OfflineNetwork offline;
    QString error;
    QVERIFY2(offline.takeDown(&error), qPrintable(error));

    DoctorDialog dialog;
    dialog.show();
    QSignalSpy finished(dialog.runner(), &DoctorRunner::finished);
    DoctorOptions options;
    options.timeoutMs = 2000;
    options.askTailscale = false;
    QVERIFY(dialog.start(set, options));
    QVERIFY(finished.wait(20000));

    QTreeWidget *list = dialog.stepList();
    QCOMPARE(list->topLevelItemCount(), 8);
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        QVERIFY2(list->topLevelItem(row)->data(0, DoctorDialog::OutcomeRole).toInt() >= 0,
                 qPrintable(list->topLevelItem(row)->text(0)));
    QTreeWidgetItem *failed = list->topLevelItem(failedRow);
    QCOMPARE(failed->data(0, DoctorDialog::OutcomeRole).toInt(), int(CheckResult::Outcome::Fail));
    QVERIFY2(failed->text(1).contains(failedText), qPrintable(failed->text(1)));
    QVERIFY2(failed->isExpanded() && failed->childCount() > 0, "the fix is shown");
    for (int row = failedRow + 1; row <= 4; ++row) {
        QCOMPARE(list->topLevelItem(row)->data(0, DoctorDialog::OutcomeRole).toInt(),
                 int(CheckResult::Outcome::Skipped));
        QCOMPARE(list->topLevelItem(row)->text(1), skippedText);
    }
    QVERIFY2(dialog.statusText().contains(QStringLiteral("check(s) failed")),
             qPrintable(dialog.statusText()));
}

QTEST_MAIN(TestDoctorDialog)
#include "tst_doctordialog.moc"
