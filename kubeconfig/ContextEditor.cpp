#include "ContextEditor.h"

#include "kubeconfig/BackupStore.h"
#include "kubeconfig/EntryPathRebaser.h"
#include "kubeconfig/LineDiff.h"
#include "kubeconfig/SafeWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using Section = KubeconfigDocument::Section;

namespace {

QString filesOf(const KubeconfigSet &set)
{
    return set.files().join(QStringLiteral(", "));
}

// Every context entry of every file (not only the winning ones) that refers to `name`.
bool anyContextRefers(const KubeconfigSet &set, const QString &field, const QString &name)
{
    for (const KubeconfigDocument &doc : set.documents()) {
        const QStringList contexts = doc.names(Section::Contexts);
        for (const QString &context : contexts) {
            const YamlNode *body = doc.body(Section::Contexts, context);
            if (body && body->stringValue(field) == name)
                return true;
        }
    }
    return false;
}

// An entry without its name, for comparing content.
YamlNode withoutName(const YamlNode &entry)
{
    YamlNode copy = entry;
    copy.remove(QStringLiteral("name"));
    return copy;
}

} // namespace

ContextEditor::ContextEditor(const KubeconfigSet &set)
    : m_set(set)
{}

Status ContextEditor::setCurrentContext(const QString &name)
{
    if (!m_set.context(name)) {
        return Status::failure(tr("no context named \"%1\" in %2; `kubetailor contexts` lists them")
                                   .arg(name, filesOf(m_set)));
    }
    const int doc = m_set.currentContextDocument();
    if (doc < 0)
        return Status::failure(tr("no kubeconfig file to write current-context to"));
    m_set.mutableDocument(doc).setCurrentContext(name);
    m_set.refresh();
    return Status::success();
}

Status ContextEditor::renameContext(const QString &oldName, const QString &newName)
{
    const int doc = m_set.documentOf(Section::Contexts, oldName);
    if (doc < 0) {
        return Status::failure(tr("no context named \"%1\" in %2; `kubetailor contexts` lists them")
                                   .arg(oldName, filesOf(m_set)));
    }
    if (newName.trimmed().isEmpty())
        return Status::failure(tr("the new name of context \"%1\" is empty").arg(oldName));
    if (oldName == newName)
        return Status::success();
    const int existing = m_set.documentOf(Section::Contexts, newName);
    if (existing >= 0) {
        return Status::failure(tr("%1: a context named \"%2\" exists already; delete it first or "
                                  "choose another name")
                                   .arg(m_set.document(existing).path(), newName));
    }
    m_set.mutableDocument(doc).renameEntry(Section::Contexts, oldName, newName);
    for (int i = 0; i < m_set.documentCount(); ++i) {
        if (m_set.document(i).currentContext() == oldName)
            m_set.mutableDocument(i).setCurrentContext(newName);
    }
    m_set.refresh();
    return Status::success();
}

Status ContextEditor::deleteContext(const QString &name)
{
    const std::optional<ContextInfo> info = m_set.context(name);
    if (!info) {
        return Status::failure(tr("no context named \"%1\" in %2; `kubetailor contexts` lists them")
                                   .arg(name, filesOf(m_set)));
    }
    const int doc = m_set.documentOf(Section::Contexts, name);
    m_set.mutableDocument(doc).removeEntry(Section::Contexts, name);
    // The cluster and user go too when nothing else refers to them.
    if (!info->clusterName.isEmpty() &&
        !anyContextRefers(m_set, QStringLiteral("cluster"), info->clusterName)) {
        const int clusterDoc = m_set.documentOf(Section::Clusters, info->clusterName);
        if (clusterDoc >= 0)
            m_set.mutableDocument(clusterDoc).removeEntry(Section::Clusters, info->clusterName);
    }
    if (!info->userName.isEmpty() &&
        !anyContextRefers(m_set, QStringLiteral("user"), info->userName)) {
        const int userDoc = m_set.documentOf(Section::Users, info->userName);
        if (userDoc >= 0)
            m_set.mutableDocument(userDoc).removeEntry(Section::Users, info->userName);
    }
    for (int i = 0; !name.isEmpty() && i < m_set.documentCount(); ++i) {
        if (m_set.document(i).currentContext() == name)
            m_set.mutableDocument(i).setCurrentContext(QString());
    }
    m_set.refresh();
    return Status::success();
}

