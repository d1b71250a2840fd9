#include "KubeconfigService.h"

#include "app/AppLogging.h"
#include "app/ContextsModel.h"
#include "app/KubeconfigWatcher.h"
#include "app/routes/RouteRecorder.h"
#include "app/routes/RouteStore.h"
#include "kubeconfig/KubeconfigPaths.h"
#include "kubeconfig/RewritePlan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// Hands the heap pages a parse freed back to the system: parsing a 4 MB kubeconfig builds
// and drops tens of MiB of temporary trees, which glibc would otherwise keep for the
// process's whole (all-day) life.
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace

// A write running on its thread, and what to do here when it ends.
struct KubeconfigService::BackgroundWrite
{
    QThread *thread = nullptr;
    quint64 serial = 0;
    std::function<void()> finish;
};

KubeconfigService::KubeconfigService(QObject *parent)
    : QObject(parent)
    , m_model(new ContextsModel(this))
    , m_watcher(new KubeconfigWatcher(this))
{
    m_releaseTimer = new QTimer(this);
    m_releaseTimer->setSingleShot(true);
    m_releaseTimer->setInterval(30'000);
    connect(m_releaseTimer, &QTimer::timeout, this, &KubeconfigService::releaseParsed);
    m_files = KubeconfigPaths::fromEnvironment();
    m_loader = [](const QStringList &files) {
        return KubeconfigSet::load(files);
    };
    connect(m_watcher, &KubeconfigWatcher::changed, this, &KubeconfigService::onChangedOnDisk);
}

KubeconfigService::~KubeconfigService()
{
    // A write still running finishes (a file is never left half written by a quit); what
    // it would show is dropped.
    if (m_backgroundWrite) {
        m_backgroundWrite->thread->disconnect(this);
        m_backgroundWrite->thread->wait();
        delete m_backgroundWrite->thread;
        m_backgroundWrite.reset();
    }
    // A load or parse still running reads bytes only; its result is dropped.
    for (QThread *thread : std::as_const(m_parseThreads)) {
        thread->disconnect(this);
        thread->wait();
        delete thread;
    }
    for (QThread *thread : std::as_const(m_loadThreads)) {
        thread->disconnect(this);
        thread->wait();
        delete thread;
    }
}

std::shared_ptr<const KubeconfigSet> KubeconfigService::set() const
{
    keepParsedAWhile();
    if (m_snapshot.isParsed())
        return m_snapshot.set();
    QElapsedTimer timer;
    timer.start();
    std::shared_ptr<const KubeconfigSet> parsed = m_snapshot.set();
    ++m_timesParsedAgain;
    qCDebug(lcGui) << "parsed the kubeconfig again for an edit in" << timer.elapsed() << "ms";
    return parsed;
}

void KubeconfigService::keepParsedAWhile() const
{
    m_releaseTimer->start();
    // The keep-alive counts from the end of the work that asked, not from its start: a plan
    // of 2,000 contexts takes longer than a short keep-alive, and a timer that ran out
    // meanwhile would take the tree away as soon as the window's thread is free again. The
    // restart is posted, so it runs when that work returns to the event loop; until then no
    // tree is released by a timer that ran out meanwhile (releaseParsed() waits for it).
    if (m_keepAliveRestartPosted)
        return;
    m_keepAliveRestartPosted = true;
    QMetaObject::invokeMethod(
        m_releaseTimer,
        [this] {
            m_keepAliveRestartPosted = false;
            if (m_snapshot.isParsed())
                m_releaseTimer->start();
        },
        Qt::QueuedConnection);
}

bool KubeconfigService::isLarge() const
{
    return m_snapshot.byteCount() >= 512 * 1024;
}

bool KubeconfigService::parseWouldStall() const
{
    return !m_snapshot.isParsed() && isLarge();
}

void KubeconfigService::parseInBackground()
{
    if (m_snapshot.isParsed() || !m_parseThreads.isEmpty())
        return;
    startBackgroundParse({});
}

void KubeconfigService::startBackgroundParse(
    std::function<void(const std::shared_ptr<const KubeconfigSet> &set)> then)
{
    const quint64 serial = m_snapshotSerial;
    auto result = std::make_shared<std::shared_ptr<const KubeconfigSet>>();
    startWorker(
        QStringLiteral("kubeconfig-parse"), &m_parseThreads,
        [result, parse = m_snapshot.parser()] {
            QElapsedTimer timer;
            timer.start();
            *result = parse();
            qCDebug(lcGui) << "parsed the kubeconfig again on a worker in" << timer.elapsed()
                           << "ms";
        },
        [this, result, serial, then = std::move(then)] {
            const std::shared_ptr<const KubeconfigSet> set = std::move(*result);
            if (serial != m_snapshotSerial) {
                qCDebug(lcGui) << "dropped a parse of bytes a newer load replaced";
            } else {
                m_snapshot.adopt(set);
                ++m_timesParsedAgain;
                keepParsedAWhile();
                // Also for a preview that asked while another caller's parse ran.
                emit parsedInBackground();
            }
            if (then)
                then(set);
            if (serial != m_snapshotSerial)
                releaseFreedMemory();
        });
}

void KubeconfigService::setParsedKeepAlive(int milliseconds)
{
    m_releaseTimer->setInterval(milliseconds);
}

void KubeconfigService::releaseParsed()
{
    // The work that asked last has not returned to the event loop yet (the keep-alive ran
    // out while it ran, or the loop took this timer before the posted restart): the tree is
    // still in use, and the posted restart starts the keep-alive again.
    if (m_keepAliveRestartPosted)
        return;
    if (m_snapshot.release()) {
        releaseFreedMemory();
        qCDebug(lcGui) << "released the parsed kubeconfig";
    }
}

void KubeconfigService::setLoaderForTesting(const Loader &loader)
{
    m_loader = loader;
}

void KubeconfigService::setFiles(const QStringList &files)
{
    m_files = files;
    m_files.removeDuplicates();
}

void KubeconfigService::addFiles(const QStringList &files)
{
    for (const QString &file : files) {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        if (!m_files.contains(absolute))
            m_files.append(absolute);
    }
}

QString KubeconfigService::primaryFile() const
{
    return m_files.value(0, KubeconfigPaths::defaultFile(QDir::homePath()));
}

bool KubeconfigService::reload()
{
    ++m_generation; // a background load still running is dropped when it finishes
    m_watcher->setFiles(m_files);
    const bool ok = finishLoad(m_loader(m_files));
    setLoading(false);
    return ok;
}

void KubeconfigService::reloadInBackground()
{
    const quint64 generation = ++m_generation;
    m_watcher->setFiles(m_files);
    auto result = std::make_shared<std::optional<Result<KubeconfigSet>>>();
    const Loader loader = m_loader;
    const QStringList files = m_files;
    setLoading(true);
    startWorker(
        QStringLiteral("kubeconfig-load"), &m_loadThreads,
        [result, loader, files] {
            QElapsedTimer timer;
            timer.start();
            result->emplace(loader(files));
            qCDebug(lcGui) << "kubeconfig read in" << timer.elapsed() << "ms";
        },
        [this, result, generation] {
            if (generation != m_generation) {
                qCInfo(lcGui) << "dropped a kubeconfig load that finished after a newer one"
                              << generation << m_generation;
                result->reset();
                releaseFreedMemory();
                return;
            }
            finishLoad(std::move(**result));
            result->reset();
            setLoading(false);
        });
}

void KubeconfigService::startWorker(const QString &name, QList<QThread *> *threads,
                                    std::function<void()> work, std::function<void()> done)
{
    QThread *thread = QThread::create(std::move(work));
    thread->setObjectName(name);
    threads->append(thread);
    connect(thread, &QThread::finished, this, [thread, threads, done = std::move(done)] {
        threads->removeOne(thread);
        thread->deleteLater();
        done();
    });
    thread->start();
}

void KubeconfigService::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

bool KubeconfigService::finishLoad(Result<KubeconfigSet> loaded)
{
    if (!loaded) {
        m_loaded = false;
        m_loadError = loaded.error();
        m_outsideChange.reset();
        qCWarning(lcGui) << "cannot load the kubeconfig:" << m_loadError;
        emit loadFailed(m_loadError);
        return false;
    }
    m_snapshot = KubeconfigSnapshot(loaded.takeValue());
    ++m_snapshotSerial;
    m_loaded = true;
    m_loadError.clear();
    m_model->setContexts(m_snapshot.contexts());
    refreshUndo();
    emit reloaded();
    emit undoAvailableChanged(canUndo());
    reportOutsideChange();
    // The tree just parsed served what the reload itself builds, synchronously in the
    // handlers above (the window's preview of the selected context, the routes kept in
    // effect). No one edits yet, so it goes now: a window left open all day holds the rows,
    // not the tree. A preview the user asks for parses again and keeps it a while (set()).
    m_releaseTimer->stop();
    if (m_snapshot.release())
        qCDebug(lcGui) << "released the parsed kubeconfig after the load";
    releaseFreedMemory(); // the loader's temporaries too
    return true;
}
Result<ApplyReport> KubeconfigService::applyRewrite(const RewritePlan &plan, bool rememberRoute)
{
    waitForBackgroundWrite();
    Result<ApplyReport> report = plan.apply(&m_backups);
    if (report && rememberRoute) {
        // From the rows kept: the whole set may have been released, and parsing it again
        // (hundreds of ms for 2,000 contexts) would stall the click for routes that need
        // no CA.
        RouteStore store;
        RouteRecorder::record(store, m_snapshot, plan);
    }
    if (report)
        remember(report.value());
    return report;
}

Result<ApplyReport> KubeconfigService::applyEditor(const ContextEditor &editor)
{
    if (!editor.hasChanges())
        return Result<ApplyReport>::ok(ApplyReport());
    Result<ApplyReport> report = editor.apply(&m_backups);
    if (report)
        remember(report.value());
    return report;
}

Status KubeconfigService::setCurrentContext(const QString &name)
{
    waitForBackgroundWrite();
    if (currentContext() == name)
        return Status::success();
    ContextEditor editor(*set());
    const Status edited = editor.setCurrentContext(name);
    if (!edited)
        return edited;
    return Status::fromResult(applyEditor(editor));
}

Result<QList<ContextEditor::Rename>> KubeconfigService::importFile(const QString &path)
{
    waitForBackgroundWrite();
    ContextEditor editor(*set());
    Result<QList<ContextEditor::Rename>> renames = editor.importFile(path, primaryFile());
    if (!renames)
        return renames;
    const Result<ApplyReport> report = applyEditor(editor);
    if (!report)
        return Result<QList<ContextEditor::Rename>>::failure(report.error());
    return renames;
}

Result<QString> KubeconfigService::upsertLocalContext(const QString &sourceContext,
                                                      const QString &server,
                                                      const QByteArray &caPem,
                                                      const QString &tlsServerName,
                                                      bool insecureSkipTlsVerify)
{
    waitForBackgroundWrite();
    ContextEditor editor(*set());
    Result<QString> name = editor.upsertLocalContext(sourceContext, QString(), server, caPem,
                                                     tlsServerName, insecureSkipTlsVerify);
    if (!name)
        return name;
    const Result<ApplyReport> report = applyEditor(editor);
    if (!report)
        return Result<QString>::failure(report.error());
    return name;
}

Status KubeconfigService::removeLocalContext(const QString &name)
{
    waitForBackgroundWrite();
    reload();
    if (!isLoaded() || !context(name))
        return Status::success();
    ContextEditor editor(*set());
    if (const Status deleted = editor.deleteContext(name); !deleted)
        return deleted;
    const Result<ApplyReport> report = applyEditor(editor);
    if (!report)
        return Status::failure(report.error());
    return Status::success();
}

// What a background write hands back: the write's report (when it wrote) and the files
// read again after it.
struct KubeconfigService::WrittenFiles
{
    std::optional<Result<ApplyReport>> report;
    std::optional<Result<KubeconfigSet>> after;
};

void KubeconfigService::startBackgroundWrite(const QString &what,
                                             std::function<void(WrittenFiles &)> work,
                                             std::function<void(WrittenFiles &)> done)
{
    waitForBackgroundWrite();
    auto written = std::make_shared<WrittenFiles>();
    auto write = std::make_unique<BackgroundWrite>();
    write->serial = ++m_backgroundWrites;
    write->finish = [written, done = std::move(done)] {
        done(*written);
    };
    write->thread = QThread::create([written, work = std::move(work), what] {
        QElapsedTimer timer;
        timer.start();
        work(*written);
        qCDebug(lcGui) << what << "on a worker in" << timer.elapsed() << "ms";
    });
    write->thread->setObjectName(QStringLiteral("kubeconfig-write"));
    const quint64 serial = write->serial;
    connect(write->thread, &QThread::finished, this, [this, serial] {
        if (m_backgroundWrite && m_backgroundWrite->serial == serial)
            completeBackgroundWrite();
    });
    m_backgroundWrite = std::move(write);
    m_backgroundWrite->thread->start();
    emit undoAvailableChanged(false);
}

void KubeconfigService::showWritten(WrittenFiles &written)
{
    if (!written.report || !written.report->ok())
        return;
    m_lastWritten = written.report->value().filesWritten;
    ++m_generation; // a load started before reads older bytes
    m_watcher->setFiles(m_files);
    finishLoad(std::move(*written.after));
    written.after.reset();
    setLoading(false);
    afterWrite(written.report->value());
}

void KubeconfigService::editInBackground(const QString &what, Edit edit, EditDone done)
{
    auto result = std::make_shared<std::optional<Result<QString>>>();
    startBackgroundWrite(
        what,
        [result, edit = std::move(edit), loader = m_loader, files = m_files,
         backups = m_backups](WrittenFiles &written) mutable {
            Result<KubeconfigSet> before = loader(files);
            if (!before) {
                *result = Result<QString>::failure(before.error());
                return;
            }
            ContextEditor editor(before.value());
            before = Result<KubeconfigSet>::failure(QString()); // the editor has its own copy
            Result<QString> edited = edit(editor);
            if (edited && editor.hasChanges()) {
                Result<ApplyReport> report = editor.apply(&backups);
                if (!report) {
                    edited = Result<QString>::failure(report.error());
                } else {
                    written.report = std::move(report);
                    written.after = loader(files);
                }
            }
            *result = std::move(edited);
        },
        [this, result, what, done = std::move(done)](WrittenFiles &written) {
            showWritten(written);
            done(result->value_or(Result<QString>::failure(tr("%1 did not run").arg(what))));
        });
}

void KubeconfigService::applyRewriteInBackground(const RewritePlan &plan, ApplyDone done)
{
    // The worker gets the changes only: no parsed tree crosses threads.
    RewritePlan changes = plan;
    changes.releaseResultSet();
    RewritePlan recorded = changes; // for the route, here
    startBackgroundWrite(
        QStringLiteral("writing %1 rewritten contexts").arg(plan.changedContexts().size()),
        [changes, loader = m_loader, files = m_files,
         backups = m_backups](WrittenFiles &written) mutable {
            written.report = changes.apply(&backups);
            if (written.report->ok())
                written.after = loader(files);
        },
        [this, plan = std::move(recorded), done = std::move(done)](WrittenFiles &written) {
            const Result<ApplyReport> report = *written.report;
            // From the rows shown before the write, as applyRewrite() does.
            if (report) {
                RouteStore store;
                RouteRecorder::record(store, m_snapshot, plan);
            }
            showWritten(written);
            done(report);
        });
}

void KubeconfigService::waitForBackgroundWrite()
{
    if (!m_backgroundWrite)
        return;
    m_backgroundWrite->thread->wait();
    completeBackgroundWrite();
}

void KubeconfigService::completeBackgroundWrite()
{
    const std::unique_ptr<BackgroundWrite> write = std::move(m_backgroundWrite);
    write->thread->deleteLater();
    write->finish();
    if (!m_backgroundWrite)
        emit undoAvailableChanged(canUndo());
}

void KubeconfigService::fullContext(const QString &name, ContextDone done)
{
    if (!parseWouldStall()) {
        done(set()->context(name));
        return;
    }
    // Bytes a newer load replaced meanwhile: the context as it was when asked.
    startBackgroundParse(
        [name, done = std::move(done)](const std::shared_ptr<const KubeconfigSet> &set) {
            done(set ? set->context(name) : std::nullopt);
        });
}

void KubeconfigService::remember(const ApplyReport &report)
{
    m_lastWritten = report.filesWritten;
    reload();
    afterWrite(report);
}

void KubeconfigService::afterWrite(const ApplyReport &report)
{
    emit written(report);
    emit undoAvailableChanged(canUndo());
    // The writer's plan and the tree it was built from go only when the writer returns,
    // after the reload's trim: 33 MiB stayed after the route keeper re-applied 2,000 routes.
    QTimer::singleShot(0, this, [] { releaseFreedMemory(); });
}

QStringList KubeconfigService::undoTargets() const
{
    if (!m_lastWritten.isEmpty())
        return m_lastWritten;
    // After a restart: every file kubetailor's last write changed together.
    QStringList files;
    for (const BackupStore::Entry &entry : m_backups.lastChange(m_files))
        files << entry.file;
    return files;
}

Result<QList<UndoPlan>> KubeconfigService::planUndo() const
{
    QList<UndoPlan> plans;
    for (const QString &file : undoTargets()) {
        Result<UndoPlan> plan = UndoPlan::forLatest(m_backups, file);
        if (!plan)
            return Result<QList<UndoPlan>>::failure(plan.error());
        plans.append(plan.takeValue());
    }
    return Result<QList<UndoPlan>>::ok(plans);
}

void KubeconfigService::refreshUndo()
{
    m_undoBlocked.clear();
    m_undoConflicts.clear();
    if (undoTargets().isEmpty())
        return;
    const Result<QList<UndoPlan>> plans = planUndo();
    if (!plans) {
        m_undoBlocked = plans.error();
        return;
    }
    bool changesSomething = false;
    for (const UndoPlan &plan : plans.value()) {
        if (plan.hasConflicts()) {
            m_undoBlocked = plan.conflictMessage(false); // the window: no --force
            for (const UndoPlan::EntryUndo &entry : plan.conflicts())
                m_undoConflicts << entry.label();
            if (m_undoConflicts.isEmpty()) // a backup without a record of the change
                m_undoConflicts << displayPath(plan.file());
            return;
        }
        changesSomething = changesSomething || plan.changesFile();
    }
    if (!changesSomething)
        m_undoBlocked = tr("nothing to undo: %1 no longer has kubetailor's last change (another "
                           "program wrote those entries as they were before)")
                            .arg(undoDescription());
}

bool KubeconfigService::canUndo() const
{
    return !m_backgroundWrite && !undoTargets().isEmpty() && m_undoBlocked.isEmpty();
}

QString KubeconfigService::undoDescription() const
{
    QStringList names;
    for (const QString &file : undoTargets())
        names.append(displayPath(file));
    return names.join(QStringLiteral(", "));
}

Result<QStringList> KubeconfigService::undo(bool force)
{
    waitForBackgroundWrite();
    const QStringList targets = undoTargets();
    if (targets.isEmpty())
        return Result<QStringList>::failure(
            tr("nothing to undo: no backup of %1 was found in %2")
                .arg(displayPath(primaryFile()), displayPath(m_backups.root())));
    // Planned again from the files as they are now: the watcher may not have seen the
    // latest outside change yet.
    const Result<QList<UndoPlan>> plans = planUndo();
    const Result<ApplyReport> applied = plans ? UndoPlan::apply(plans.value(), &m_backups, force)
                                              : Result<ApplyReport>::failure(plans.error());
    if (!applied) {
        reload();
        return Result<QStringList>::failure(applied.error());
    }
    m_lastWritten.clear();
    reload();
    emit undoAvailableChanged(canUndo());
    return Result<QStringList>::ok(targets);
}

void KubeconfigService::onChangedOnDisk(const QStringList &files)
{
    // Our own background write: its end reads the files and takes them as seen.
    if (m_backgroundWrite)
        return;
    // Compared with what was shown before the first of the changes a load is pending for.
    if (!m_outsideChange) {
        QHash<QString, QByteArray> digests;
        for (const ContextInfo &context : contexts())
            digests.insert(context.name, m_snapshot.certificateAuthorityDigest(context.name));
        m_outsideChange = OutsideChange{contexts(), digests, currentContext(), {}};
    }
    for (const QString &file : files) {
        if (!m_outsideChange->files.contains(file))
            m_outsideChange->files << file;
    }
    reloadInBackground();
}

void KubeconfigService::reportOutsideChange()
{
    if (!m_outsideChange)
        return;
    const OutsideChange change = *std::exchange(m_outsideChange, std::nullopt);
    const QList<ContextInfo> &before = change.before;
    QStringList parts;
    QStringList wentDirect;
    for (const ContextInfo &old : before) {
        const std::optional<ContextInfo> now = context(old.name);
        if (!now) {
            parts << tr("%1 was removed").arg(old.name);
        } else if (old.viaTailnet && !now->viaTailnet) {
            wentDirect << old.name;
            parts << wentDirectMessage(old.name);
        } else if (old.server != now->server || old.clusterName != now->clusterName ||
                   old.userName != now->userName ||
                   change.caDigests.value(old.name) !=
                       m_snapshot.certificateAuthorityDigest(old.name)) {
            parts << tr("%1 was changed").arg(old.name);
        }
    }
    QSet<QString> known;
    for (const ContextInfo &old : before)
        known.insert(old.name);
    for (const QString &name : contextNames()) {
        if (!known.contains(name))
            parts << tr("%1 was added").arg(name);
    }
    if (currentContext() != change.currentBefore && !currentContext().isEmpty())
        parts << tr("current context is now %1").arg(currentContext());

    QStringList shown;
    for (const QString &file : change.files)
        shown << displayPath(file);
    const QString where = shown.join(QStringLiteral(", "));
    const QString summary =
        parts.isEmpty() ? tr("%1 was changed by another program (no context changed)").arg(where)
                        : tr("%1 was changed by another program: %2")
                              .arg(where, parts.join(QStringLiteral("; ")));
    qCInfo(lcGui).noquote() << summary;
    emit changedOnDisk(summary, wentDirect);
}

QString KubeconfigService::wentDirectMessage(const QString &context)
{
    return tr("%1 goes direct again: its cluster entry was changed by another program")
        .arg(context);
}

QString KubeconfigService::displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return path;
}
