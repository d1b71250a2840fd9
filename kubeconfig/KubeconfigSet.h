#pragma once

#include "kubeconfig/ContextInfo.h"
#include "kubeconfig/KubeconfigDocument.h"
#include "kubeconfig/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

// The merged view of a list of kubeconfig files, by client-go's rules: for a name defined
// in several files the first file wins; current-context comes from the first file that
// sets it; a missing file in the list is skipped (it stays in files() as a possible write
// target). Every entry remembers the file it came from. A value type: copies are
// independent (RewritePlan edits a copy).
class KubeconfigSet
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigSet)

public:
    KubeconfigSet() = default;

    // `files` in precedence order, e.g. KubeconfigPaths::fromEnvironment(). The first
    // error of any file (malformed YAML, wrong types, unreadable) fails the whole load.
    static Result<KubeconfigSet> load(const QStringList &files);
    // From documents already loaded (tests, -o -, in-memory edits).
    static KubeconfigSet fromDocuments(const QList<KubeconfigDocument> &documents);

    QStringList files() const;
    int documentCount() const { return int(m_documents.size()); }
    const KubeconfigDocument &document(int index) const { return m_documents.at(index); }
    KubeconfigDocument &mutableDocument(int index);
    // -1 when `path` is not one of files().
    int indexOfFile(const QString &path) const;
    const QList<KubeconfigDocument> &documents() const { return m_documents; }

    // All contexts in merged order (files in order, entries in file order, first wins).
    QList<ContextInfo> contexts() const;
    std::optional<ContextInfo> context(const QString &name) const;
    QStringList contextNames() const;
    QString currentContext() const;

    // Which document defines the winning entry of `name`; -1 when none.
    int documentOf(KubeconfigDocument::Section section, const QString &name) const;
    // Names of contexts whose cluster (or user) is `name`.
    QStringList contextsUsingCluster(const QString &clusterName) const;
    QStringList contextsUsingUser(const QString &userName) const;

    // The document a change of current-context is written to, as client-go does: the
    // first existing file of the list, else the last (kubectl's use-context writes there even
    // when a later file sets current-context: the first file then wins the merge).
    int currentContextDocument() const;

    // Rebuilds the merged indexes after documents were edited through mutableDocument().
    void refresh();

private:
    ContextInfo describe(const QString &contextName) const;

    QList<KubeconfigDocument> m_documents;
    QHash<QString, int> m_clusterDoc;
    QHash<QString, int> m_contextDoc;
    QHash<QString, int> m_userDoc;
    QStringList m_contextOrder;
    QHash<QString, QStringList> m_contextsByCluster;
    QHash<QString, QStringList> m_contextsByUser;
    QString m_currentContext;
};
