#pragma once

#include "kubeconfig/ApplyReport.h"
#include "kubeconfig/BackupStore.h"
#include "kubeconfig/FileChange.h"
#include "kubeconfig/Result.h"

#include <QCoreApplication>
#include <QList>

// Writes kubeconfig files the careful way:
// - takes client-go's lock `<file>.lock` (created exclusively; when it exists the write is
//   refused: another kubectl may be writing);
// - refuses when the file on disk is not what was read (FileChange::contentBefore);
// - saves the previous content in the BackupStore;
// - writes a temporary file in the same folder, flushes it, gives it the file's mode (0600
//   for a new file) and renames it over the file: readers see the old or the new content;
// - writes through a symlink to its target (the link stays a link);
// - a file with other hard links is written in place instead (a rename would leave the other
//   names with the old content), after the backup, and the report says so;
// - on any error removes the temporary file; the original stays intact.
class SafeWriter
{
    Q_DECLARE_TR_FUNCTIONS(SafeWriter)

public:
    // `backups` null: no backups (tests, `-o FILE` to a new file).
    explicit SafeWriter(BackupStore *backups);

    // All changes under all their locks: every lock is taken and every file checked before
    // the first one is written.
    Result<ApplyReport> write(const QList<FileChange> &changes,
                              BackupStore::Kind backupKind = BackupStore::Kind::BeforeChange);
    Result<ApplyReport> write(const FileChange &change,
                              BackupStore::Kind backupKind = BackupStore::Kind::BeforeChange);

    // The file a write to `path` replaces: the final target of a symlink chain, else `path`.
    static QString resolveTarget(const QString &path);
    // client-go's lock: `<path>.lock` next to the path as given (kubectl locks the name it
    // was given, not the symlink's target).
    static QString lockPathFor(const QString &path);

private:
    BackupStore *m_backups;
};
