#include "KubeconfigSnapshot.h"

#include "kubeconfig/KubeconfigLogging.h"

#include <QCryptographicHash>

KubeconfigSnapshot::KubeconfigSnapshot(KubeconfigSet set)
{
    for (const KubeconfigDocument &document : set.documents()) {
        m_files.append(File{document.path(), document.exists(), document.originalBytes()});
        m_pinned = m_pinned || document.isModified();
    }
    m_contexts = set.contexts();
    m_rows.reserve(m_contexts.size());
    m_caDigests.reserve(m_contexts.size());
    for (int i = 0; i < int(m_contexts.size()); ++i) {
        QByteArray &ca = m_contexts[i].certificateAuthorityData;
        m_caDigests << (ca.isEmpty() ? QByteArray()
                                     : QCryptographicHash::hash(ca, QCryptographicHash::Sha256));
        ca = QByteArray();
        m_rows.insert(m_contexts.at(i).name, i);
    }
    m_currentContext = set.currentContext();
    m_currentContextFile = set.files().value(set.currentContextDocument());
    m_parsed = std::make_shared<const KubeconfigSet>(std::move(set));
}

QStringList KubeconfigSnapshot::files() const
{
    QStringList paths;
    for (const File &file : m_files)
        paths << file.path;
    return paths;
}

std::optional<ContextInfo> KubeconfigSnapshot::context(const QString &name) const
{
    const auto row = m_rows.constFind(name);
    if (row == m_rows.cend())
        return std::nullopt;
    return m_contexts.at(*row);
}

QByteArray KubeconfigSnapshot::certificateAuthorityDigest(const QString &name) const
{
    const auto row = m_rows.constFind(name);
    return row == m_rows.cend() ? QByteArray() : m_caDigests.at(*row);
}

QStringList KubeconfigSnapshot::contextNames() const
{
    QStringList names;
    names.reserve(m_contexts.size());
    for (const ContextInfo &context : m_contexts)
        names << context.name;
    return names;
}

std::shared_ptr<const KubeconfigSet> KubeconfigSnapshot::set() const
{
    if (!m_parsed)
        m_parsed = parser()();
    return m_parsed;
}

std::function<std::shared_ptr<const KubeconfigSet>()> KubeconfigSnapshot::parser() const
{
    return [files = m_files]() -> std::shared_ptr<const KubeconfigSet> {
        QList<KubeconfigDocument> documents;
        for (const File &file : files) {
            if (!file.exists) {
                documents << KubeconfigDocument::missingFile(file.path);
                continue;
            }
            Result<KubeconfigDocument> parsed =
                KubeconfigDocument::fromBytes(file.bytes, file.path);
            if (!parsed) {
                // The same bytes parsed before: only a bug gets here. An empty set makes every
                // rewrite fail with "no such context" rather than write from a partial tree.
                qCCritical(lcKubeconfig)
                    << "cannot parse again what was read before:" << parsed.error();
                return std::make_shared<const KubeconfigSet>();
            }
            documents << parsed.takeValue();
        }
        return std::make_shared<const KubeconfigSet>(KubeconfigSet::fromDocuments(documents));
    };
}

void KubeconfigSnapshot::adopt(std::shared_ptr<const KubeconfigSet> parsed)
{
    if (!m_parsed && parsed)
        m_parsed = std::move(parsed);
}

qsizetype KubeconfigSnapshot::byteCount() const
{
    qsizetype bytes = 0;
    for (const File &file : m_files)
        bytes += file.bytes.size();
    return bytes;
}

bool KubeconfigSnapshot::release()
{
    if (m_pinned || !m_parsed)
        return false;
    m_parsed.reset();
    return true;
}
