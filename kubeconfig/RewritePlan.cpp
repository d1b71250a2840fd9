#include "RewritePlan.h"

#include "kubeconfig/BackupStore.h"
#include "kubeconfig/ContextRoute.h"
#include "kubeconfig/EntryPathRebaser.h"
#include "kubeconfig/KubeconfigLogging.h"
#include "kubeconfig/LineDiff.h"
#include "kubeconfig/MergedKubeconfig.h"
#include "kubeconfig/SafeWriter.h"
#include "kubeconfig/doctor/ExecPluginLocator.h"
#include "kubeconfig/tailnet/FqdnValidator.h"
#include "kubeconfig/tailnet/ProxyServerUrl.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

using Section = KubeconfigDocument::Section;

namespace {

const QStringList &caFields()
{
    static const QStringList fields = {QStringLiteral("certificate-authority-data"),
                                       QStringLiteral("certificate-authority")};
    return fields;
}

// For kubectl `https://h`, `https://h:443`, `https://H:443/` are one endpoint.
bool sameEndpoint(const QString &server, const QString &url)
{
    const QUrl a(server, QUrl::StrictMode);
    const QUrl b(url, QUrl::StrictMode);
    const auto bare = [](const QUrl &u) {
        return u.isValid() &&
               u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
               u.userInfo().isEmpty() && !u.hasQuery() && !u.hasFragment() &&
               (u.path().isEmpty() || u.path() == QLatin1String("/"));
    };
    return bare(a) && bare(b) && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(443) == b.port(443);
}

// The cluster body after the rewrite: server replaced in place (kept when it already names
// the same endpoint), TLS overrides removed.
YamlNode rewrittenCluster(const YamlNode &source, const QString &url, bool keepCa)
{
    YamlNode body = source.isMap() ? source : YamlNode::map();
    if (!sameEndpoint(body.stringValue(QStringLiteral("server")), url))
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

// build()'s working state and its steps, in the order build() takes them.
struct RewritePlan::Steps
{
    using Severity = RewriteWarning::Severity;
    // A context's edit: the context that now goes through the proxy (the same one, or its
    // -tailnet sibling); nullopt when it was left alone and needs no further word.
    using Edited = Result<std::optional<QString>>;

    Steps(const KubeconfigSet &set, const RewriteOptions &options)
        : set(set)
        , options(options)
        , newContext(options.mode == RewriteOptions::Mode::NewContext)
    {
        plan.m_options = options;
        plan.m_result = set;
    }

    Status checkProxyName(const QString &requested);
    Status useProxyFor(const ContextInfo &info);
    bool skipped(const ContextInfo &info);
    Result<QList<ContextInfo>> chooseContexts();
    Edited addSiblingContext(const ContextInfo &info);
    Edited rewriteInPlace(const ContextInfo &info);
    void warnAbout(const ContextInfo &info);
    QString pluginProblem(const ContextInfo &info);
    void makeCurrent(const QString &context);
    void collectChanges();

    const KubeconfigSet &set;
    const RewriteOptions &options;
    const bool newContext;
    RewritePlan plan;
    QString host;
    QString url;
    QSet<QString> namesChecked;
    QHash<QString, QString> clusterHosts; // in place: cluster -> the host it now points at
    QSet<QString> targets;
    QSet<QString> clustersDone;
    QSet<int> touchedDocs;
    // Plugin lookups are cached: 2,000 contexts share a handful of plugins.
    QHash<QString, QString> pluginProblems; // command + dir -> "" when found
    ExecPluginLocator locator;
};

// The FQDN is valid; a short or non-tailnet name is allowed with a warning.
Status RewritePlan::Steps::checkProxyName(const QString &requested)
{
    const Result<QString> fqdn = FqdnValidator::normalize(requested);
    if (!fqdn)
        return Status::failure(fqdn.error());
    host = fqdn.value();
    url = ProxyServerUrl::forHost(host);
    if (namesChecked.contains(host))
        return Status::success();
    namesChecked.insert(host);
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
    return Status::success();
}

// A batch leaves a context a noauth proxy cannot carry alone, saying why.
bool RewritePlan::Steps::skipped(const ContextInfo &info)
{
    if (!options.skipIneligible || options.force)
        return false;
    const ContextRoute route = ContextRoute::classify(info);
    if (route.eligible())
        return false;
    plan.m_skipped << Skipped{info.name, route.id(), route.reason()};
    return true;
}

// The proxy this context goes through: its own from fqdnByContext, else the common one.
Status RewritePlan::Steps::useProxyFor(const ContextInfo &info)
{
    const QString own = options.fqdnByContext.value(info.name);
    if (own.isEmpty() && options.fqdn.trimmed().isEmpty())
        return Status::failure(
            tr("no proxy given for context \"%1\": name its proxy, or one for all contexts")
                .arg(info.name));
    if (const Status checked = checkProxyName(own.isEmpty() ? options.fqdn : own); !checked)
        return Status::failure(tr("context \"%1\": %2").arg(info.name, checked.error()));
    if (!newContext) {
        const QString earlier = clusterHosts.value(info.clusterName);
        if (!earlier.isEmpty() && earlier != host)
            return Status::failure(
                tr("contexts sharing cluster \"%1\" ask for different proxies (%2, %3); give "
                   "them the same proxy, or add new contexts instead of rewriting in place")
                    .arg(info.clusterName, earlier, host));
        clusterHosts.insert(info.clusterName, host);
    }
    return Status::success();
}

// The contexts named (or all that are not broken), each once, in order; a batch skips
// those that cannot go through a noauth proxy.
Result<QList<ContextInfo>> RewritePlan::Steps::chooseContexts()
{
    using Chosen = Result<QList<ContextInfo>>;
    QStringList names;
    if (options.all) {
        for (const ContextInfo &info : set.contexts()) {
            if (info.broken) {
                plan.m_warnings << warning(Severity::Warning, info.name, QStringLiteral("broken"),
                                           tr("skipped: %1").arg(info.problem));
                continue;
            }
            if (skipped(info))
                continue;
            names << info.name;
        }
    } else {
        for (const QString &name : options.contexts) {
            if (!names.contains(name))
                names << name;
        }
    }
    if (names.isEmpty() && !(options.all && !plan.m_skipped.isEmpty())) {
        return Chosen::failure(
            options.all
                ? tr("no context to rewrite in %1").arg(set.files().join(QStringLiteral(", ")))
                : tr("no context chosen: name one or more contexts, or choose all"));
    }
    if (!options.newContextName.isEmpty() && (names.size() > 1 || !newContext)) {
        return Chosen::failure(
            tr("a name for the new context only works with a single context in new-context "
               "mode"));
    }

    QList<ContextInfo> infos;
    targets = QSet<QString>(names.cbegin(), names.cend());
    for (const QString &name : std::as_const(names)) {
        const std::optional<ContextInfo> info = set.context(name);
        if (!info) {
            return Chosen::failure(
                tr("no context named \"%1\" in %2; `kubetailor contexts` lists them")
                    .arg(name, set.files().join(QStringLiteral(", "))));
        }
        if (info->broken) {
            return Chosen::failure(tr("%1: cannot rewrite context \"%2\": %3; fix the file first")
                                       .arg(info->originFile, name, info->problem));
        }
        if (skipped(*info))
            continue;
        infos << *info;
    }
    return Chosen::ok(infos);
}

// NewContext mode: `<ctx>-tailnet` (or the given name) with its own rewritten cluster
// `<cluster>-tailnet` and the same user, in the file the context came from.
RewritePlan::Steps::Edited RewritePlan::Steps::addSiblingContext(const ContextInfo &info)
{
    const int clusterDoc = set.documentOf(Section::Clusters, info.clusterName);
    const YamlNode *sourceCluster =
        set.document(clusterDoc).body(Section::Clusters, info.clusterName);
    const QString name = options.newContextName.isEmpty() ? info.name + QStringLiteral("-tailnet")
                                                          : options.newContextName;
    if (info.name.endsWith(QLatin1String("-tailnet")) && options.all && info.serverHost == host) {
        plan.m_unchangedContexts << info.name;
        return Edited::ok(std::nullopt);
    }
    YamlNode cluster = rewrittenCluster(*sourceCluster, url, options.keepCa);
    // The new cluster goes to the context's file: a relative path kept from a cluster in
    // another folder (certificate-authority: pki/ca.crt) must still name the same file.
    const int contextDoc = set.indexOfFile(info.originFile);
    if (set.document(clusterDoc).folder() != set.document(contextDoc).folder())
        EntryPathRebaser::makeAbsolute(Section::Clusters, cluster,
                                       set.document(clusterDoc).folder());
    KubeconfigSet &result = plan.m_result;
    if (const std::optional<ContextInfo> existing = result.context(name)) {
        const int doc = result.documentOf(Section::Clusters, existing->clusterName);
        const YamlNode *body =
            doc < 0 ? nullptr : result.document(doc).body(Section::Clusters, existing->clusterName);
        if (body && body->sameContent(cluster) && existing->userName == info.userName) {
            plan.m_unchangedContexts << name;
            return Edited::ok(std::nullopt);
        }
        return Edited::failure(
            tr("%1: context \"%2\" exists already and points elsewhere; choose another "
               "name for the new context, or rewrite \"%2\" itself")
                .arg(existing->originFile, name));
    }
    const int doc = contextDoc;
    // The new cluster: `<cluster>-tailnet`, or -2, -3... when taken by other content.
    QString clusterName = info.clusterName + QStringLiteral("-tailnet");
    for (int n = 2;; ++n) {
        const int at = result.documentOf(Section::Clusters, clusterName);
        if (at < 0)
            break;
        const YamlNode *body = result.document(at).body(Section::Clusters, clusterName);
        if (body && body->sameContent(cluster))
            break;
        clusterName = info.clusterName + QStringLiteral("-tailnet-%1").arg(n);
    }
    KubeconfigDocument &target = result.mutableDocument(doc);
    if (result.documentOf(Section::Clusters, clusterName) < 0)
        target.setBody(Section::Clusters, clusterName, cluster);
    YamlNode context = *set.document(doc).body(Section::Contexts, info.name);
    context.insert(QStringLiteral("cluster"), YamlNode::string(clusterName));
    target.setBody(Section::Contexts, name, context);
    result.refresh();
    touchedDocs.insert(doc);
    return Edited::ok(name);
}

// InPlace mode: the context's cluster itself, once however many chosen contexts share it;
// a warning names the contexts that share it without being chosen.
RewritePlan::Steps::Edited RewritePlan::Steps::rewriteInPlace(const ContextInfo &info)
{
    const int clusterDoc = set.documentOf(Section::Clusters, info.clusterName);
    const YamlNode *sourceCluster =
        set.document(clusterDoc).body(Section::Clusters, info.clusterName);
    if (alreadyRewritten(*sourceCluster, url, options.keepCa)) {
        plan.m_unchangedContexts << info.name;
        // Still the context to make current, and still worth its warnings.
        return Edited::ok(options.setCurrent ? std::optional<QString>(info.name) : std::nullopt);
    }
    if (clustersDone.contains(info.clusterName))
        return Edited::ok(info.name);
    clustersDone.insert(info.clusterName);
    QStringList others;
    for (const QString &other : set.contextsUsingCluster(info.clusterName)) {
        if (!targets.contains(other))
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
    YamlNode *body =
        plan.m_result.mutableDocument(clusterDoc).mutableBody(Section::Clusters, info.clusterName);
    *body = rewrittenCluster(*body, url, options.keepCa);
    touchedDocs.insert(clusterDoc);
    return Edited::ok(info.name);
}

// What the user must know about this context.
void RewritePlan::Steps::warnAbout(const ContextInfo &info)
{
    const ContextRoute route = ContextRoute::classify(info);
    if (route.kind() == ContextRoute::Kind::LocalCluster) {
        plan.m_warnings << warning(
            options.force ? Severity::Warning : Severity::Blocking, info.name,
            QStringLiteral("local-cluster"),
            options.force ? route.reason() + tr(" (forced: rewriting anyway)") : route.reason());
    }
    switch (info.authMethod) {
    case AuthMethod::ClientCertificate:
        plan.m_warnings << warning(
            options.force ? Severity::Warning : Severity::Blocking, info.name,
            QStringLiteral("client-certificate-only"),
            tr("user \"%1\" authenticates with a client certificate only: the operator's "
               "noauth proxy terminates TLS, so the certificate never reaches the API "
               "server and every request fails. Use the operator's auth mode instead, or "
               "the local forwarder's passthrough mode%2")
                .arg(info.userName, options.force ? tr(" (forced: rewriting anyway)") : QString()));
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

// Empty when the context's exec plugin is found; else why not.
QString RewritePlan::Steps::pluginProblem(const ContextInfo &info)
{
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
}

// current-context, where kubectl writes it: the first file that has one.
void RewritePlan::Steps::makeCurrent(const QString &context)
{
    const int doc = plan.m_result.currentContextDocument();
    if (doc >= 0 && plan.m_result.currentContext() != context) {
        plan.m_result.mutableDocument(doc).setCurrentContext(context);
        touchedDocs.insert(doc);
    }
}

// One FileChange per touched file whose bytes differ.
void RewritePlan::Steps::collectChanges()
{
    for (int i = 0; i < plan.m_result.documentCount(); ++i) {
        const KubeconfigDocument &doc = plan.m_result.document(i);
        if (!touchedDocs.contains(i))
            continue;
        FileChange change;
        change.path = doc.path();
        const KubeconfigSplicer::Outcome written = doc.serializeWithReport();
        change.content = written.text;
        change.existedBefore = set.document(i).exists();
        if (change.existedBefore)
            change.note = KubeconfigSplicer::describe(written);
        change.contentBefore = set.document(i).originalBytes();
        if (change.existedBefore && change.content == change.contentBefore)
            continue;
        plan.m_changes << change;
    }
}

Result<RewritePlan> RewritePlan::build(const KubeconfigSet &set, const RewriteOptions &options)
{
    Steps steps(set, options);
    if (options.fqdnByContext.isEmpty() || !options.fqdn.trimmed().isEmpty()) {
        if (const Status name = steps.checkProxyName(options.fqdn); !name)
            return Result<RewritePlan>::failure(name.error());
    }
    const Result<QList<ContextInfo>> chosen = steps.chooseContexts();
    if (!chosen)
        return Result<RewritePlan>::failure(chosen.error());

    RewritePlan &plan = steps.plan;
    QString firstChanged;
    for (const ContextInfo &info : chosen.value()) {
        if (const Status proxy = steps.useProxyFor(info); !proxy)
            return Result<RewritePlan>::failure(proxy.error());
        const Steps::Edited edited =
            steps.newContext ? steps.addSiblingContext(info) : steps.rewriteInPlace(info);
        if (!edited)
            return Result<RewritePlan>::failure(edited.error());
        if (!edited.value())
            continue;
        const QString changedName = *edited.value();
        if (firstChanged.isEmpty())
            firstChanged = changedName;
        if (!plan.m_unchangedContexts.contains(changedName))
            plan.m_changedContexts << changedName;
        steps.warnAbout(info);
    }
    if (options.setCurrent && !firstChanged.isEmpty())
        steps.makeCurrent(firstChanged);
    plan.m_result.refresh();
    steps.collectChanges();

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

void RewritePlan::releaseResultSet()
{
    m_result = KubeconfigSet();
    m_resultReleased = true;
}

Result<ApplyReport> RewritePlan::apply(BackupStore *backups) const
{
    return write(m_changes, backups);
}

Result<ApplyReport> RewritePlan::applyTo(const QString &file, BackupStore *backups) const
{
    const Result<FileChange> change = mergedChange(file);
    if (!change)
        return Result<ApplyReport>::failure(change.error());
    return write({change.value()}, backups);
}

Result<FileChange> RewritePlan::mergedChange(const QString &file) const
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (m_resultReleased)
        return Result<FileChange>::failure(
            tr("cannot write %1: this plan no longer holds the edited kubeconfig; plan the "
               "rewrite again")
                .arg(path));
    FileChange change;
    change.path = path;
    change.content = MergedKubeconfig::serialize(m_result, QFileInfo(path).absolutePath());
    QFile existing(path);
    change.existedBefore = existing.exists();
    if (change.existedBefore) {
        if (!existing.open(QIODevice::ReadOnly))
            return Result<FileChange>::failure(
                tr("cannot read %1: %2").arg(path, existing.errorString()));
        change.contentBefore = existing.readAll();
    }
    return Result<FileChange>::ok(change);
}

Result<ApplyReport> RewritePlan::write(const QList<FileChange> &changes, BackupStore *backups) const
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
    return writer.write(changes);
}
