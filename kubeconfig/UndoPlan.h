#pragma once

#include "kubeconfig/ApplyReport.h"
#include "kubeconfig/BackupStore.h"
#include "kubeconfig/FileChange.h"
#include "kubeconfig/KubeconfigDocument.h"
#include "kubeconfig/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What undoing kubetailor's last change of one kubeconfig file does, worked out before
// anything is written. The backup holds the file before kubetailor's write and its record
// the file kubetailor wrote; comparing the two gives the entries kubetailor changed
// (clusters, contexts, users, current-context). Each of those goes back to its "before"
// only where the file still has it as kubetailor left it; everything else in the file
// stays (entries another program added or changed, the current-context it set). An entry
// kubetailor changed that was changed again since is a conflict: undo refuses, names it,
// and writes nothing, unless forced.
//
// A backup without a record (taken by an older kubetailor) can only be restored whole:
// that is done when the file was not modified after the backup was taken, else refused.
class UndoPlan
{
    Q_DECLARE_TR_FUNCTIONS(UndoPlan)

public:
    enum class Action {
        PutBack,         // kubetailor changed it; as kubetailor left it: its "before" goes back
        Remove,          // kubetailor added it; as kubetailor left it: removed
        AddBack,         // kubetailor removed it; still absent: added back
        AlreadyAsBefore, // the file already has it as before kubetailor's change
        Conflict         // changed (or removed) since kubetailor's change
    };

    struct EntryUndo
    {
        QString kind; // "cluster", "context", "user", "current-context"
        QString name; // the entry's name; for current-context the value kubetailor set
        Action action = Action::PutBack;
        bool goneNow = false; // a conflict because another program removed the entry
        QString valueNow;     // current-context: the value in the file now
        // "cluster "gke_p_z_c"", "current-context"
        QString label() const;
        // One line for the user: what undo does with the entry, or why it will not.
        QString describe() const;
    };

    // The newest BeforeChange backup of `file` (refused when there is none).
    static Result<UndoPlan> forLatest(const BackupStore &store, const QString &file);
    static Result<UndoPlan> forBackup(const QString &file, const BackupStore::Entry &backup);

    QString file() const { return m_file; }
    BackupStore::Entry backup() const { return m_backup; }
    // A backup with no record of what kubetailor wrote (see the class comment).
    bool isLegacy() const { return m_backup.writtenPath.isEmpty(); }
    // The file is byte for byte what kubetailor wrote: undo restores the backup exactly.
    bool fileAsWritten() const { return m_fileAsWritten; }

    QList<EntryUndo> entries() const { return m_entries; }
    QList<EntryUndo> conflicts() const;
    bool hasConflicts() const;
    // Why undo refuses: each conflicting entry and why, and (`offerForce`, the CLI) what
    // --force does; the window has no force and leaves that out. Empty without conflicts.
    QString conflictMessage(bool offerForce = true) const;
    // Whether undo would write anything (false: every entry is already as before).
    bool changesFile(bool force = false) const;

    // The file undo writes; `force` puts back conflicting entries too (for a legacy backup:
    // the whole backup).
    FileChange change(bool force = false) const;

    // Writes every plan's change under all locks at once (SafeWriter: lock, changed-on-disk
    // check, the replaced content saved as a BeforeUndo backup) and marks the backups used.
    // Refuses, writing nothing, when a plan has conflicts and `force` is off.
    static Result<ApplyReport> apply(const QList<UndoPlan> &plans, BackupStore *store,
                                     bool force = false);

private:
    Status plan(const QByteArray &before, const QByteArray &written);
    void planLegacy();
    QByteArray entryWiseContent(bool force) const;
    void planSection(KubeconfigDocument::Section section, const KubeconfigDocument &written);
    void planCurrentContext(const KubeconfigDocument &written);

    QString m_file;
    BackupStore::Entry m_backup;
    QByteArray m_before;
    QByteArray m_now;
    KubeconfigDocument m_beforeDoc;
    KubeconfigDocument m_nowDoc;
    bool m_existsNow = false;
    bool m_fileAsWritten = false;
    bool m_legacyChangedSince = false;
    QList<EntryUndo> m_entries;
};
