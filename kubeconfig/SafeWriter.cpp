#include "SafeWriter.h"

#include "kubeconfig/KubeconfigLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

// Holds client-go's lock file while alive.
class LockFile
{
public:
    explicit LockFile(const QString &path)
        : m_path(path)
    {}
    ~LockFile()
    {
        if (m_held)
            QFile::remove(m_path);
    }
    LockFile(const LockFile &) = delete;
    LockFile &operator=(const LockFile &) = delete;

    Status acquire(const QString &file)
    {
        QFile lock(m_path);
        if (lock.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_held = true;
            return Status::success();
        }
        if (QFileInfo::exists(m_path)) {
            return Status::failure(
                SafeWriter::tr("another program is writing %1 (lock file %2 exists); retry, or "
                               "delete the lock if no kubectl is running")
                    .arg(file, m_path));
        }
        return Status::failure(SafeWriter::tr("cannot create the lock file %1: %2; nothing was "
                                              "written: check that the folder is writable")
                                   .arg(m_path, lock.errorString()));
    }

private:
    QString m_path;
    bool m_held = false;
};

Status checkUnchanged(const FileChange &change, const QString &target, QByteArray *current)
{
    QFile file(target);
    const bool exists = file.exists();
    if (exists) {
        if (!file.open(QIODevice::ReadOnly)) {
            return Status::failure(SafeWriter::tr("cannot read %1: %2; nothing was written")
                                       .arg(change.path, file.errorString()));
        }
        *current = file.readAll();
    }
    if (exists != change.existedBefore || (exists && *current != change.contentBefore)) {
        return Status::failure(
            SafeWriter::tr("%1 changed on disk since kubetailor read it; nothing was written: "
                           "run the command again to work on the current content")
                .arg(change.path));
    }
    return Status::success();
}

// How many names the file has (1 when unknown or not on a Unix).
qint64 hardLinkCount(const QString &target)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(target).constData(), &st) == 0)
        return qint64(st.st_nlink);
#else
    Q_UNUSED(target);
#endif
    return 1;
}

// Writes over the file's own bytes, so every hard link sees the new content. Not atomic:
// on a failure the content read before (`previous`) is put back.
Status rewriteInPlace(const FileChange &change, const QString &target, const QByteArray &previous)
{
    QFile out(target);
    if (!out.open(QIODevice::ReadWrite)) {
        return Status::failure(SafeWriter::tr("cannot write %1: %2; the file is unchanged")
                                   .arg(change.path, out.errorString()));
    }
    const auto put = [&out](const QByteArray &bytes) {
        bool ok = out.seek(0) && out.write(bytes) == bytes.size() && out.resize(bytes.size()) &&
                  out.flush();
#ifdef Q_OS_UNIX
        ok = ok && ::fsync(out.handle()) == 0;
#endif
        return ok;
    };
    if (put(change.content))
        return Status::success();
    const QString reason = out.errorString();
    const bool restored = put(previous);
    return Status::failure(
        restored
            ? SafeWriter::tr("cannot write %1: %2; the file is unchanged").arg(change.path, reason)
            : SafeWriter::tr("cannot write %1: %2; the file may be incomplete: restore it "
                             "with `kubetailor undo`")
                  .arg(change.path, reason));
}

Status replace(const FileChange &change, const QString &target, bool isNew)
{
    const QString folder = QFileInfo(target).absolutePath();
    if (isNew && !QDir().mkpath(folder)) {
        return Status::failure(
            SafeWriter::tr("cannot create the folder %1 for %2").arg(folder, change.path));
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        return Status::failure(SafeWriter::tr("cannot write %1: %2; the file is unchanged")
                                   .arg(change.path, out.errorString()));
    }
    if (isNew)
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Qt 6.4's QSaveFile::commit() renames even when its own final flush failed (ENOSPC on
    // a full disk), which would replace the kubeconfig with a truncated file: flush first.
    if (out.write(change.content) != change.content.size() || !out.flush() || !out.commit()) {
        const QString reason = out.errorString();
        out.cancelWriting();
        return Status::failure(
            SafeWriter::tr("cannot write %1: %2; the file is unchanged").arg(change.path, reason));
    }
    if (isNew)
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Status::success();
}

} // namespace

SafeWriter::SafeWriter(BackupStore *backups)
    : m_backups(backups)
{}

QString SafeWriter::resolveTarget(const QString &path)
{
    QFileInfo info(path);
    int depth = 0;
    while (info.isSymLink() && depth++ < 64)
        info.setFile(info.symLinkTarget());
    return depth > 0 ? info.absoluteFilePath() : path;
}

QString SafeWriter::lockPathFor(const QString &path)
{
    return path + QStringLiteral(".lock");
}

Result<ApplyReport> SafeWriter::write(const FileChange &change, BackupStore::Kind backupKind)
{
    return write(QList<FileChange>{change}, backupKind);
}

Result<ApplyReport> SafeWriter::write(const QList<FileChange> &changes,
                                      BackupStore::Kind backupKind)
{
    std::vector<std::unique_ptr<LockFile>> locks;
    QStringList targets;
    QList<QByteArray> currents;
    for (const FileChange &change : changes) {
        const QString target = resolveTarget(change.path);
        const QString folder = QFileInfo(target).absolutePath();
        if (!change.existedBefore && !QDir().mkpath(folder)) {
            return Result<ApplyReport>::failure(
                tr("cannot create the folder %1 for %2; nothing was written")
                    .arg(folder, change.path));
        }
        auto lock = std::make_unique<LockFile>(lockPathFor(change.path));
        const Status locked = lock->acquire(change.path);
        if (!locked)
            return Result<ApplyReport>::failure(locked.error());
        locks.push_back(std::move(lock));
        QByteArray current;
        const Status unchanged = checkUnchanged(change, target, &current);
        if (!unchanged)
            return Result<ApplyReport>::failure(unchanged.error());
        targets << target;
        currents << current;
    }

    ApplyReport report;
    // One time for the backups of all files of this write: `undo` restores them together.
    const QDateTime taken = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < changes.size(); ++i) {
        const FileChange &change = changes.at(i);
        QString backupPath;
        if (change.existedBefore && m_backups) {
            const Result<QString> saved =
                m_backups->save(change.path, currents.at(i), backupKind, change.content, taken);
            if (!saved)
                return Result<ApplyReport>::failure(saved.error());
            backupPath = saved.value();
        }
        const qint64 links = change.existedBefore ? hardLinkCount(targets.at(i)) : 1;
        const Status written = links > 1 ? rewriteInPlace(change, targets.at(i), currents.at(i))
                                         : replace(change, targets.at(i), !change.existedBefore);
        if (!written) {
            QString message = written.error();
            if (!report.filesWritten.isEmpty()) {
                message +=
                    QLatin1Char(' ') + tr("(already written: %1; `kubetailor undo` restores them)")
                                           .arg(report.filesWritten.join(QStringLiteral(", ")));
            }
            return Result<ApplyReport>::failure(message);
        }
        qCDebug(lcKubeconfig) << "wrote" << change.path;
        report.filesWritten << change.path;
        report.backups << backupPath;
        if (links > 1) {
            report.notes << tr("%1 has %2 hard links: written in place, so every name sees the "
                               "change")
                                .arg(change.path)
                                .arg(links);
        }
    }
    return Result<ApplyReport>::ok(report);
}
