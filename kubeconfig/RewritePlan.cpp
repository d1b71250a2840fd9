#include "RewritePlan.h"

#include "kubeconfig/BackupStore.h"
#include "kubeconfig/KubeconfigLogging.h"
#include "kubeconfig/LineDiff.h"
#include "kubeconfig/SafeWriter.h"
#include "kubeconfig/doctor/ExecPluginLocator.h"
#include "kubeconfig/tailnet/FqdnValidator.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

using Section = KubeconfigDocument::Section;

namespace {

const QStringList &caFields()
{
    static const QStringList fields = {QStringLiteral("certificate-authority-data"),
                                       QStringLiteral("certificate-authority")};
    return fields;
}

// The cluster body after the rewrite: server replaced in place, TLS overrides removed.
YamlNode rewrittenCluster(const YamlNode &source, const QString &url, bool keepCa)
{
    YamlNode body = source.isMap() ? source : YamlNode::map();
    body.insert(QStringLiteral("server"), YamlNode::string(url));
    if (!keepCa) {
        for (const QString &field : caFields())
            body.remove(field);
    }
    body.remove(QStringLiteral("insecure-skip-tls-verify"));
    body.remove(QStringLiteral("tls-server-name"));
    return body;
}

bool alreadyRewritten(const YamlNode &cluster, const QString &url, bool keepCa)
{
    return cluster.sameContent(rewrittenCluster(cluster, url, keepCa));
}

RewriteWarning warning(RewriteWarning::Severity severity, const QString &context,
                       const QString &code, const QString &message)
{
    RewriteWarning w;
    w.severity = severity;
    w.context = context;
    w.code = code;
    w.message = message;
    return w;
}

} // namespace

bool RewritePlan::blocked() const
{
    if (m_options.force)
        return false;
    for (const RewriteWarning &w : m_warnings) {
        if (w.severity == RewriteWarning::Severity::Blocking)
            return true;
    }
    return false;
}

