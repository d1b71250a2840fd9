#pragma once

#include "kubeconfig/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Copies of a kubeconfig's previous content, taken before every write, so any change can
// be undone. Layout: <root>/<sha256 of the file's path, 16 hex>/<UTC timestamp>[-undo].yaml
// with a `path` file naming the kubeconfig. The last maxBackups() per file are kept.
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
    };

    explicit BackupStore(const QString &root = defaultRoot());

    static QString defaultRoot();
    QString root() const { return m_root; }
    // Folder for one kubeconfig's backups.
    QString folderFor(const QString &file) const;

    int maxBackups() const { return m_maxBackups; }
    void setMaxBackups(int count) { m_maxBackups = count; }

    // Saves `content` as a backup of `file` (mode 0600); returns the backup's path.
    Result<QString> save(const QString &file, const QByteArray &content,
                         Kind kind = Kind::BeforeChange);
    // Newest first.
    QList<Entry> list(const QString &file) const;
    // The newest BeforeChange backup that undo() would restore; empty path when none.
    Entry latest(const QString &file) const;

    // Restores the newest BeforeChange backup through SafeWriter (lock, atomic, mode kept):
    // the current content is saved first as a BeforeUndo backup, and the restored backup
    // is marked used (renamed *.undone) so a second undo goes one step further back.
    // Returns the path of the backup restored.
    Result<QString> undo(const QString &file);

private:
    void prune(const QString &folder) const;

    QString m_root;
    int m_maxBackups = 20;
};
