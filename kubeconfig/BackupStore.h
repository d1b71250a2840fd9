#pragma once

#include "kubeconfig/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Copies of a kubeconfig's previous content, taken before every write, so any change can
// be undone. Layout: <root>/<sha256 of the file's path, 16 hex>/<UTC timestamp>[-undo].yaml
// with a `path` file naming the kubeconfig. Beside each backup, `<backup>.written` holds
// what kubetailor wrote over it, so undo (UndoPlan) can tell kubetailor's own change, entry
// by entry, from what another program changed since. The last maxBackups() per file are kept.
// Default root: $XDG_STATE_HOME/kubetailor/backups (~/.local/state/kubetailor/backups).
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    enum class Kind {
        BeforeChange, // taken before a change; what undo() restores
        BeforeUndo    // taken before undo() replaced the file; kept, never restored by undo()
    };

    struct Entry
    {
        QString backupPath;
        QString file; // the kubeconfig it is a copy of
        QDateTime taken;
        Kind kind = Kind::BeforeChange;
        // What kubetailor wrote over this backup; empty for a backup taken by a version
        // that did not record it (then undo can only compare the file's time).
        QString writtenPath;
    };

    explicit BackupStore(const QString &root = defaultRoot());

    static QString defaultRoot();
    QString root() const { return m_root; }
    // Folder for one kubeconfig's backups.
    QString folderFor(const QString &file) const;

    int maxBackups() const { return m_maxBackups; }
    void setMaxBackups(int count) { m_maxBackups = count; }

    // Saves `content` as a backup of `file` (mode 0600), and `written` (what is about to
    // replace it) beside it; returns the backup's path.
    // `taken`: the time the backup is named by (now when invalid); SafeWriter gives every
    // file of one write the same time, so undo can tell which backups belong together.
    Result<QString> save(const QString &file, const QByteArray &content,
                         Kind kind = Kind::BeforeChange,
                         const std::optional<QByteArray> &written = std::nullopt,
                         const QDateTime &taken = QDateTime());
    // Newest first.
    QList<Entry> list(const QString &file) const;
    // The newest BeforeChange backup that undo() would restore; empty path when none.
    Entry latest(const QString &file) const;
    // kubetailor's last change among `files`: the latest backup of every file that one write
    // changed together (same time), newest write first found; empty when none has a backup.
    QList<Entry> lastChange(const QStringList &files) const;

    // Marks a backup used (renamed *.undone) so the next undo goes one step further back.
    void markUndone(const Entry &entry) const;

    // Undoes kubetailor's last change of `file` entry by entry (UndoPlan), refusing when an
    // entry it changed was changed again since; the content it replaces is saved first as
    // a BeforeUndo backup. Returns the path of the backup undone.
    Result<QString> undo(const QString &file);

private:
    void prune(const QString &folder) const;

    QString m_root;
    int m_maxBackups = 20;
};