Result<RewritePlan> RewritePlan::build(const KubeconfigSet &set, const RewriteOptions &options)
{
    using Severity = RewriteWarning::Severity;
    RewritePlan plan;
    plan.m_options = options;
    plan.m_result = set;

    const Result<QString> fqdn = FqdnValidator::normalize(options.fqdn);
    if (!fqdn)
        return Result<RewritePlan>::failure(fqdn.error());
    const QString host = fqdn.value();
    const QString url = QStringLiteral("https://%1:443").arg(host);
    if (FqdnValidator::isShortName(host)) {
        plan.m_warnings << warning(
            Severity::Warning, QString(), QStringLiteral("short-name"),
            tr("%1 is a short name; TLS certificates are issued for the full name, e.g. "
               "%1.tail1234.ts.net: kubectl will refuse the proxy's certificate")
                .arg(host));
    } else if (!FqdnValidator::isTailnetName(host)) {
        plan.m_warnings << warning(
            Severity::Warning, QString(), QStringLiteral("not-ts-net"),
            tr("%1 is not under .ts.net; the operator's proxy is reached by its MagicDNS name, "
               "e.g. tailscale-operator.tail1234.ts.net")
                .arg(host));
    }

    // Which contexts.
    QStringList targets;
    if (options.all) {
        for (const ContextInfo &info : set.contexts()) {
            if (info.broken) {
                plan.m_warnings << warning(Severity::Warning, info.name, QStringLiteral("broken"),
                                           tr("skipped: %1").arg(info.problem));
                continue;
            }
            targets << info.name;
        }
    } else {
        for (const QString &name : options.contexts) {
            if (!targets.contains(name))
                targets << name;
        }
    }
    if (targets.isEmpty()) {
        return Result<RewritePlan>::failure(
            options.all
                ? tr("no context to rewrite in %1").arg(set.files().join(QStringLiteral(", ")))
                : tr("no context chosen: name one or more contexts, or choose all"));
    }
    const bool newContext = options.mode == RewriteOptions::Mode::NewContext;
    if (!options.newContextName.isEmpty() && (targets.size() > 1 || !newContext)) {
        return Result<RewritePlan>::failure(
            tr("a name for the new context only works with a single context in new-context "
               "mode"));
    }

    QList<ContextInfo> infos;
    const QSet<QString> targetSet(targets.cbegin(), targets.cend());
    for (const QString &name : std::as_const(targets)) {
        const std::optional<ContextInfo> info = set.context(name);
        if (!info) {
            return Result<RewritePlan>::failure(
                tr("no context named \"%1\" in %2; `kubetailor contexts` lists them")
                    .arg(name, set.files().join(QStringLiteral(", "))));
        }
        if (info->broken) {
            return Result<RewritePlan>::failure(
                tr("%1: cannot rewrite context \"%2\": %3; fix the file first")
                    .arg(info->originFile, name, info->problem));
        }
        infos << *info;
    }

    // Plugin lookups are cached: 2,000 contexts share a handful of plugins.
    QHash<QString, QString> pluginProblems; // command + dir -> "" when found
    ExecPluginLocator locator;
    auto pluginProblem = [&](const ContextInfo &info) {
        const QString dir = QFileInfo(info.userFile).absolutePath();
        const QString key = info.execCommand + QLatin1Char('\n') + dir;
        const auto it = pluginProblems.constFind(key);
        if (it != pluginProblems.constEnd())
            return *it;
        QString problem;
        if (options.pluginExists) {
            if (!options.pluginExists(info.execCommand, dir))
                problem = tr("%1 was not found on PATH").arg(info.execCommand);
        } else {
            const ExecPluginLocation location = locator.locate(info.execCommand, dir);
            if (!location.found())
                problem = ExecPluginLocator::describe(location);
        }
        pluginProblems.insert(key, problem);
        return problem;
    };

    QSet<QString> clustersDone;
    QSet<int> touchedDocs;
    QString firstChanged;
    for (const ContextInfo &info : std::as_const(infos)) {
        const int clusterDoc = set.documentOf(Section::Clusters, info.clusterName);
        const YamlNode *sourceCluster =
            set.document(clusterDoc).body(Section::Clusters, info.clusterName);
        QString changedName = info.name;

        if (newContext) {
            const QString name = options.newContextName.isEmpty()
                                     ? info.name + QStringLiteral("-tailnet")
                                     : options.newContextName;
            changedName = name;
            if (info.name.endsWith(QLatin1String("-tailnet")) && options.all &&
                info.serverHost == host) {
                plan.m_unchangedContexts << info.name;
                continue;
            }
            const YamlNode cluster = rewrittenCluster(*sourceCluster, url, options.keepCa);
            if (const std::optional<ContextInfo> existing = plan.m_result.context(name)) {
                const int doc = plan.m_result.documentOf(Section::Clusters, existing->clusterName);
                const YamlNode *body = doc < 0 ? nullptr
                                               : plan.m_result.document(doc).body(
                                                     Section::Clusters, existing->clusterName);
                if (body && body->sameContent(cluster) && existing->userName == info.userName) {
                    plan.m_unchangedContexts << name;
                    continue;
                }
                return Result<RewritePlan>::failure(
                    tr("%1: context \"%2\" exists already and points elsewhere; choose another "
                       "name for the new context, or rewrite \"%2\" itself")
                        .arg(existing->originFile, name));
            }
            const int doc = set.indexOfFile(info.originFile);
            // The new cluster: `<cluster>-tailnet`, or -2, -3... when taken by other content.
            QString clusterName = info.clusterName + QStringLiteral("-tailnet");
            for (int n = 2;; ++n) {
                const int at = plan.m_result.documentOf(Section::Clusters, clusterName);
                if (at < 0)
                    break;
                const YamlNode *body =
                    plan.m_result.document(at).body(Section::Clusters, clusterName);
                if (body && body->sameContent(cluster))
                    break;
                clusterName = info.clusterName + QStringLiteral("-tailnet-%1").arg(n);
            }
            KubeconfigDocument &target = plan.m_result.mutableDocument(doc);
            if (plan.m_result.documentOf(Section::Clusters, clusterName) < 0)
                target.setBody(Section::Clusters, clusterName, cluster);
            YamlNode context = *set.document(doc).body(Section::Contexts, info.name);
            context.insert(QStringLiteral("cluster"), YamlNode::string(clusterName));
            target.setBody(Section::Contexts, name, context);
            plan.m_result.refresh();
            touchedDocs.insert(doc);
        } else {
            if (alreadyRewritten(*sourceCluster, url, options.keepCa)) {
                plan.m_unchangedContexts << info.name;
                if (!options.setCurrent)
                    continue;
            } else if (!clustersDone.contains(info.clusterName)) {
                clustersDone.insert(info.clusterName);
                QStringList others;
                for (const QString &other : set.contextsUsingCluster(info.clusterName)) {
                    if (!targetSet.contains(other))
                        others << other;
                }
                if (!others.isEmpty()) {
                    plan.m_warnings << warning(
                        Severity::Warning, info.name, QStringLiteral("shared-cluster"),
                        tr("cluster \"%1\" is also used by %2; rewriting it in place routes "
                           "them through the tailnet too (a new context leaves them alone)")
                            .arg(info.clusterName,
                                 others.size() == 1
                                     ? tr("context \"%1\"").arg(others.first())
                                     : tr("contexts %1").arg(others.join(QStringLiteral(", ")))));
                }
                YamlNode *body = plan.m_result.mutableDocument(clusterDoc)
                                     .mutableBody(Section::Clusters, info.clusterName);
                *body = rewrittenCluster(*body, url, options.keepCa);
                touchedDocs.insert(clusterDoc);
            }
        }
        if (firstChanged.isEmpty())
            firstChanged = changedName;
        if (!plan.m_unchangedContexts.contains(changedName))
            plan.m_changedContexts << changedName;

        // What the user must know about this context.
        switch (info.authMethod) {
        case AuthMethod::ClientCertificate:
            plan.m_warnings << warning(
                options.force ? Severity::Warning : Severity::Blocking, info.name,
                QStringLiteral("client-certificate-only"),
                tr("user \"%1\" authenticates with a client certificate only: the operator's "
                   "noauth proxy terminates TLS, so the certificate never reaches the API "
                   "server and every request fails. Use the operator's auth mode instead, or "
                   "the local forwarder's passthrough mode%2")
                    .arg(info.userName, options.force ? tr(" (forced: rewriting anyway)")
                                                      : tr("; force to rewrite anyway")));
            break;
        case AuthMethod::AuthProvider:
            plan.m_warnings << warning(
                Severity::Warning, info.name, QStringLiteral("auth-provider"),
                tr("user \"%1\" uses the legacy auth-provider \"%2\", removed from kubectl "
                   "since 1.26: switch to its exec plugin (gke-gcloud-auth-plugin, kubelogin) "
                   "first")
                    .arg(info.userName, info.authProviderName));
            break;
        case AuthMethod::ExecPlugin:
            if (const QString problem = pluginProblem(info); !problem.isEmpty()) {
                QString message = tr("exec plugin %1 of user \"%2\" is not installed here (%3)")
                                      .arg(info.execCommand, info.userName, problem);
                if (!info.execInstallHint.trimmed().isEmpty())
                    message += QLatin1Char('\n') + info.execInstallHint.trimmed();
                plan.m_warnings << warning(Severity::Warning, info.name,
                                           QStringLiteral("exec-plugin-missing"), message);
            }
            break;
        case AuthMethod::None:
            plan.m_warnings << warning(
                Severity::Warning, info.name, QStringLiteral("no-credentials"),
                tr("context \"%1\" sends no credentials; a noauth proxy adds none, so the API "
                   "server will treat requests as anonymous")
                    .arg(info.name));
            break;
        case AuthMethod::Token:
        case AuthMethod::Basic:
            break;
        }
        if (!info.proxyUrl.isEmpty()) {
            plan.m_warnings << warning(
                Severity::Warning, info.name, QStringLiteral("proxy-url"),
                tr("cluster \"%1\" sets proxy-url %2: kubectl would send its traffic through "
                   "that proxy instead of the tailnet; remove proxy-url if that is not meant")
                    .arg(info.clusterName, info.proxyUrl));
        }
        if (options.keepCa && info.hasCertificateAuthority) {
            plan.m_warnings << warning(
                Severity::Info, info.name, QStringLiteral("keep-ca"),
                tr("the cluster's certificate authority is kept: kubectl will trust the proxy "
                   "only if that CA signed its certificate"));
        }
    }

    if (options.setCurrent && !firstChanged.isEmpty()) {
        const int doc = plan.m_result.currentContextDocument();
        if (doc >= 0 && plan.m_result.currentContext() != firstChanged) {
            plan.m_result.mutableDocument(doc).setCurrentContext(firstChanged);
            touchedDocs.insert(doc);
        }
    }
    plan.m_result.refresh();

    for (int i = 0; i < plan.m_result.documentCount(); ++i) {
        const KubeconfigDocument &doc = plan.m_result.document(i);
        if (!touchedDocs.contains(i))
            continue;
        FileChange change;
        change.path = doc.path();
        change.content = doc.serialize();
        change.existedBefore = set.document(i).exists();
        change.contentBefore = set.document(i).originalBytes();
        if (change.existedBefore && change.content == change.contentBefore)
            continue;
        plan.m_changes << change;
    }
    qCDebug(lcKubeconfig) << "rewrite plan:" << plan.m_changedContexts.size() << "contexts,"
                          << plan.m_changes.size() << "files," << plan.m_warnings.size()
                          << "warnings";
    return Result<RewritePlan>::ok(std::move(plan));
}

QMap<QString, QByteArray> RewritePlan::results() const
{
    QMap<QString, QByteArray> map;
    for (const FileChange &change : m_changes)
        map.insert(change.path, change.content);
    return map;
}

QList<FileChange> RewritePlan::changes() const
{
    return m_changes;
}

QString RewritePlan::diff() const
{
    return LineDiff::forChanges(m_changes);
}

Result<ApplyReport> RewritePlan::apply(BackupStore *backups) const
{
    if (blocked()) {
        QStringList reasons;
        for (const RewriteWarning &w : m_warnings) {
            if (w.severity == RewriteWarning::Severity::Blocking)
                reasons << QStringLiteral("%1: %2").arg(w.context, w.message);
        }
        return Result<ApplyReport>::failure(
            tr("refusing to rewrite: %1").arg(reasons.join(QStringLiteral("; "))));
    }
    BackupStore defaultStore;
    SafeWriter writer(backups ? backups : &defaultStore);
    return writer.write(m_changes);
}
