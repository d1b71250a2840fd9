#pragma once

#include "kubeconfig/ApplyReport.h"
#include "kubeconfig/BackupStore.h"
#include "kubeconfig/ContextEditor.h"
#include "kubeconfig/KubeconfigSet.h"
#include "kubeconfig/Result.h"

#include <QObject>
#include <QStringList>

class ContextsModel;
class KubeconfigWatcher;
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
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    const KubeconfigSet &set() const { return m_set; }

    ContextsModel *model() const { return m_model; }
    KubeconfigWatcher *watcher() const { return m_watcher; }
    BackupStore &backups() { return m_backups; }

    Result<ApplyReport> applyRewrite(const RewritePlan &plan);
    Status setCurrentContext(const QString &name);
    Result<QList<ContextEditor::Rename>> importFile(const QString &path);
    Result<QString> upsertLocalContext(const QString &sourceContext, const QString &server,
                                       const QByteArray &caPem, const QString &tlsServerName,
                                       bool insecureSkipTlsVerify = false);

    // Undo restores the files the last write of this session changed; without one, the
    // newest backup of the first file of the list that has one.
    bool canUndo() const;
    QString undoDescription() const;
    Result<QStringList> undo();

    // "~/.kube/config" for a path under the home folder; the path otherwise.
    static QString displayPath(const QString &path);

signals:
    void reloaded();
    void loadFailed(const QString &error);
    void undoAvailableChanged(bool available);
    // A write of this app finished (for the status bar).
    void written(const ApplyReport &report);

private:
    Result<ApplyReport> applyEditor(const ContextEditor &editor);
    void remember(const ApplyReport &report);
    QStringList undoTargets() const;

    QStringList m_files;
    KubeconfigSet m_set;
    bool m_loaded = false;
    QString m_loadError;
    ContextsModel *m_model;
    KubeconfigWatcher *m_watcher;
    BackupStore m_backups;
    QStringList m_lastWritten;
};
