// Undo reverts kubetailor's own change entry by entry and keeps what another program (the
// real kubectl here) wrote since; it refuses, naming the entry, where the two overlap.
#include "kubeconfig/BackupStore.h"
#include "kubeconfig/KubeconfigSet.h"
#include "kubeconfig/RewritePlan.h"
#include "kubeconfig/UndoPlan.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Gke = QStringLiteral("gke_acme-prod_us-central1_payments");
const QString GkeTailnet = Gke + QStringLiteral("-tailnet");
const QString GkeServer = QStringLiteral("https://34.118.10.20");
const QString ProxyServer = QStringLiteral("https://tailscale-operator.tail1234.ts.net:443");
using Mode = RewriteOptions::Mode;
using Commands = QList<QStringList>;
} // namespace

class TestUndoPlan : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void undoKeepsWhatOthersWrote_data();
    void undoKeepsWhatOthersWrote();
    void overlappingChangeRefused_data();
    void overlappingChangeRefused();
    void forcePutsTheEntryBackAndKeepsTheRest();
    void entryWrittenBackByAnotherProgramLeavesNothingToUndo();
    void backupWithoutRecord_data();
    void backupWithoutRecord();

private:
    void rewrite(Mode mode, bool setCurrent = false);
    void runKubectl(const Commands &commands);
    QJsonObject view();
    UndoPlan plan();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BackupStore> m_backups;
    QString m_file;
    KubectlRunner m_kubectl;
};

void TestUndoPlan::init()
{
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl to play the other program ($KUBECTL)");
    m_dir = std::make_unique<QTemporaryDir>();
    m_backups = std::make_unique<BackupStore>(m_dir->filePath(QStringLiteral("backups")));
    m_file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("gke.yaml"),
                                          QStringLiteral("config"));
    m_kubectl.setKubeconfig(m_file);
}

void TestUndoPlan::rewrite(Mode mode, bool setCurrent)
{
    const Result<KubeconfigSet> set = KubeconfigSet::load({m_file});
    QVERIFY2(set.ok(), qPrintable(set.error()));
    RewriteOptions options;
    options.contexts = {Gke};
    options.fqdn = QStringLiteral("tailscale-operator.tail1234.ts.net");
    options.mode = mode;
    options.setCurrent = setCurrent;
    options.pluginExists = [](const QString &, const QString &) {
        return true;
    };
    const Result<RewritePlan> plan = RewritePlan::build(set.value(), options);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const Result<ApplyReport> applied = plan.value().apply(m_backups.get());
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
}

void TestUndoPlan::runKubectl(const Commands &commands)
{
    for (const QStringList &command : commands) {
        const KubectlRunner::Result r =
            m_kubectl.run(QStringList{QStringLiteral("config")} + command);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    }
}

QJsonObject TestUndoPlan::view()
{
    QString error;
    const QJsonObject result = KubectlConfigView::read(m_kubectl, m_file, &error);
    if (result.isEmpty())
        qWarning("kubectl config view failed: %s", qPrintable(error));
    return result;
}

UndoPlan TestUndoPlan::plan()
{
    Result<UndoPlan> plan = UndoPlan::forLatest(*m_backups, m_file);
    if (!plan)
        qFatal("no undo plan: %s", qPrintable(plan.error()));
    return plan.takeValue();
}

static QStringList args(const char *line)
{
    return QString::fromLatin1(line).split(QLatin1Char(' '));
}

void TestUndoPlan::undoKeepsWhatOthersWrote_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<bool>("setCurrent");
    QTest::addColumn<Commands>("outside");
    QTest::addColumn<QStringList>("contextsAfterUndo");
    QTest::addColumn<QString>("currentAfterUndo");

    const QString addStaging =
        QStringLiteral("set-context staging-new --cluster=%1 --user=%1 --namespace=staging")
            .arg(Gke);
    QTest::newRow("nobody else wrote: the rewrite is undone")
        << Mode::InPlace << false << Commands{} << QStringList{Gke} << Gke;
    QTest::newRow("kubectl added a context: it stays, the cluster goes direct again")
        << Mode::InPlace << false << Commands{addStaging.split(QLatin1Char(' '))}
        << QStringList{Gke, QStringLiteral("staging-new")} << Gke;
    QTest::newRow("kubectl switched to its new context: current-context stays")
        << Mode::InPlace << false
        << Commands{addStaging.split(QLatin1Char(' ')), args("use-context staging-new")}
        << QStringList{Gke, QStringLiteral("staging-new")} << QStringLiteral("staging-new");
    QTest::newRow("sibling context: kubetailor's -tailnet entries go, kubectl's context stays")
        << Mode::NewContext << false << Commands{addStaging.split(QLatin1Char(' '))}
        << QStringList{Gke, QStringLiteral("staging-new")} << Gke;
    QTest::newRow("sibling made current, kubectl switched back: nothing to fight over")
        << Mode::NewContext << true << Commands{QStringList{QStringLiteral("use-context"), Gke}}
        << QStringList{Gke} << Gke;
}

