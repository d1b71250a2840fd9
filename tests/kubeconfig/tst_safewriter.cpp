#include "kubeconfig/BackupStore.h"
#include "kubeconfig/SafeWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

// Safe writing: atomic, mode kept, through symlinks, client-go's lock, changed-on-disk
// refused, backups and undo; failures leave the original intact and no temporary behind.
class TestSafeWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modeKept_data();
    void modeKept();
    void newFileIs0600InNewFolder();
    void writesThroughSymlink();
    void hardLinksKept();
    void lockHeldRefused();
    void changedOnDiskRefused_data();
    void changedOnDiskRefused();
    void readOnlyFolder();
    void fullDisk();
    void backupThenUndoStepByStep();
    void backupsPruned();
    void backupsPrunedWithinOneMillisecond_data();
    void backupsPrunedWithinOneMillisecond();
    void allOrNothingBeforeWriting();
    void oneWriteOfTwoFilesIsOneChange();
    void backupTimeIsUtcWhateverTheTimeZone();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QByteArray read(const QString &file);
    static void writeRaw(const QString &file, const QByteArray &content);
    static FileChange change(const QString &file, const QByteArray &content);
    bool mountTmpfs(const QString &dir, const QString &options);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BackupStore> m_backups;
    QStringList m_mounts;
};

static int modeOf(const QString &file)
{
    struct stat st;
    if (::stat(QFile::encodeName(file).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

void TestSafeWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backups = std::make_unique<BackupStore>(path(QStringLiteral("state/backups")));
}

void TestSafeWriter::cleanup()
{
    for (const QString &mount : std::as_const(m_mounts))
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), mount});
    m_mounts.clear();
}

QByteArray TestSafeWriter::read(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void TestSafeWriter::writeRaw(const QString &file, const QByteArray &content)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file));
}

FileChange TestSafeWriter::change(const QString &file, const QByteArray &content)
{
    FileChange c;
    c.path = file;
    c.content = content;
    c.existedBefore = QFileInfo::exists(file);
    if (c.existedBefore)
        c.contentBefore = read(file);
    return c;
}

bool TestSafeWriter::mountTmpfs(const QString &dir, const QString &options)
{
    if (qEnvironmentVariable("KUBETAILOR_TEST_NETNS") != QLatin1String("1"))
        return false;
    QDir().mkpath(dir);
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           options, QStringLiteral("tmpfs"), dir}) != 0) {
        return false;
    }
    m_mounts.prepend(dir);
    return true;
}

void TestSafeWriter::modeKept_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0600") << 0600;
    QTest::newRow("0640") << 0640;
    QTest::newRow("0644") << 0644;
}

void TestSafeWriter::modeKept()
{
    QFETCH(int, mode);
    const QString file = path(QStringLiteral("config"));
    writeRaw(file, "old\n");
    QVERIFY(::chmod(QFile::encodeName(file).constData(), mode_t(mode)) == 0);
    SafeWriter writer(m_backups.get());
    const Result<ApplyReport> report = writer.write(change(file, "new\n"));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(read(file), QByteArray("new\n"));
    QCOMPARE(modeOf(file), mode);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("config")});
}

void TestSafeWriter::newFileIs0600InNewFolder()
{
    const QString file = path(QStringLiteral("new/.kube/config"));
    SafeWriter writer(m_backups.get());
    const Result<ApplyReport> report = writer.write(change(file, "apiVersion: v1\n"));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(read(file), QByteArray("apiVersion: v1\n"));
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(report.value().backups, QStringList{QString()});
}

void TestSafeWriter::writesThroughSymlink()
{
    const QString target = path(QStringLiteral("dotfiles/kubeconfig"));
    QDir().mkpath(path(QStringLiteral("dotfiles")));
    writeRaw(target, "old\n");
    const QString link = path(QStringLiteral("config"));
    QVERIFY(QFile::link(target, link));
    SafeWriter writer(m_backups.get());
    const Result<ApplyReport> report = writer.write(change(link, "new\n"));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QCOMPARE(read(target), QByteArray("new\n"));
    QCOMPARE(read(report.value().backups.constFirst()), QByteArray("old\n"));
}

