// DoctorDialog offscreen: the steps appear with their outcome icons and text as the runner
// reports, without a network (an http:// server skips the network steps).
#include "app/gui/DoctorDialog.h"
#include "kubeconfig/KubeconfigSet.h"

#include <QFile>
#include <QPushButton>
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
    QCOMPARE(dialog.stepList()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestDoctorDialog)
#include "tst_doctordialog.moc"
