#include "ContextEntryCheck.h"

#include "kubeconfig/doctor/ExecPluginLocator.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace {

CheckResult make(const QString &id, const QString &title)
{
    CheckResult result;
    result.id = id;
    result.title = title;
    return result;
}

QString rewriteHint(const ContextInfo &context)
{
    return ContextEntryCheck::tr("run 'kubetailor rewrite --context %1 --fqdn "
                                 "tailscale-operator.<tailnet>.ts.net' (or the GUI's Route "
                                 "through tailnet)")
        .arg(context.name);
}

// Qt Core has no QHostAddress: an IPv6 literal is the only host with a colon, an IPv4 one
// is four numbers.
bool isAddressLiteral(const QString &host)
{
    static const QRegularExpression ipv4(QStringLiteral("^[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+$"));
    return host.contains(QLatin1Char(':')) || ipv4.match(host).hasMatch();
}

} // namespace

bool ContextEntryCheck::hasProbeableServer(const ContextInfo &context)
{
    if (context.broken || context.server.isEmpty())
        return false;
    const QUrl url(context.server, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

CheckResult ContextEntryCheck::checkEntry(const ContextInfo &context)
{
    CheckResult result = make(QStringLiteral("kubeconfig"), tr("kubeconfig entry"));
    const QString where = context.clusterFile.isEmpty() ? context.originFile : context.clusterFile;
    if (!where.isEmpty())
        result.details << tr("cluster %1 in %2").arg(context.clusterName, where);

    if (context.broken) {
        result.outcome = CheckResult::Outcome::Fail;
        result.summary = context.problem;
        result.fix = tr("fix the context's entries in %1, or fetch the kubeconfig again with "
                        "the cloud's CLI")
                         .arg(context.originFile);
        return result;
    }
    if (context.server.isEmpty()) {
        result.outcome = CheckResult::Outcome::Fail;
        result.summary = tr("cluster %1 has no server").arg(context.clusterName);
        result.fix = rewriteHint(context);
        return result;
    }
    const QUrl url(context.server, QUrl::StrictMode);
    const QString host = url.host().toLower();
    if (!url.isValid() || host.isEmpty()) {
        result.outcome = CheckResult::Outcome::Fail;
        result.summary = tr("server %1 is not a valid URL").arg(context.server);
        result.fix = rewriteHint(context);
        return result;
    }
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
        result.outcome = CheckResult::Outcome::Fail;
        result.summary = tr("server %1 is not https://: kubectl sends no credentials (no token, "
                            "no exec plugin) to an http:// server")
                             .arg(context.server);
        result.fix = tr("use https://%1:443 as the server").arg(host);
        return result;
    }

    const QString server = tr("server %1").arg(context.server);
    QStringList problems;
    QStringList fixes;
    QStringList windowFixes; // the same fixes in the window's words
    const QString routeButton =
        tr("use the Route through tailnet button below: it points the server at the proxy's "
           "full MagicDNS name and removes the old CA");
    CheckResult::Outcome outcome = CheckResult::Outcome::Pass;
    auto raise = [&outcome](CheckResult::Outcome to) {
        if (int(to) > int(outcome))
            outcome = to;
    };

    const bool isAddress = isAddressLiteral(host);
    const bool tailnet = host.endsWith(QLatin1String(".ts.net"));
    if (isAddress) {
        raise(CheckResult::Outcome::Warn);
        problems << tr("%1 is an IP address: not routed through the tailnet proxy").arg(server);
        fixes << rewriteHint(context);
        windowFixes << routeButton;
    } else if (!host.contains(QLatin1Char('.'))) {
        raise(CheckResult::Outcome::Fail);
        problems << tr("%1 is a short name; TLS certificates are issued for the full name, e.g. "
                       "%1.tail1234.ts.net")
                        .arg(host);
        fixes << tr("run 'kubetailor rewrite --context %1 --hostname %2' (it asks tailscale for "
                    "the tailnet's name)")
                     .arg(context.name, host);
        windowFixes << routeButton;
    } else if (!tailnet) {
        raise(CheckResult::Outcome::Warn);
        problems
            << tr("%1 is not a .ts.net name: not routed through the tailnet proxy").arg(server);
        fixes << rewriteHint(context);
        windowFixes << routeButton;
    }

    // Leftovers of the direct connection matter once the server is the proxy: kubectl would
    // trust only the old CA and reject the proxy's Let's Encrypt certificate.
    if (tailnet) {
        if (context.hasCertificateAuthority) {
            raise(CheckResult::Outcome::Fail);
            problems << tr("the old CA is still in the cluster entry (%1): kubectl trusts only "
                           "that CA and rejects the proxy's certificate")
                            .arg(context.certificateAuthorityFile.isEmpty()
                                     ? QStringLiteral("certificate-authority-data")
                                     : QStringLiteral("certificate-authority: ") +
                                           context.certificateAuthorityFile);
            fixes << tr("remove certificate-authority(-data) from cluster %1 (kubetailor rewrite "
                        "does)")
                         .arg(context.clusterName);
            windowFixes << routeButton;
        }
        if (!context.tlsServerName.isEmpty()) {
            raise(CheckResult::Outcome::Fail);
            problems << tr("tls-server-name %1 is set: kubectl checks the proxy's certificate "
                           "against that name, not %2")
                            .arg(context.tlsServerName, host);
            fixes << tr("remove tls-server-name from cluster %1").arg(context.clusterName);
            windowFixes << fixes.constLast();
        }
        if (context.insecureSkipTlsVerify) {
            raise(CheckResult::Outcome::Warn);
            problems << tr("insecure-skip-tls-verify is set: kubectl does not check whom it "
                           "sends credentials to");
            fixes << tr("remove insecure-skip-tls-verify from cluster %1: the proxy's "
                        "certificate is publicly trusted")
                         .arg(context.clusterName);
            windowFixes << fixes.constLast();
        }
    }
    if (!context.proxyUrl.isEmpty()) {
        raise(CheckResult::Outcome::Warn);
        problems << tr("proxy-url %1 is set: traffic goes through that proxy, not straight over "
                       "the tailnet")
                        .arg(context.proxyUrl);
        fixes << tr("remove proxy-url from cluster %1 unless that proxy is meant to be used")
                     .arg(context.clusterName);
        windowFixes << fixes.constLast();
    }

    result.outcome = outcome;
    if (problems.isEmpty()) {
        result.summary = tr("%1 is a tailnet FQDN; no leftover CA, tls-server-name or "
                            "insecure-skip-tls-verify")
                             .arg(server);
    } else {
        result.summary = problems.join(QStringLiteral("; "));
        fixes.removeDuplicates();
        result.fix = fixes.join(QStringLiteral("; "));
        if (windowFixes.contains(routeButton)) {
            result.action = CheckResult::routeThroughTailnet();
            windowFixes.removeDuplicates();
            result.windowFix = windowFixes.join(QStringLiteral("; "));
        }
    }
    return result;
}

CheckResult ContextEntryCheck::checkExecPlugin(const ContextInfo &context,
                                               const ExecPluginLocator &locator,
                                               ExecPluginLocation *found)
{
    CheckResult result = make(QStringLiteral("exec-plugin"), tr("exec plugin"));
    if (context.authMethod != AuthMethod::ExecPlugin) {
        result.outcome = CheckResult::Outcome::Skipped;
        result.summary =
            tr("skipped: the user entry has no exec plugin (%1)").arg(context.authSummary);
        return result;
    }
    const QString folder =
        context.userFile.isEmpty() ? QString() : QFileInfo(context.userFile).path();
    const ExecPluginLocation location = locator.locate(context.execCommand, folder);
    if (found)
        *found = location;
    result.summary = ExecPluginLocator::describe(location);
    // Where it looked matters when it is not where kubectl finds it (describe() says it
    // when not found at all).
    if (location.source == ExecPluginLocation::Source::KnownFolder ||
        location.source == ExecPluginLocation::Source::LoginShellPath)
        result.details << tr("looked in: %1").arg(location.searched.join(QStringLiteral(", ")));

    switch (location.source) {
    case ExecPluginLocation::Source::ExplicitPath:
    case ExecPluginLocation::Source::Path:
        result.outcome = CheckResult::Outcome::Pass;
        break;
    case ExecPluginLocation::Source::KnownFolder:
    case ExecPluginLocation::Source::LoginShellPath:
        // kubectl started from this environment would not find it.
        result.outcome = CheckResult::Outcome::Warn;
        result.fix = tr("add %1 to PATH (for a desktop session too, e.g. in ~/.profile), or "
                        "write the full path as the exec command")
                         .arg(QFileInfo(location.path).path());
        break;
    case ExecPluginLocation::Source::NotFound:
        result.outcome = CheckResult::Outcome::Fail;
        result.fix = context.execInstallHint.trimmed().isEmpty()
                         ? tr("install %1 and put it on PATH").arg(context.execCommand)
                         : context.execInstallHint.trimmed();
        break;
    }
    return result;
}

CheckResult ContextEntryCheck::checkAuth(const ContextInfo &context)
{
    CheckResult result = make(QStringLiteral("auth"), tr("auth method"));
    switch (context.authMethod) {
    case AuthMethod::ExecPlugin:
        result.outcome = CheckResult::Outcome::Pass;
        result.summary = tr("%1: the noauth proxy passes its token to the API server unchanged")
                             .arg(context.authSummary);
        break;
    case AuthMethod::Token:
        result.outcome = CheckResult::Outcome::Pass;
        result.summary = tr("a bearer token: the noauth proxy passes it unchanged");
        break;
    case AuthMethod::ClientCertificate:
        result.outcome =
            context.viaTailnet ? CheckResult::Outcome::Fail : CheckResult::Outcome::Warn;
        result.summary = tr("client certificate only: noauth cannot carry client certificates "
                            "(the proxy terminates TLS, so the certificate never reaches the API "
                            "server)");
        result.fix = tr("use the operator's auth mode (the proxy then authenticates you by your "
                        "tailnet identity), or the local forwarder's passthrough "
                        "('kubetailor proxy --context %1 --passthrough')")
                         .arg(context.name);
        result.windowFix = tr("use the operator's auth mode (the proxy then authenticates you by "
                              "your tailnet identity), or the Local proxy panel with TCP "
                              "passthrough for context %1")
                               .arg(context.name);
        break;
    case AuthMethod::AuthProvider:
        result.outcome = CheckResult::Outcome::Warn;
        result.summary = tr("legacy auth-provider %1: removed from kubectl since 1.26")
                             .arg(context.authProviderName);
        result.fix = tr("fetch the kubeconfig again with the cloud's CLI, which writes an exec "
                        "plugin (gke-gcloud-auth-plugin, kubelogin)");
        break;
    case AuthMethod::Basic:
        result.outcome = CheckResult::Outcome::Warn;
        result.summary = tr("basic auth (username/password): Kubernetes removed it in 1.19");
        result.fix = tr("use the cloud's exec plugin or a token");
        break;
    case AuthMethod::None:
        result.outcome = CheckResult::Outcome::Warn;
        result.summary = tr("the user entry has no credentials: the API server sees an anonymous "
                            "user and answers 401 or 403");
        result.fix = tr("add the cloud's exec plugin, e.g. with 'gcloud container clusters "
                        "get-credentials', 'aws eks update-kubeconfig' or 'az aks "
                        "get-credentials'");
        break;
    }
    return result;
}
