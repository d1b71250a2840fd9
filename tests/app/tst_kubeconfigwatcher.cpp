// KubeconfigWatcher: the changes kubectl and the cloud CLIs make (atomic replace, in-place
// write, a file created later) are seen once after the debounce; rewriting the same content
// is not a change.
#include "app/KubeconfigWatcher.h"
#include "tests/support/FixtureKubeconfigs.h"

#include <QSignalSpy>
#include <QTest>

class TestKubeconfigWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void change_data();
    void change();
    void burstIsDebouncedIntoOne();
    void sameContentIsNoChange();

private:
    QString m_file;
};

void TestKubeconfigWatcher::init()
{
    m_file = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    QFile::remove(m_file);
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("gke.yaml"), m_file));
}

void TestKubeconfigWatcher::change_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("atomic replace (new inode)") << QStringLiteral("rename");
    QTest::newRow("write in place") << QStringLiteral("inplace");
    QTest::newRow("removed") << QStringLiteral("remove");
    QTest::newRow("created after watching began") << QStringLiteral("create");
}

void TestKubeconfigWatcher::change()
{
    QFETCH(QString, how);
    if (how == QLatin1String("create"))
        QFile::remove(m_file);
    KubeconfigWatcher watcher;
    watcher.setDebounceInterval(100);
    watcher.setFiles({m_file});
    QSignalSpy changed(&watcher, &KubeconfigWatcher::changed);
    const QByteArray other =
        FixtureKubeconfigs::read(FixtureKubeconfigs::fixturePath(QStringLiteral("eks.yaml")));
    if (how == QLatin1String("rename"))
        QVERIFY(FixtureKubeconfigs::replaceAtomically(m_file, other));
    else if (how == QLatin1String("inplace") || how == QLatin1String("create"))
        QVERIFY(FixtureKubeconfigs::write(m_file, other));
    else
        QVERIFY(QFile::remove(m_file));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    QCOMPARE(changed.first().first().toStringList(), QStringList{m_file});

    // Still watched after the change: the next one is seen as well.
    QVERIFY(FixtureKubeconfigs::replaceAtomically(m_file, other + "\n# again\n"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
}

void TestKubeconfigWatcher::burstIsDebouncedIntoOne()
{
    KubeconfigWatcher watcher;
    watcher.setDebounceInterval(300);
    watcher.setFiles({m_file});
    QSignalSpy changed(&watcher, &KubeconfigWatcher::changed);
    const QByteArray base = FixtureKubeconfigs::read(m_file);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(FixtureKubeconfigs::replaceAtomically(m_file,
                                                      base + "# " + QByteArray::number(i) + '\n'));
        QTest::qWait(20);
    }
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    QTest::qWait(600);
    QCOMPARE(changed.count(), 1);
}

void TestKubeconfigWatcher::sameContentIsNoChange()
{
    KubeconfigWatcher watcher;
    watcher.setDebounceInterval(50);
    watcher.setFiles({m_file});
    QSignalSpy changed(&watcher, &KubeconfigWatcher::changed);
    // A lock file and a temporary file come and go in the folder; the content stays.
    QVERIFY(FixtureKubeconfigs::write(m_file + QStringLiteral(".lock"), "x"));
    QFile::remove(m_file + QStringLiteral(".lock"));
    QVERIFY(FixtureKubeconfigs::replaceAtomically(m_file, FixtureKubeconfigs::read(m_file)));
    QTest::qWait(500);
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestKubeconfigWatcher)
#include "tst_kubeconfigwatcher.moc"
