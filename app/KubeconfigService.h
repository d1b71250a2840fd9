#pragma once

#include "kubeconfig/ApplyReport.h"
#include "kubeconfig/BackupStore.h"
#include "kubeconfig/ContextEditor.h"
#include "kubeconfig/KubeconfigSet.h"
#include "kubeconfig/KubeconfigSnapshot.h"
#include "kubeconfig/Result.h"
#include "kubeconfig/UndoPlan.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class ContextsModel;
class KubeconfigWatcher;
class QThread;
class QTimer;
class RewritePlan;

// The desktop app's one view of the user's kubeconfig files: loads them (client-go's
// merge), keeps ContextsModel in step, reloads when a file changes on disk, and performs
// every write (rewrite, switch context, import, the forwarder's local context) through the
// library's safe-write path, remembering the last one so it can be undone.
class KubeconfigService : public QObject
{
    Q_OBJECT

public:
    explicit KubeconfigService(QObject *parent = nullptr);
    ~KubeconfigService() override;

    // The files in precedence order (KubeconfigPaths::fromEnvironment() by default), plus
    // files opened to be shown alongside, after them.
    void setFiles(const QStringList &files);
    QStringList files() const { return m_files; }
    void addFiles(const QStringList &files);
    // The file imports go into and the first one shown in messages (~/.kube/config).
    QString primaryFile() const;

    // Reads every file again. On failure the previous contexts stay and loadError() says
    // what failed and where.
    bool reload();
    // The same on a worker thread (a 2,000-context kubeconfig takes a while to parse): the
    // model, set() and isLoaded() change when it finishes, with reloaded() or loadFailed().
    // The newest load wins: one started earlier and finishing later is dropped, and so is a
    // background load still running when reload() reads the files again.
    void reloadInBackground();
    // A background load is running (the window shows "Reading ~/.kube/config...").
    bool isLoading() const { return m_loading; }
    // Background loads whose thread has not finished yet, dropped ones included.
    int loadsRunning() const { return int(m_loadThreads.size()); }
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }

    // What the window, the tray and the keeper read: one row per context, kept from the
    // last load (no decoded CA: set()->context(name) has it).
    const QList<ContextInfo> &contexts() const { return m_snapshot.contexts(); }
    std::optional<ContextInfo> context(const QString &name) const
    {
        return m_snapshot.context(name);
    }
    QStringList contextNames() const { return m_snapshot.contextNames(); }
    QString currentContext() const { return m_snapshot.currentContext(); }
    // The file a switch of context writes to.
    QString currentContextFile() const { return m_snapshot.currentContextFile(); }

    // The parsed files, for a rewrite, an edit or the doctor. The service does not keep the
    // parsed trees (~35 MiB for 2,000 contexts) while nothing uses them. A load's tree serves
    // what its reloaded() handlers build and goes when they return; after that the trees
    // are parsed again from the bytes of the last load when asked for, and released a
    // while (setParsedKeepAlive) after the last ask. Holders of the pointer keep theirs.
    std::shared_ptr<const KubeconfigSet> set() const;
    bool isParsed() const { return m_snapshot.isParsed(); }
    // Whether set() would parse bytes enough to stall the window (512 KiB and more: ~350
    // GKE-shaped contexts, ~50 ms; 2,000 take 180-290 ms).
    bool parseWouldStall() const;
    // 512 KiB and more of kubeconfig (about 350 GKE-shaped contexts): a parse or a rewrite
    // plan of it takes long enough to be felt in the window.
    bool isLarge() const;
    // Parses the kept bytes on a worker thread; parsedInBackground() says set() is ready
    // (a load that replaced the bytes meanwhile drops the result). Nothing happens when the
    // set is parsed or such a parse runs.
    void parseInBackground();
    bool isParsingInBackground() const { return !m_parseThreads.isEmpty(); }
    // How many times set() parsed the kept bytes again (diagnostics and tests).
    int timesParsedAgain() const { return m_timesParsedAgain; }
    // How long the parsed set stays after the last set() (default 30 s).
    void setParsedKeepAlive(int milliseconds);

    ContextsModel *model() const { return m_model; }
    KubeconfigWatcher *watcher() const { return m_watcher; }
    BackupStore &backups() { return m_backups; }

    // A rewrite the user applied is remembered as a route (RouteStore) unless
    // `rememberRoute` is false (a route applied again by RouteKeeper is remembered already).
    Result<ApplyReport> applyRewrite(const RewritePlan &plan, bool rememberRoute = true);
    Status setCurrentContext(const QString &name);
    Result<QList<ContextEditor::Rename>> importFile(const QString &path);
    Result<QString> upsertLocalContext(const QString &sourceContext, const QString &server,
                                       const QByteArray &caPem, const QString &tlsServerName,
                                       bool insecureSkipTlsVerify = false);
    // Removes the `<context>-local` entry a stopped forwarder leaves (and its cluster when
    // nothing else uses it); success when it is not there.
    Status removeLocalContext(const QString &name);

    // An edit written on a worker thread, for a large kubeconfig (isLarge()): reading,
    // editing, writing and reading back 2,000 contexts takes the better part of a second,
    // too long to hold the window. The worker reads the files afresh (a write must match
    // the disk), `edit` changes them there (it must not touch this service), SafeWriter
    // writes them with backups, and the worker reads them again. Back here the service
    // shows the written files (reloaded(), written()) and then `done` gets the edit's
    // result; nothing written when the edit fails or changes nothing. One at a time: a
    // second waits for the first, and so does every write above (waitForBackgroundWrite()).
    // While it runs, undo is off and the watcher's report of this write is not an outside
    // change.
    using Edit = std::function<Result<QString>(ContextEditor &editor)>;
    using EditDone = std::function<void(const Result<QString> &result)>;
    void editInBackground(const QString &what, Edit edit, EditDone done);
    // applyRewrite() the same way: the plan's changes are written on a worker, the route is
    // remembered, the files are shown, then `done` gets the report.
    using ApplyDone = std::function<void(const Result<ApplyReport> &report)>;
    void applyRewriteInBackground(const RewritePlan &plan, ApplyDone done);
    bool isWritingInBackground() const { return m_backgroundWrite != nullptr; }
    // Blocks until a background write finished and runs its `done` now (a write of the
    // window's own must not race it for the file's lock).
    void waitForBackgroundWrite();

    // The context with what the rows leave out (its CA), from the parsed files: at once when
    // they are parsed or small, else parsed on a worker first (isParsingInBackground()).
    // `done` runs here, with nothing when there is no such context.
    using ContextDone = std::function<void(const std::optional<ContextInfo> &context)>;
    void fullContext(const QString &name, ContextDone done);

    // Undo reverts kubetailor's own change (UndoPlan, entry by entry) in the files the last
    // write of this session changed; without one, the newest backup of the first file of
    // the list that has one. It is not offered (canUndo() false) when it would lose what
    // another program changed since; undoBlockedReason() then says which entry and why.
    bool canUndo() const;
    QString undoDescription() const;
    QString undoBlockedReason() const { return m_undoBlocked; }
    // The entries whose outside change keeps undo off ("cluster "x"", "current-context"; a
    // file for a backup without a record); empty when undo is not blocked by one.
    QStringList undoConflicts() const { return m_undoConflicts; }
    Result<QStringList> undo(bool force = false);

    // "gke_p_z_c goes direct again: its cluster entry was changed by another program"
    static QString wentDirectMessage(const QString &context);

    // "~/.kube/config" for a path under the home folder; the path otherwise.
    static QString displayPath(const QString &path);

    // What a load runs (on the worker thread for reloadInBackground()): KubeconfigSet::load
    // by default. For tests that need a load to finish late.
    using Loader = std::function<Result<KubeconfigSet>(const QStringList &files)>;
    void setLoaderForTesting(const Loader &loader);

