#pragma once

#include "kubeconfig/ApplyReport.h"
#include "kubeconfig/FileChange.h"
#include "kubeconfig/KubeconfigSet.h"
#include "kubeconfig/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

class BackupStore;

// Edits of the merged kubeconfig (use, rename, delete, import, the forwarder's local
// context). Each operation edits the in-memory set (each entry in the file it came
// from); changes(), diff() and apply() then show and write every changed file through
// SafeWriter with backups, like RewritePlan. Operations can be chained before apply().
class ContextEditor
{
    Q_DECLARE_TR_FUNCTIONS(ContextEditor)

public:
    struct Rename
    {
        KubeconfigDocument::Section section;
        QString from;
        QString to;
    };

    explicit ContextEditor(const KubeconfigSet &set);

    const KubeconfigSet &set() const { return m_set; }

    // Written to the file client-go writes it to (KubeconfigSet::currentContextDocument).
    Status setCurrentContext(const QString &name);
    // Renames the context (in its file; current-context follows where it named it).
    Status renameContext(const QString &oldName, const QString &newName);
    // Removes the context, and its cluster and user when no other context (in any file)
    // refers to them. current-context naming it is cleared.
    Status deleteContext(const QString &name);
    // Merges `path` into the file `into` (default: the first file of the set). A name that
    // exists in the set with different content is renamed `<name>-2`, `-3`... (references
    // follow); an identical entry is not duplicated. Relative paths in moved entries are
    // made absolute. Returns the renames.
    Result<QList<Rename>> importFile(const QString &path, const QString &into = QString());
    // Adds or updates context `newName` (default `<sourceContext>-local`) with its own
    // cluster `newName` (server, CA data, optional tls-server-name; insecure-skip-tls-verify
    // only without CA data, as kubectl refuses both) and the SAME user entry as
    // `sourceContext`, in the file the source context came from. Used by `proxy`.
    Result<QString> upsertLocalContext(const QString &sourceContext, const QString &newName,
                                       const QString &server, const QByteArray &caPem,
                                       const QString &tlsServerName = QString(),
                                       bool insecureSkipTlsVerify = false);

    bool hasChanges() const;
    QList<FileChange> changes() const;
    QMap<QString, QByteArray> results() const;
    QString diff() const;
    // `backups` null: the default BackupStore.
    Result<ApplyReport> apply(BackupStore *backups = nullptr) const;

private:
    KubeconfigSet m_set;
};