// A kubeconfig with a second name (a dotfiles folder hard-linked into ~/.kube): both
// names see the change, the backup holds the old content, and the report says how.
void TestSafeWriter::hardLinksKept()
{
    const QString file = path(QStringLiteral("config"));
    const QString other = path(QStringLiteral("dotfiles-config"));
    writeRaw(file, "old content, longer than the new one\n");
    QCOMPARE(::link(QFile::encodeName(file).constData(), QFile::encodeName(other).constData()), 0);
    const int mode = modeOf(file);
    SafeWriter writer(m_backups.get());
    const Result<ApplyReport> report = writer.write(change(file, "new\n"));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(read(file), QByteArray("new\n"));
    QCOMPARE(read(other), QByteArray("new\n"));
    QCOMPARE(modeOf(file), mode);
    QCOMPARE(read(report.value().backups.constFirst()),
             QByteArray("old content, longer than the new one\n"));
    QCOMPARE(report.value().notes.size(), 1);
    QVERIFY2(report.value().notes.constFirst().contains(QLatin1String("2 hard links")),
             qPrintable(report.value().notes.constFirst()));
}

void TestSafeWriter::lockHeldRefused()
{
    const QString file = path(QStringLiteral("config"));
    writeRaw(file, "old\n");
    writeRaw(file + QStringLiteral(".lock"), "");
    SafeWriter writer(m_backups.get());
    const Result<ApplyReport> report = writer.write(change(file, "new\n"));
    QVERIFY(!report.ok());
    QCOMPARE(report.error(),
             QStringLiteral("another program is writing %1 (lock file %1.lock exists); retry, or "
                            "delete the lock if no kubectl is running")
                 .arg(file));
    QCOMPARE(read(file), QByteArray("old\n"));
    QVERIFY2(QFileInfo::exists(file + QStringLiteral(".lock")),
             "somebody else's lock is left alone");
    QVERIFY(m_backups->list(file).isEmpty());
}

void TestSafeWriter::changedOnDiskRefused_data()
{
    QTest::addColumn<bool>("existedWhenRead");
    QTest::newRow("edited since read") << true;
    QTest::newRow("created since read") << false;
}

void TestSafeWriter::changedOnDiskRefused()
{
    QFETCH(bool, existedWhenRead);
    const QString file = path(QStringLiteral("config"));
    FileChange c;
    c.path = file;
    c.content = "ours\n";
    c.existedBefore = existedWhenRead;
    c.contentBefore = existedWhenRead ? QByteArray("as read\n") : QByteArray();
    writeRaw(file, "somebody else's edit\n");
    SafeWriter writer(m_backups.get());
    const Result<ApplyReport> report = writer.write(c);
    QVERIFY(!report.ok());
    QCOMPARE(report.error(), QStringLiteral("%1 changed on disk since kubetailor read it; nothing "
                                            "was written: run the command again to work on the "
                                            "current content")
                                 .arg(file));
    QCOMPARE(read(file), QByteArray("somebody else's edit\n"));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
}