Result<QList<ContextEditor::Rename>> ContextEditor::importFile(const QString &path,
                                                               const QString &into)
{
    using Renames = QList<Rename>;
    if (!QFileInfo::exists(path))
        return Result<Renames>::failure(tr("%1: no such file; nothing was imported").arg(path));
    Result<KubeconfigDocument> loaded = KubeconfigDocument::load(path);
    if (!loaded)
        return Result<Renames>::failure(loaded.error());
    const KubeconfigDocument &source = loaded.value();

    int target = into.isEmpty() ? 0 : m_set.indexOfFile(into);
    if (target < 0) {
        Result<KubeconfigDocument> intoDoc = KubeconfigDocument::load(into);
        if (!intoDoc)
            return Result<Renames>::failure(intoDoc.error());
        QList<KubeconfigDocument> docs = m_set.documents();
        docs << intoDoc.takeValue();
        m_set = KubeconfigSet::fromDocuments(docs);
        target = m_set.documentCount() - 1;
    }
    if (m_set.documentCount() == 0)
        return Result<Renames>::failure(tr("no kubeconfig file to import into"));
    const QString sourceFolder = source.folder();
    const bool otherFolder = QDir(sourceFolder) != QDir(m_set.document(target).folder());

    Renames renames;
    QHash<QString, QString> clusterNames, userNames;
    for (Section section : {Section::Clusters, Section::Users, Section::Contexts}) {
        const QStringList names = source.names(section);
        const QSet<QString> sourceNames(names.cbegin(), names.cend());
        for (const QString &name : names) {
            YamlNode entry = *source.entry(section, name);
            if (YamlNode *body = entry.find(KubeconfigDocument::bodyKey(section))) {
                if (otherFolder)
                    EntryPathRebaser::makeAbsolute(section, *body, sourceFolder);
                if (section == Section::Contexts && body->isMap()) {
                    const QString cluster = body->stringValue(QStringLiteral("cluster"));
                    const QString user = body->stringValue(QStringLiteral("user"));
                    if (clusterNames.contains(cluster) && clusterNames.value(cluster) != cluster)
                        body->insert(QStringLiteral("cluster"),
                                     YamlNode::string(clusterNames.value(cluster)));
                    if (userNames.contains(user) && userNames.value(user) != user)
                        body->insert(QStringLiteral("user"),
                                     YamlNode::string(userNames.value(user)));
                }
            }
            QString finalName = name;
            bool duplicate = false;
            for (int n = 2;; ++n) {
                const int doc = m_set.documentOf(section, finalName);
                if (doc < 0)
                    break;
                const YamlNode *existing = m_set.document(doc).entry(section, finalName);
                if (existing && withoutName(*existing).sameContent(withoutName(entry))) {
                    duplicate = true;
                    break;
                }
                do {
                    finalName = QStringLiteral("%1-%2").arg(name).arg(n);
                } while (sourceNames.contains(finalName) && ++n);
            }
            if (section == Section::Clusters)
                clusterNames.insert(name, finalName);
            else if (section == Section::Users)
                userNames.insert(name, finalName);
            if (finalName != name)
                renames << Rename{section, name, finalName};
            if (!duplicate) {
                m_set.mutableDocument(target).appendEntry(section, finalName, entry);
                m_set.refresh();
            }
        }
    }
    return Result<Renames>::ok(renames);
}

