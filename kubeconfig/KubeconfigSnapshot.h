#pragma once

#include "kubeconfig/ContextInfo.h"
#include "kubeconfig/KubeconfigSet.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

// What was read of a list of kubeconfig files at one moment, kept small for an app that
// runs all day: each file's bytes and one row per context (ContextInfo without the decoded
// CA). The parsed set (KubeconfigSet: the YAML trees, ~10 times the file's size) is there
// while something uses it and can be released; set() parses the same bytes again, so it is
// the same set whatever happened to the files on disk since.
class KubeconfigSnapshot
{
public:
    KubeconfigSnapshot() = default;
    // Takes the rows and bytes of `set` and keeps `set` parsed until release(). A set with
    // an edit not written yet (a document isModified()) is never released.
    explicit KubeconfigSnapshot(KubeconfigSet set);

    QStringList files() const;
    // Rows in merged order; certificateAuthorityData is empty (hasCertificateAuthority says
    // whether there is one): set()->context(name) has the CA.
    const QList<ContextInfo> &contexts() const { return m_contexts; }
    std::optional<ContextInfo> context(const QString &name) const;
    QStringList contextNames() const;
    // SHA-256 of the context's decoded CA (empty when it has none): tells a CA-only change
    // without keeping 2,000 PEM bodies.
    QByteArray certificateAuthorityDigest(const QString &name) const;
    QString currentContext() const { return m_currentContext; }
    // The file a change of current-context is written to (KubeconfigSet::currentContextDocument).
    QString currentContextFile() const { return m_currentContextFile; }

    // The parsed set, parsed again from the kept bytes when it was released. Holders of the
    // pointer keep their set alive after release().
    std::shared_ptr<const KubeconfigSet> set() const;
    bool isParsed() const { return m_parsed != nullptr; }
    // The parse set() runs, as a function of its own: it holds a copy of the kept bytes (shared,
    // never written), so it may run on another thread while this snapshot is used or replaced.
    // adopt() keeps its result, unless the set is parsed already.
    std::function<std::shared_ptr<const KubeconfigSet>()> parser() const;
    void adopt(std::shared_ptr<const KubeconfigSet> parsed);
    // The bytes kept of all files (what a parse reads).
    qsizetype byteCount() const;
    // Drops the parsed set (not while an edit is pending). Returns whether it did.
    bool release();

private:
    struct File
    {
        QString path;
        bool exists = false;
        QByteArray bytes;
    };

    QList<File> m_files;
    QList<ContextInfo> m_contexts;
    QList<QByteArray> m_caDigests; // by row
    QHash<QString, int> m_rows;
    QString m_currentContext;
    QString m_currentContextFile;
    bool m_pinned = false; // an edit is pending: never released
    mutable std::shared_ptr<const KubeconfigSet> m_parsed;
};
