#include "KubeconfigSet.h"

#include "kubeconfig/KubeconfigSchema.h"
#include "kubeconfig/ProviderDetector.h"

#include <QUrl>

using Section = KubeconfigDocument::Section;

Result<KubeconfigSet> KubeconfigSet::load(const QStringList &files)
{
    QList<KubeconfigDocument> documents;
    for (const QString &file : files) {
        Result<KubeconfigDocument> doc = KubeconfigDocument::load(file);
        if (!doc)
            return Result<KubeconfigSet>::failure(doc.error());
        documents << doc.takeValue();
    }
    return Result<KubeconfigSet>::ok(fromDocuments(documents));
}

KubeconfigSet KubeconfigSet::fromDocuments(const QList<KubeconfigDocument> &documents)
{
    KubeconfigSet set;
    set.m_documents = documents;
    set.refresh();
    return set;
}

QStringList KubeconfigSet::files() const
{
    QStringList result;
    for (const KubeconfigDocument &doc : m_documents)
        result << doc.path();
    return result;
}

KubeconfigDocument &KubeconfigSet::mutableDocument(int index)
{
    return m_documents[index];
}

int KubeconfigSet::indexOfFile(const QString &path) const
{
    for (int i = 0; i < m_documents.size(); ++i) {
        if (m_documents.at(i).path() == path)
            return i;
    }
    return -1;
}

void KubeconfigSet::refresh()
{
    m_clusterDoc.clear();
    m_contextDoc.clear();
    m_userDoc.clear();
    m_contextOrder.clear();
    m_contextsByCluster.clear();
    m_contextsByUser.clear();
    m_currentContext.clear();
    for (int i = 0; i < m_documents.size(); ++i) {
        const KubeconfigDocument &doc = m_documents.at(i);
        const QStringList clusters = doc.names(Section::Clusters);
        for (const QString &name : clusters)
            m_clusterDoc.insert(name, m_clusterDoc.value(name, i));
        const QStringList users = doc.names(Section::Users);
        for (const QString &name : users)
            m_userDoc.insert(name, m_userDoc.value(name, i));
        const QStringList contexts = doc.names(Section::Contexts);
        for (const QString &name : contexts) {
            if (m_contextDoc.contains(name))
                continue;
            m_contextDoc.insert(name, i);
            m_contextOrder << name;
        }
        if (m_currentContext.isEmpty())
            m_currentContext = doc.currentContext();
    }
    for (const QString &name : std::as_const(m_contextOrder)) {
        const YamlNode *body =
            m_documents.at(m_contextDoc.value(name)).body(Section::Contexts, name);
        if (!body)
            continue;
        m_contextsByCluster[body->stringValue(QStringLiteral("cluster"))] << name;
        m_contextsByUser[body->stringValue(QStringLiteral("user"))] << name;
    }
}

QList<ContextInfo> KubeconfigSet::contexts() const
{
    QList<ContextInfo> result;
    result.reserve(m_contextOrder.size());
    for (const QString &name : m_contextOrder)
        result << describe(name);
    return result;
}

std::optional<ContextInfo> KubeconfigSet::context(const QString &name) const
{
    if (!m_contextDoc.contains(name))
        return std::nullopt;
    return describe(name);
}

QStringList KubeconfigSet::contextNames() const
{
    return m_contextOrder;
}

QString KubeconfigSet::currentContext() const
{
    return m_currentContext;
}

int KubeconfigSet::documentOf(Section section, const QString &name) const
{
    switch (section) {
    case Section::Clusters:
        return m_clusterDoc.value(name, -1);
    case Section::Contexts:
        return m_contextDoc.value(name, -1);
    case Section::Users:
        break;
    }
    return m_userDoc.value(name, -1);
}

QStringList KubeconfigSet::contextsUsingCluster(const QString &clusterName) const
{
    return m_contextsByCluster.value(clusterName);
}

QStringList KubeconfigSet::contextsUsingUser(const QString &userName) const
{
    return m_contextsByUser.value(userName);
}

int KubeconfigSet::currentContextDocument() const
{
    for (int i = 0; i < m_documents.size(); ++i) {
        if (m_documents.at(i).exists())
            return i;
    }
    return m_documents.isEmpty() ? -1 : int(m_documents.size() - 1);
}