Result<QString> ContextEditor::upsertLocalContext(const QString &sourceContext,
                                                  const QString &newName, const QString &server,
                                                  const QByteArray &caPem,
                                                  const QString &tlsServerName,
                                                  bool insecureSkipTlsVerify)
{
    const std::optional<ContextInfo> info = m_set.context(sourceContext);
    if (!info) {
        return Result<QString>::failure(
            tr("no context named \"%1\" in %2; `kubetailor contexts` lists them")
                .arg(sourceContext, filesOf(m_set)));
    }
    const QString name = newName.isEmpty() ? sourceContext + QStringLiteral("-local") : newName;
    const int doc = m_set.indexOfFile(info->originFile);
    for (Section section : {Section::Clusters, Section::Contexts}) {
        const int at = m_set.documentOf(section, name);
        if (at >= 0 && at != doc) {
            return Result<QString>::failure(
                tr("%1: a %2 named \"%3\" is defined there already; the local context goes to "
                   "%4: delete that entry or choose another name")
                    .arg(m_set.document(at).path(), KubeconfigDocument::bodyKey(section), name,
                         info->originFile));
        }
    }
    if (m_set.documentOf(Section::Contexts, name) >= 0) {
        // Only ever replace a context this function made: same user as the source.
        const std::optional<ContextInfo> existing = m_set.context(name);
        if (existing && existing->userName != info->userName) {
            return Result<QString>::failure(
                tr("%1: context \"%2\" exists already with another user; delete it or choose "
                   "another name")
                    .arg(existing->originFile, name));
        }
    }

    YamlNode cluster = YamlNode::map();
    if (!caPem.isEmpty())
        cluster.insert(QStringLiteral("certificate-authority-data"),
                       YamlNode::string(QString::fromLatin1(caPem.toBase64())));
    cluster.insert(QStringLiteral("server"), YamlNode::string(server));
    if (!tlsServerName.isEmpty())
        cluster.insert(QStringLiteral("tls-server-name"), YamlNode::string(tlsServerName));
    if (insecureSkipTlsVerify && caPem.isEmpty()) {
        cluster.insert(QStringLiteral("insecure-skip-tls-verify"),
                       YamlNode::scalar(QStringLiteral("true"), true));
    }

    YamlNode context = YamlNode::map();
    context.insert(QStringLiteral("cluster"), YamlNode::string(name));
    if (!info->namespace_.isEmpty())
        context.insert(QStringLiteral("namespace"), YamlNode::string(info->namespace_));
    context.insert(QStringLiteral("user"), YamlNode::string(info->userName));

    KubeconfigDocument &target = m_set.mutableDocument(doc);
    target.setBody(Section::Clusters, name, cluster);
    target.setBody(Section::Contexts, name, context);
    m_set.refresh();
    return Result<QString>::ok(name);
}

bool ContextEditor::hasChanges() const
{
    return !changes().isEmpty();
}

QList<FileChange> ContextEditor::changes() const
{
    QList<FileChange> result;
    for (const KubeconfigDocument &doc : m_set.documents()) {
        if (!doc.isModified())
            continue;
        FileChange change;
        change.path = doc.path();
        const KubeconfigSplicer::Outcome written = doc.serializeWithReport();
        change.content = written.text;
        change.existedBefore = doc.exists();
        if (change.existedBefore)
            change.note = KubeconfigSplicer::describe(written);
        change.contentBefore = doc.originalBytes();
        if (change.existedBefore && change.content == change.contentBefore)
            continue;
        result << change;
    }
    return result;
}

QMap<QString, QByteArray> ContextEditor::results() const
{
    QMap<QString, QByteArray> map;
    const QList<FileChange> all = changes();
    for (const FileChange &change : all)
        map.insert(change.path, change.content);
    return map;
}

QString ContextEditor::diff() const
{
    return LineDiff::forChanges(changes());
}

Result<ApplyReport> ContextEditor::apply(BackupStore *backups) const
{
    BackupStore defaultStore;
    SafeWriter writer(backups ? backups : &defaultStore);
    return writer.write(changes());
}
