#pragma once

#include "kubeconfig/ApplyReport.h"
#include "kubeconfig/FileChange.h"
#include "kubeconfig/KubeconfigSet.h"
#include "kubeconfig/Result.h"
#include "kubeconfig/RewriteOptions.h"
#include "kubeconfig/RewriteWarning.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

class BackupStore;

// "Route through the tailnet" for the chosen contexts, computed without touching any file:
// for each context its cluster's server becomes https://<fqdn>:443 and
// certificate-authority-data, certificate-authority, insecure-skip-tls-verify and
// tls-server-name are removed (the CA ones kept with keepCa); everything else and the
// user entry stay as they are. NewContext mode adds `<ctx>-tailnet` with its own cluster
// `<cluster>-tailnet` and the same user, in the file the context came from.
class RewritePlan
{
    Q_DECLARE_TR_FUNCTIONS(RewritePlan)

public:
    // Fails (nothing to show) on: an invalid FQDN, an unknown or broken context, no context
    // chosen, a new context name that exists already, newContextName with several contexts.
    static Result<RewritePlan> build(const KubeconfigSet &set, const RewriteOptions &options);

    const RewriteOptions &options() const { return m_options; }
    QList<RewriteWarning> warnings() const { return m_warnings; }
    // A Blocking warning and no force: apply() refuses.
    bool blocked() const;
    // Contexts the plan changes or adds ("gke_x" or "gke_x-tailnet"), in order.
    QStringList changedContexts() const { return m_changedContexts; }
    // Contexts skipped because they already point at the FQDN (with --all).
    QStringList unchangedContexts() const { return m_unchangedContexts; }

    // A context a batch left alone because a noauth proxy cannot carry it.
    struct Skipped
    {
        QString context;
        QString code;   // ContextRoute::id(): "local", "client-certificate"
        QString reason; // one sentence for a person (ContextRoute::reason())
    };
    // RewriteOptions::skipIneligible: the contexts left alone, in order, with their reasons.
    QList<Skipped> skippedContexts() const { return m_skipped; }

    // The files that change, with new content.
    QMap<QString, QByteArray> results() const;
    QList<FileChange> changes() const;
    bool isEmpty() const { return m_changes.isEmpty(); }
    // A readable unified diff per changed file ("--- path (before)" / "+++ path (after)").
    QString diff() const;
    // The whole merged result (for `-o -`): the edited documents.
    const KubeconfigSet &resultSet() const { return m_result; }
    // Drops the edited documents (the whole parsed tree: tens of MiB for 2,000 contexts) for a
    // holder that only shows the plan and apply()s it, as the window does; the changes stay.
    // resultSet() is empty afterwards and applyTo() refuses.
    void releaseResultSet();

    // Writes with SafeWriter (lock, changed-on-disk check, backup, atomic replace) and
    // refuses a blocked plan. `backups` null: the default BackupStore.
    // apply(): in place, to the files the contexts came from.
    Result<ApplyReport> apply(BackupStore *backups = nullptr) const;
    // applyTo(): the whole merged result as one kubeconfig `file` (`rewrite -o FILE`), see
    // MergedKubeconfig; the kubeconfig files themselves are left alone.
    Result<ApplyReport> applyTo(const QString &file, BackupStore *backups = nullptr) const;

private:
    struct Steps; // build()'s working state and named steps (RewritePlan.cpp)

    Result<FileChange> mergedChange(const QString &file) const;
    Result<ApplyReport> write(const QList<FileChange> &changes, BackupStore *backups) const;

    RewriteOptions m_options;
    KubeconfigSet m_result;
    bool m_resultReleased = false;
    QList<RewriteWarning> m_warnings;
    QStringList m_changedContexts;
    QStringList m_unchangedContexts;
    QList<Skipped> m_skipped;
    QList<FileChange> m_changes;
};
