#include "BackupStore.h"

#include "kubeconfig/KubeconfigLogging.h"
#include "kubeconfig/SafeWriter.h"
#include "kubeconfig/UndoPlan.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

const QLatin1String BeforeUndoSuffix("-before-undo.yaml");
const QLatin1String UndoneSuffix(".undone");
const QLatin1String WrittenSuffix(".written");

// `x.yaml` and `x.yaml.undone` share `x.yaml.written`.
QString writtenPathFor(QString backupPath)
{
    if (backupPath.endsWith(UndoneSuffix))
        backupPath.chop(UndoneSuffix.size());
    return backupPath + WrittenSuffix;
}

Status writePrivate(const QString &path, const QByteArray &content)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(content);
    if (!out.commit())
        return Status::failure(out.errorString());
    return Status::success();
}

QDateTime parseTaken(const QString &fileName)
{
    // 20261128T133501123Z-00[-before-undo].yaml
    // The name is UTC: read it as such (reading it as local time shifted it by the offset).
    const QDateTime read =
        QDateTime::fromString(fileName.left(19), QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    return read.isValid() ? QDateTime(read.date(), read.time(), Qt::UTC) : QDateTime();
}

} // namespace

BackupStore::BackupStore(const QString &root)
    : m_root(root)
{}

QString BackupStore::defaultRoot()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    if (state.isEmpty())
        state = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
#endif
    if (state.isEmpty())
        state = QDir::home().filePath(QStringLiteral(".local/state"));
    return QDir(state).filePath(QStringLiteral("kubetailor/backups"));
}

QString BackupStore::folderFor(const QString &file) const
{
    const QString target = QFileInfo(SafeWriter::resolveTarget(file)).absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(target.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(m_root).filePath(QString::fromLatin1(hash));
}

Result<QString> BackupStore::save(const QString &file, const QByteArray &content, Kind kind,
                                  const std::optional<QByteArray> &written, const QDateTime &taken)
{
    const QString folder = folderFor(file);
    if (!QDir().mkpath(folder)) {
        return Result<QString>::failure(
            tr("cannot create the backup folder %1; nothing was written: check that %2 is "
               "writable")
                .arg(folder, m_root));
    }
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString pathFile = QDir(folder).filePath(QStringLiteral("path"));
    if (!QFile::exists(pathFile)) {
        QFile note(pathFile);
        if (note.open(QIODevice::WriteOnly))
            note.write(QFileInfo(file).absoluteFilePath().toUtf8() + '\n');
    }

    const QString stamp = (taken.isValid() ? taken.toUTC() : QDateTime::currentDateTimeUtc())
                              .toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString suffix =
        kind == Kind::BeforeUndo ? QString(BeforeUndoSuffix) : QStringLiteral(".yaml");
    // Backups of one millisecond are numbered after the highest number that millisecond has,
    // never into a gap: prune() removes the oldest, and a newer backup given its number
    // would sort as the oldest, be pruned in turn, and leave undo an older one.
    int next = 0;
    const QStringList sameStamp =
        QDir(folder).entryList({stamp + QStringLiteral("-*")}, QDir::Files);
    for (const QString &name : sameStamp) {
        bool numbered = false;
        const int n = QStringView(name).mid(stamp.size() + 1, 2).toInt(&numbered);
        if (numbered)
            next = qMax(next, n + 1);
    }
    QString backupPath;
    if (next < 100) {
        backupPath = QDir(folder).filePath(
            QStringLiteral("%1-%2%3").arg(stamp).arg(next, 2, 10, QLatin1Char('0')).arg(suffix));
    }
    if (backupPath.isEmpty()) {
        return Result<QString>::failure(
            tr("cannot write a backup in %1: too many backups this millisecond; nothing was "
               "written")
                .arg(folder));
    }
    if (written) {
        // First, so a backup never exists without its record (undo then trusts it).
        const Status recorded = writePrivate(writtenPathFor(backupPath), *written);
        if (!recorded) {
            return Result<QString>::failure(
                tr("cannot write the backup %1: %2; nothing was written")
                    .arg(writtenPathFor(backupPath), recorded.error()));
        }
    }
    const Status saved = writePrivate(backupPath, content);
    if (!saved) {
        QFile::remove(writtenPathFor(backupPath));
        return Result<QString>::failure(tr("cannot write the backup %1: %2; nothing was written")
                                            .arg(backupPath, saved.error()));
    }
    qCDebug(lcKubeconfig) << "backup of" << file << "saved as" << backupPath;
    prune(folder);
    return Result<QString>::ok(backupPath);
}

QList<BackupStore::Entry> BackupStore::list(const QString &file) const
{
    QList<Entry> result;
    QDir dir(folderFor(file));
    const QStringList names =
        dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        Entry entry;
        entry.backupPath = dir.filePath(name);
        entry.file = file;
        entry.taken = parseTaken(name);
        entry.kind = name.endsWith(BeforeUndoSuffix) ? Kind::BeforeUndo : Kind::BeforeChange;
        if (QFile::exists(writtenPathFor(entry.backupPath)))
            entry.writtenPath = writtenPathFor(entry.backupPath);
        result << entry;
    }
    return result;
}

BackupStore::Entry BackupStore::latest(const QString &file) const
{
    const QList<Entry> entries = list(file);
    for (const Entry &entry : entries) {
        if (entry.kind == Kind::BeforeChange)
            return entry;
    }
    return Entry();
}

QList<BackupStore::Entry> BackupStore::lastChange(const QStringList &files) const
{
    QList<Entry> latestOfEach;
    QDateTime newest;
    for (const QString &file : files) {
        const Entry entry = latest(file);
        if (entry.backupPath.isEmpty())
            continue;
        latestOfEach << entry;
        if (!newest.isValid() || entry.taken > newest)
            newest = entry.taken;
    }
    QList<Entry> change;
    for (const Entry &entry : std::as_const(latestOfEach)) {
        if (entry.taken == newest)
            change << entry;
    }
    return change;
}

void BackupStore::markUndone(const Entry &entry) const
{
    if (!QFile::rename(entry.backupPath, entry.backupPath + UndoneSuffix))
        qCWarning(lcKubeconfig) << "could not mark" << entry.backupPath << "as used";
}

Result<QString> BackupStore::undo(const QString &file)
{
    const Result<UndoPlan> plan = UndoPlan::forLatest(*this, file);
    if (!plan)
        return Result<QString>::failure(plan.error());
    const Result<ApplyReport> applied = UndoPlan::apply({plan.value()}, this);
    if (!applied)
        return Result<QString>::failure(applied.error());
    return Result<QString>::ok(plan.value().backup().backupPath);
}

void BackupStore::prune(const QString &folder) const
{
    QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.undone")},
                                            QDir::Files, QDir::Name | QDir::Reversed);
    for (int i = m_maxBackups; i < names.size(); ++i) {
        dir.remove(names.at(i));
        dir.remove(writtenPathFor(names.at(i)));
    }
}