namespace {

QString describeAuth(const YamlNode &user, ContextInfo &info)
{
    if (const YamlNode *exec = user.find(QStringLiteral("exec")); exec && exec->isMap()) {
        info.authMethod = AuthMethod::ExecPlugin;
        info.execCommand = exec->stringValue(QStringLiteral("command"));
        info.execArgs = KubeconfigSchema::stringList(exec->find(QStringLiteral("args")));
        info.execInstallHint = exec->stringValue(QStringLiteral("installHint"));
        return QStringLiteral("exec: %1").arg(info.execCommand);
    }
    if (const YamlNode *provider = user.find(QStringLiteral("auth-provider"));
        provider && provider->isMap()) {
        info.authMethod = AuthMethod::AuthProvider;
        info.authProviderName = provider->stringValue(QStringLiteral("name"));
        return QStringLiteral("auth-provider: %1").arg(info.authProviderName);
    }
    if (!user.stringValue(QStringLiteral("token")).isEmpty() ||
        !user.stringValue(QStringLiteral("tokenFile")).isEmpty()) {
        info.authMethod = AuthMethod::Token;
        return QStringLiteral("token");
    }
    if (!user.stringValue(QStringLiteral("username")).isEmpty() ||
        !user.stringValue(QStringLiteral("password")).isEmpty()) {
        info.authMethod = AuthMethod::Basic;
        return QStringLiteral("basic");
    }
    if (!user.stringValue(QStringLiteral("client-certificate")).isEmpty() ||
        !user.stringValue(QStringLiteral("client-certificate-data")).isEmpty()) {
        info.authMethod = AuthMethod::ClientCertificate;
        return QStringLiteral("client certificate");
    }
    info.authMethod = AuthMethod::None;
    return QStringLiteral("none");
}

} // namespace

ContextInfo KubeconfigSet::describe(const QString &contextName) const
{
    ContextInfo info;
    info.name = contextName;
    info.isCurrent = contextName == m_currentContext;
    const int contextDoc = m_contextDoc.value(contextName, -1);
    if (contextDoc < 0)
        return info;
    const KubeconfigDocument &origin = m_documents.at(contextDoc);
    info.originFile = origin.path();
    const YamlNode *context = origin.body(Section::Contexts, contextName);
    QStringList problems;
    if (!context) {
        info.broken = true;
        info.problem = tr("context \"%1\" has no context: section").arg(contextName);
        info.authSummary = authMethodName(AuthMethod::None);
        return info;
    }
    info.clusterName = context->stringValue(QStringLiteral("cluster"));
    info.userName = context->stringValue(QStringLiteral("user"));
    info.namespace_ = context->stringValue(QStringLiteral("namespace"));

    const int clusterDoc = m_clusterDoc.value(info.clusterName, -1);
    const YamlNode *cluster = nullptr;
    if (info.clusterName.isEmpty()) {
        problems << tr("context \"%1\" names no cluster").arg(contextName);
    } else if (clusterDoc < 0) {
        problems << tr("context \"%1\" refers to cluster \"%2\", which no kubeconfig file defines")
                        .arg(contextName, info.clusterName);
    } else {
        info.clusterFile = m_documents.at(clusterDoc).path();
        cluster = m_documents.at(clusterDoc).body(Section::Clusters, info.clusterName);
        if (!cluster)
            problems << tr("cluster \"%1\" has no cluster: section").arg(info.clusterName);
    }
    if (cluster) {
        info.server = cluster->stringValue(QStringLiteral("server"));
        const QUrl url(info.server);
        info.serverHost = url.host().toLower();
        info.certificateAuthorityData =
            KubeconfigSchema::bytes(cluster->find(QStringLiteral("certificate-authority-data")));
        info.certificateAuthorityFile =
            cluster->stringValue(QStringLiteral("certificate-authority"));
        info.hasCertificateAuthority =
            !info.certificateAuthorityData.isEmpty() || !info.certificateAuthorityFile.isEmpty();
        info.insecureSkipTlsVerify =
            KubeconfigSchema::isTrue(cluster->find(QStringLiteral("insecure-skip-tls-verify")));
        info.tlsServerName = cluster->stringValue(QStringLiteral("tls-server-name"));
        info.proxyUrl = cluster->stringValue(QStringLiteral("proxy-url"));
        // `server: ""` (kubectx's test data) is an ordinary context for kubectl: listed and
        // rewritable, not broken; the doctor says the cluster has no server.
        info.viaTailnet = info.serverHost.endsWith(QLatin1String(".ts.net"));
    }

    const YamlNode *user = nullptr;
    if (!info.userName.isEmpty()) {
        const int userDoc = m_userDoc.value(info.userName, -1);
        if (userDoc < 0) {
            problems << tr("context \"%1\" refers to user \"%2\", which no kubeconfig file defines")
                            .arg(contextName, info.userName);
        } else {
            info.userFile = m_documents.at(userDoc).path();
            user = m_documents.at(userDoc).body(Section::Users, info.userName);
        }
    }
    static const YamlNode noUser = YamlNode::map();
    info.authSummary = describeAuth(user ? *user : noUser, info);
    if (info.authMethod == AuthMethod::ClientCertificate)
        info.authSummary = tr("client certificate");
    info.provider = ProviderDetector::detect(info);
    if (!problems.isEmpty()) {
        info.broken = true;
        info.problem = problems.join(QStringLiteral("; "));
    }
    return info;
}