void TestSafeWriter::readOnlyFolder()
{
    const QString folder = path(QStringLiteral("ro"));
    const QString file = folder + QStringLiteral("/config");
    if (geteuid() == 0) {
        // Root ignores permissions: a read-only mount is the real thing.
        if (!mountTmpfs(folder, QStringLiteral("size=1m")))
            QSKIP("running as root without a private mount namespace (NETNS): cannot make a "
                  "read-only folder");
        writeRaw(file, "old\n");
        // remount,bind,ro: the mount point only, which a user namespace may change too.
        QCOMPARE(
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), folder}),
            0);
    } else {
        QDir().mkpath(folder);
        writeRaw(file, "old\n");
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    SafeWriter writer(m_backups.get());
    const Result<ApplyReport> report = writer.write(change(file, "new\n"));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().startsWith(
                 QStringLiteral("cannot create the lock file %1.lock: ").arg(file)),
             qPrintable(report.error()));
    QVERIFY2(report.error().endsWith(
                 QStringLiteral("nothing was written: check that the folder is writable")),
             qPrintable(report.error()));
    QCOMPARE(read(file), QByteArray("old\n"));
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestSafeWriter::fullDisk()
{
    const QString folder = path(QStringLiteral("small"));
    if (!mountTmpfs(folder, QStringLiteral("size=64k")))
        QSKIP("needs a private mount namespace (NETNS, as root) for a small tmpfs");
    const QString file = folder + QStringLiteral("/config");
    writeRaw(file, "old\n");
    SafeWriter writer(m_backups.get());
    const Result<ApplyReport> report = writer.write(change(file, QByteArray(1024 * 1024, 'x')));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().startsWith(QStringLiteral("cannot write %1: ").arg(file)),
             qPrintable(report.error()));
    QVERIFY2(report.error().endsWith(QStringLiteral("the file is unchanged")),
             qPrintable(report.error()));
    QCOMPARE(read(file), QByteArray("old\n"));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("config")}); // no temporary file, no lock left
}

void TestSafeWriter::backupThenUndoStepByStep()
{
    const QString file = path(QStringLiteral("config"));
    writeRaw(file, "v1\n");
    SafeWriter writer(m_backups.get());
    QVERIFY(writer.write(change(file, "v2\n")).ok());
    QVERIFY(writer.write(change(file, "v3\n")).ok());
    QCOMPARE(m_backups->list(file).size(), 2);
    QCOMPARE(read(m_backups->latest(file).backupPath), QByteArray("v2\n"));

    const Result<QString> first = m_backups->undo(file);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(read(file), QByteArray("v2\n"));
    const Result<QString> second = m_backups->undo(file);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(read(file), QByteArray("v1\n"));
    const Result<QString> third = m_backups->undo(file);
    QVERIFY(!third.ok());
    QVERIFY2(third.error().startsWith(file + QStringLiteral(": no backup to restore")),
             qPrintable(third.error()));
    QCOMPARE(read(file), QByteArray("v1\n"));

    // Nothing is lost: what each undo replaced is kept.
    QStringList kept;
    for (const BackupStore::Entry &entry : m_backups->list(file)) {
        QCOMPARE(entry.kind, BackupStore::Kind::BeforeUndo);
        kept << QString::fromUtf8(read(entry.backupPath));
    }
    QCOMPARE(kept, (QStringList{QStringLiteral("v2\n"), QStringLiteral("v3\n")}));
    QCOMPARE(modeOf(m_backups->list(file).constFirst().backupPath), 0600);
    QCOMPARE(modeOf(m_backups->folderFor(file)), 0700);
}

void TestSafeWriter::backupsPruned()
{
    const QString file = path(QStringLiteral("config"));
    writeRaw(file, "v0\n");
    m_backups->setMaxBackups(3);
    SafeWriter writer(m_backups.get());
    for (int i = 1; i <= 6; ++i)
        QVERIFY(writer.write(change(file, "v" + QByteArray::number(i) + '\n')).ok());
    const QList<BackupStore::Entry> entries = m_backups->list(file);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(read(entries.at(0).backupPath), QByteArray("v5\n"));
    QCOMPARE(read(entries.at(2).backupPath), QByteArray("v3\n"));
}

void TestSafeWriter::backupsPrunedWithinOneMillisecond_data()
{
    QTest::addColumn<int>("maxBackups");
    QTest::addColumn<int>("saves");
    QTest::newRow("six saves, three kept") << 3 << 6;
    QTest::newRow("twelve saves, one kept") << 1 << 12;
}