void TestUndoPlan::undoKeepsWhatOthersWrote()
{
    QFETCH(Mode, mode);
    QFETCH(bool, setCurrent);
    QFETCH(Commands, outside);
    QFETCH(QStringList, contextsAfterUndo);
    QFETCH(QString, currentAfterUndo);

    const QByteArray original = FixtureKubeconfigs::read(m_file);
    const QJsonObject originalCluster =
        KubectlConfigView::namedEntry(view(), QStringLiteral("clusters"), Gke);
    rewrite(mode, setCurrent);
    runKubectl(outside);

    const UndoPlan undo = plan();
    QVERIFY2(!undo.hasConflicts(), qPrintable(undo.conflictMessage()));
    const Result<ApplyReport> applied = UndoPlan::apply({undo}, m_backups.get());
    QVERIFY2(applied.ok(), qPrintable(applied.error()));

    const QJsonObject after = view();
    QCOMPARE(KubectlConfigView::names(after, QStringLiteral("contexts")), contextsAfterUndo);
    QCOMPARE(KubectlConfigView::names(after, QStringLiteral("clusters")), QStringList{Gke});
    QCOMPARE(KubectlConfigView::namedEntry(after, QStringLiteral("clusters"), Gke),
             originalCluster);
    QCOMPARE(after.value(QStringLiteral("current-context")).toString(), currentAfterUndo);
    if (outside.isEmpty())
        QCOMPARE(FixtureKubeconfigs::read(m_file), original);
}

void TestUndoPlan::overlappingChangeRefused_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<bool>("setCurrent");
    QTest::addColumn<Commands>("outside");
    QTest::addColumn<QString>("reason");

    QTest::newRow("kubectl changed the rewritten cluster's server")
        << Mode::InPlace << false
        << Commands{{QStringLiteral("set-cluster"), Gke,
                     QStringLiteral("--server=https://10.9.8.7")}}
        << QStringLiteral("cluster \"%1\": changed by another program since kubetailor's change")
               .arg(Gke);
    QTest::newRow("kubectl set a namespace on the sibling context kubetailor added")
        << Mode::NewContext << false
        << Commands{{QStringLiteral("set-context"), GkeTailnet, QStringLiteral("--namespace=dev")}}
        << QStringLiteral("context \"%1\": changed by another program since kubetailor's change")
               .arg(GkeTailnet);
    QTest::newRow("kubectl deleted the cluster kubetailor rewrote")
        << Mode::InPlace << false << Commands{{QStringLiteral("delete-cluster"), Gke}}
        << QStringLiteral("cluster \"%1\": removed by another program since kubetailor's change")
               .arg(Gke);
    QTest::newRow("kubetailor made its sibling current, kubectl made a third context current")
        << Mode::NewContext << true
        << Commands{{QStringLiteral("set-context"), QStringLiteral("staging-new"),
                     QStringLiteral("--cluster=") + Gke, QStringLiteral("--user=") + Gke},
                    args("use-context staging-new")}
        << QStringLiteral("current-context: set to \"staging-new\" by another program since "
                          "kubetailor set it to \"%1\"")
               .arg(GkeTailnet);
}

void TestUndoPlan::overlappingChangeRefused()
{
    QFETCH(Mode, mode);
    QFETCH(bool, setCurrent);
    QFETCH(Commands, outside);
    QFETCH(QString, reason);

    rewrite(mode, setCurrent);
    runKubectl(outside);
    const QByteArray edited = FixtureKubeconfigs::read(m_file);

    const UndoPlan undo = plan();
    QVERIFY(undo.hasConflicts());
    const Result<ApplyReport> applied = UndoPlan::apply({undo}, m_backups.get());
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().startsWith(m_file + QStringLiteral(": undo would lose what another "
                                                                "program changed")),
             qPrintable(applied.error()));
    QVERIFY2(applied.error().contains(reason), qPrintable(applied.error()));
    QVERIFY2(applied.error().contains(QStringLiteral("--force")), qPrintable(applied.error()));
    QVERIFY(!applied.error().contains(QLatin1Char('\n')));
    QCOMPARE(FixtureKubeconfigs::read(m_file), edited);
    // Refused, so the backup stays the one the next undo uses.
    QCOMPARE(m_backups->latest(m_file).backupPath, undo.backup().backupPath);
}

