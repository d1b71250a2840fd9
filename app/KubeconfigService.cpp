#include "KubeconfigService.h"

#include "app/AppLogging.h"
#include "app/ContextsModel.h"
#include "app/KubeconfigWatcher.h"
#include "kubeconfig/KubeconfigPaths.h"
#include "kubeconfig/RewritePlan.h"

#include <QDir>
#include <QFileInfo>

KubeconfigService::KubeconfigService(QObject *parent)
    : QObject(parent)
    , m_model(new ContextsModel(this))
    , m_watcher(new KubeconfigWatcher(this))
{
    m_files = KubeconfigPaths::fromEnvironment();
    connect(m_watcher, &KubeconfigWatcher::changed, this, [this] { reload(); });
}

KubeconfigService::~KubeconfigService() = default;

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
    m_watcher->setFiles(m_files);
    Result<KubeconfigSet> loaded = KubeconfigSet::load(m_files);
    if (!loaded) {
        m_loaded = false;
        m_loadError = loaded.error();
        qCWarning(lcGui) << "cannot load the kubeconfig:" << m_loadError;
        emit loadFailed(m_loadError);
        return false;
    }
    m_set = loaded.takeValue();
    m_loaded = true;
    m_loadError.clear();
    m_model->setContexts(m_set.contexts());
    emit reloaded();
    emit undoAvailableChanged(canUndo());
    return true;
}

Result<ApplyReport> KubeconfigService::applyRewrite(const RewritePlan &plan)
{
    Result<ApplyReport> report = plan.apply(&m_backups);
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
    if (m_set.currentContext() == name)
        return Status::success();
    ContextEditor editor(m_set);
    const Status edited = editor.setCurrentContext(name);
    if (!edited)
        return edited;
    return Status::fromResult(applyEditor(editor));
}

Result<QList<ContextEditor::Rename>> KubeconfigService::importFile(const QString &path)
{
    ContextEditor editor(m_set);
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
    ContextEditor editor(m_set);
    Result<QString> name = editor.upsertLocalContext(sourceContext, QString(), server, caPem,
                                                     tlsServerName, insecureSkipTlsVerify);
    if (!name)
        return name;
    const Result<ApplyReport> report = applyEditor(editor);
    if (!report)
        return Result<QString>::failure(report.error());
    return name;
}

void KubeconfigService::remember(const ApplyReport &report)
{
    m_lastWritten = report.filesWritten;
    reload();
    emit written(report);
    emit undoAvailableChanged(canUndo());
}

QStringList KubeconfigService::undoTargets() const
{
    if (!m_lastWritten.isEmpty())
        return m_lastWritten;
    for (const QString &file : m_files) {
        if (!m_backups.latest(file).backupPath.isEmpty())
            return {file};
    }
    return {};
}

bool KubeconfigService::canUndo() const
{
    return !undoTargets().isEmpty();
}

QString KubeconfigService::undoDescription() const
{
    QStringList names;
    for (const QString &file : undoTargets())
        names.append(displayPath(file));
    return names.join(QStringLiteral(", "));
}

Result<QStringList> KubeconfigService::undo()
{
    const QStringList targets = undoTargets();
    if (targets.isEmpty())
        return Result<QStringList>::failure(
            tr("nothing to undo: no backup of %1 was found in %2")
                .arg(displayPath(primaryFile()), displayPath(m_backups.root())));
    QStringList restored;
    for (const QString &file : targets) {
        const Result<QString> backup = m_backups.undo(file);
        if (!backup) {
            reload();
            return Result<QStringList>::failure(backup.error());
        }
        restored.append(file);
    }
    m_lastWritten.clear();
    reload();
    emit undoAvailableChanged(canUndo());
    return Result<QStringList>::ok(restored);
}

QString KubeconfigService::displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return path;
}