// A fast disk writes several backups in one millisecond (the fresh Debian root did): the one
// pruned must never give its number to a newer one, which would then sort as the oldest,
// be pruned itself, and leave undo with an older backup than the last change.
void TestSafeWriter::backupsPrunedWithinOneMillisecond()
{
    QFETCH(int, maxBackups);
    QFETCH(int, saves);
    const QString file = path(QStringLiteral("config"));
    writeRaw(file, "v0\n");
    m_backups->setMaxBackups(maxBackups);
    const QDateTime sameMillisecond(QDate(2026, 12, 7), QTime(1, 2, 3, 456), Qt::UTC);
    for (int i = 1; i <= saves; ++i) {
        const Result<QString> saved =
            m_backups->save(file, "v" + QByteArray::number(i) + '\n',
                            BackupStore::Kind::BeforeChange, std::nullopt, sameMillisecond);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
    }
    const QList<BackupStore::Entry> entries = m_backups->list(file);
    QCOMPARE(entries.size(), maxBackups);
    for (int i = 0; i < maxBackups; ++i)
        QCOMPARE(read(entries.at(i).backupPath), "v" + QByteArray::number(saves - i) + '\n');
    QCOMPARE(read(m_backups->latest(file).backupPath), "v" + QByteArray::number(saves) + '\n');
}

void TestSafeWriter::allOrNothingBeforeWriting()
{
    const QString a = path(QStringLiteral("a"));
    const QString b = path(QStringLiteral("b"));
    writeRaw(a, "a\n");
    writeRaw(b, "b\n");
    FileChange second = change(b, "b2\n");
    second.contentBefore = "stale\n";
    SafeWriter writer(m_backups.get());
    const Result<ApplyReport> report = writer.write({change(a, "a2\n"), second});
    QVERIFY(!report.ok());
    QCOMPARE(read(a), QByteArray("a\n"));
    QCOMPARE(read(b), QByteArray("b\n"));
    QVERIFY(!QFileInfo::exists(a + QStringLiteral(".lock")));
}

// A rewrite of a KUBECONFIG list writes several files at once: undo must find all of them
// (it restored only the newest file's backup).
void TestSafeWriter::oneWriteOfTwoFilesIsOneChange()
{
    const QString a = path(QStringLiteral("a"));
    const QString b = path(QStringLiteral("b"));
    const QString c = path(QStringLiteral("c"));
    writeRaw(a, "a\n");
    writeRaw(b, "b\n");
    writeRaw(c, "c\n");
    SafeWriter writer(m_backups.get());
    QVERIFY(writer.write({change(a, "a2\n"), change(b, "b2\n")}).ok());
    QList<BackupStore::Entry> last = m_backups->lastChange({a, b, c});
    QCOMPARE(last.size(), 2);
    QCOMPARE(last.at(0).file, a);
    QCOMPARE(last.at(1).file, b);
    QCOMPARE(last.at(0).taken, last.at(1).taken);

    QTest::qWait(5); // a later write is a later change
    QVERIFY(writer.write(change(c, "c2\n")).ok());
    last = m_backups->lastChange({a, b, c});
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.at(0).file, c);
    QVERIFY(m_backups->lastChange({path(QStringLiteral("none"))}).isEmpty());
}

void TestSafeWriter::backupTimeIsUtcWhateverTheTimeZone()
{
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Asia/Kolkata"); // +05:30: a local reading of the UTC name shifts it
    tzset();
    const QString file = path(QStringLiteral("config"));
    writeRaw(file, "v1\n");
    SafeWriter writer(m_backups.get());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(writer.write(change(file, "v2\n")).ok());
    const QDateTime taken = m_backups->latest(file).taken;
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    tzset();
    QVERIFY2(taken >= before && taken <= before.addSecs(60),
             qPrintable(taken.toString(Qt::ISODateWithMs)));
}

QTEST_GUILESS_MAIN(TestSafeWriter)
#include "tst_safewriter.moc"