void TestUndoPlan::forcePutsTheEntryBackAndKeepsTheRest()
{
    const QJsonObject originalCluster =
        KubectlConfigView::namedEntry(view(), QStringLiteral("clusters"), Gke);
    rewrite(Mode::InPlace);
    runKubectl({{QStringLiteral("set-cluster"), Gke, QStringLiteral("--server=https://10.9.8.7")},
                {QStringLiteral("set-context"), QStringLiteral("staging-new"),
                 QStringLiteral("--cluster=") + Gke, QStringLiteral("--user=") + Gke}});

    const Result<ApplyReport> applied = UndoPlan::apply({plan()}, m_backups.get(), true);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    const QJsonObject after = view();
    QCOMPARE(KubectlConfigView::namedEntry(after, QStringLiteral("clusters"), Gke),
             originalCluster);
    QCOMPARE(KubectlConfigView::names(after, QStringLiteral("contexts")),
             (QStringList{Gke, QStringLiteral("staging-new")}));
    // What --force replaced is kept as a backup.
    QVERIFY(FixtureKubeconfigs::read(applied.value().backups.value(0)).contains("10.9.8.7"));
}

void TestUndoPlan::entryWrittenBackByAnotherProgramLeavesNothingToUndo()
{
    const QByteArray original = FixtureKubeconfigs::read(m_file);
    const QJsonObject originalCluster =
        KubectlConfigView::namedEntry(view(), QStringLiteral("clusters"), Gke);
    rewrite(Mode::InPlace);
    // What `gcloud container clusters get-credentials` does to the entry: the same server
    // and CA again.
    const QString caFile = m_dir->filePath(QStringLiteral("ca.pem"));
    QVERIFY(FixtureKubeconfigs::write(
        caFile,
        QByteArray::fromBase64(originalCluster.value(QStringLiteral("certificate-authority-data"))
                                   .toString()
                                   .toLatin1())));
    runKubectl({{QStringLiteral("set-cluster"), Gke, QStringLiteral("--server=") + GkeServer,
                 QStringLiteral("--certificate-authority=") + caFile,
                 QStringLiteral("--embed-certs=true")}});
    const QByteArray rewrittenByKubectl = FixtureKubeconfigs::read(m_file);
    QVERIFY(rewrittenByKubectl != original);

    const UndoPlan undo = plan();
    QVERIFY(!undo.hasConflicts());
    QVERIFY(!undo.changesFile());
    QCOMPARE(undo.entries().size(), 1);
    QCOMPARE(undo.entries().constFirst().action, UndoPlan::Action::AlreadyAsBefore);
    QVERIFY(UndoPlan::apply({undo}, m_backups.get()).ok());
    QCOMPARE(FixtureKubeconfigs::read(m_file), rewrittenByKubectl);
    QVERIFY(m_backups->latest(m_file).backupPath.isEmpty()); // used up
}

void TestUndoPlan::backupWithoutRecord_data()
{
    QTest::addColumn<bool>("changedSince");
    QTest::newRow("file not written since the backup: restored whole") << false;
    QTest::newRow("file written since the backup: refused, nothing changed") << true;
}

void TestUndoPlan::backupWithoutRecord()
{
    QFETCH(bool, changedSince);
    const QByteArray original = FixtureKubeconfigs::read(m_file);
    rewrite(Mode::InPlace);
    // An older kubetailor kept no record of what it wrote.
    const BackupStore::Entry backup = m_backups->latest(m_file);
    QVERIFY(!backup.writtenPath.isEmpty());
    QVERIFY(QFile::remove(backup.writtenPath));
    if (changedSince) {
        runKubectl({args("set-context staging-new --cluster=x --user=y")});
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(backup.taken.addSecs(60), QFileDevice::FileModificationTime));
    }
    const QByteArray before = FixtureKubeconfigs::read(m_file);

    const UndoPlan undo = plan();
    QVERIFY(undo.isLegacy());
    QCOMPARE(undo.hasConflicts(), changedSince);
    const Result<ApplyReport> applied = UndoPlan::apply({undo}, m_backups.get());
    QCOMPARE(applied.ok(), !changedSince);
    if (changedSince) {
        QVERIFY2(applied.error().contains(QStringLiteral("older kubetailor")),
                 qPrintable(applied.error()));
        QCOMPARE(FixtureKubeconfigs::read(m_file), before);
    } else {
        QCOMPARE(FixtureKubeconfigs::read(m_file), original);
    }
}

QTEST_GUILESS_MAIN(TestUndoPlan)
#include "tst_undoplan.moc"