signals:
    void loadingChanged(bool loading);
    void reloaded();
    void loadFailed(const QString &error);
    void undoAvailableChanged(bool available);
    // A write of this app finished (for the status bar).
    void written(const ApplyReport &report);
    // Another program changed the files (the watcher saw it, the contexts are reloaded):
    // `summary` says what changed, for the status line; `wentDirect` names the contexts
    // that went through the tailnet before and reach their server directly now (a cloud
    // CLI wrote their cluster entry again).
    void changedOnDisk(const QString &summary, const QStringList &wentDirect);
    // A parse on a worker (parseInBackground(), fullContext()) finished and its set was
    // kept: set() answers without parsing.
    void parsedInBackground();

private:
    // An outside change waiting for the load that shows it.
    struct OutsideChange
    {
        QList<ContextInfo> before;
        QHash<QString, QByteArray> caDigests; // KubeconfigSnapshot::certificateAuthorityDigest
        QString currentBefore;
        QStringList files;
    };

    bool finishLoad(Result<KubeconfigSet> loaded);
    void setLoading(bool loading);
    void reportOutsideChange();
    Result<ApplyReport> applyEditor(const ContextEditor &editor);
    void remember(const ApplyReport &report);
    void onChangedOnDisk(const QStringList &files);
    QStringList undoTargets() const;
    Result<QList<UndoPlan>> planUndo() const;
    void refreshUndo();

    struct BackgroundWrite;
    struct WrittenFiles;
    // Runs `work` on a worker (one background write at a time), then `done` here.
    void startBackgroundWrite(const QString &what, std::function<void(WrittenFiles &)> work,
                              std::function<void(WrittenFiles &)> done);
    // Shows what a background write wrote, as remember() does for a write here.
    void showWritten(WrittenFiles &written);
    void completeBackgroundWrite();
    void afterWrite(const ApplyReport &report);
    void releaseParsed();
    // Parses the kept bytes on a worker; the set is kept when the bytes are still the
    // shown ones (parsedInBackground()), and `then` gets it either way.
    void
    startBackgroundParse(std::function<void(const std::shared_ptr<const KubeconfigSet> &set)> then);
    // (Re)starts the keep-alive of the parsed set, counted from when the caller's work
    // returns to the event loop.
    void keepParsedAWhile() const;
    // Runs `work` on a thread of its own, listed in `threads` until it ends; then `done` here.
    void startWorker(const QString &name, QList<QThread *> *threads, std::function<void()> work,
                     std::function<void()> done);

    QStringList m_files;
    // mutable: set() parses on demand, a cache behind a const accessor.
    mutable KubeconfigSnapshot m_snapshot;
    QTimer *m_releaseTimer = nullptr;
    mutable bool m_keepAliveRestartPosted = false;
    mutable int m_timesParsedAgain = 0;
    Loader m_loader;
    // Every load takes the next number; only the newest one's result is used.
    quint64 m_generation = 0;
    QList<QThread *> m_loadThreads;
    QList<QThread *> m_parseThreads;
    std::unique_ptr<BackgroundWrite> m_backgroundWrite;
    quint64 m_backgroundWrites = 0; // serial of the newest background write
    quint64 m_snapshotSerial = 0;   // the bytes a background parse read must still be these
    bool m_loading = false;
    std::optional<OutsideChange> m_outsideChange;
    bool m_loaded = false;
    QString m_loadError;
    ContextsModel *m_model;
    KubeconfigWatcher *m_watcher;
    BackupStore m_backups;
    QStringList m_lastWritten;
    QString m_undoBlocked;
    QStringList m_undoConflicts;
};
