#include "RouteKeeper.h"

#include "app/AppLogging.h"
#include "app/AppSettings.h"
#include "app/KubeconfigService.h"
#include "app/routes/RouteReapply.h"
#include "app/routes/RouteStatus.h"
#include "kubeconfig/RewritePlan.h"
#include "kubeconfig/tailnet/ProxyServerUrl.h"
#include "kubeconfig/tailnet/ProxySuggestion.h"

#include <QTimer>

RouteKeeper::RouteKeeper(KubeconfigService *kubeconfig, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_kubeconfig(kubeconfig)
    , m_settings(settings)
{}

void RouteKeeper::start()
{
    if (m_active)
        return;
    m_active = true;
    // Queued: the window and the tray say what changed first, then what was done about it.
    connect(m_kubeconfig, &KubeconfigService::changedOnDisk, this, &RouteKeeper::onChangedOnDisk,
            Qt::QueuedConnection);
    qCInfo(lcApp) << "keeping" << m_store.routes().size() << "routes in effect";
    if (m_kubeconfig->isLoaded()) {
        onFirstLoad();
        return;
    }
    // The app reads the kubeconfig on a worker thread: start keeping once it is in.
    connect(m_kubeconfig, &KubeconfigService::reloaded, this, &RouteKeeper::onFirstLoad,
            Qt::SingleShotConnection);
}

void RouteKeeper::onFirstLoad()
{
    const QStringList names = m_kubeconfig->contextNames();
    m_known = QSet<QString>(names.cbegin(), names.cend());
    // Routes a cloud CLI reverted while the app was not running (e.g. before login).
    QTimer::singleShot(0, this, [this] {
        if (m_kubeconfig->isLoaded() && m_store.keepMode() != RouteStore::KeepMode::Off)
            keepRoutes();
    });
}

bool RouteKeeper::keeps(const QString &context) const
{
    return m_active && m_store.keepMode() != RouteStore::KeepMode::Off &&
           m_store.find(context).has_value();
}

QString RouteKeeper::suggestedProxy(const QString &context) const
{
    // The proxies known without asking tailscale: those of the routes, those typed before and
    // the last one used; ProxySuggestion picks one sharing a word with the cluster's name,
    // else the cluster's last proxy, else the last one used.
    const std::optional<ContextInfo> info = m_kubeconfig->context(context);
    const QString cluster = info ? info->clusterName : context;
    QStringList known;
    if (!m_settings->lastHostname().isEmpty() && !m_settings->lastTailnet().isEmpty())
        known << m_settings->lastHostname() + QLatin1Char('.') + m_settings->lastTailnet();
    for (const Route &route : m_store.routes())
        known << route.fqdn;
    known << m_settings->typedProxies();
    QString last = m_store.lastProxyForCluster(cluster);
    if (last.isEmpty())
        last = m_settings->proxyForCluster(cluster);
    const QList<ProxyCandidate> candidates = ProxyCandidates::merge({}, known);
    return ProxySuggestion::suggest(cluster, candidates, last).fqdn;
}

void RouteKeeper::onChangedOnDisk()
{
    if (!m_active || !m_kubeconfig->isLoaded())
        return;
    if (m_store.keepMode() != RouteStore::KeepMode::Off)
        keepRoutes();
    offerNewContexts();
}

void RouteKeeper::keepRoutes()
{
    const QList<Route> routes = m_store.routes();
    const auto contextOf = [this](const QString &name) {
        return m_kubeconfig->context(name);
    };
    QStringList byHand;
    for (const Route &route : routes) {
        const std::optional<ContextInfo> info = contextOf(route.routedContext());
        const RouteStatus::State state = RouteStatus::of(route, info);
        const QString key =
            route.routedContext() + QLatin1Char(' ') + (info ? info->server : QString());
        if (state == RouteStatus::State::InEffect) {
            m_held.remove(route.context);
            // Asked before and put right since: a later change is worth asking again.
            m_asked.removeIf([&](const QString &k) {
                return k.startsWith(route.routedContext() + QLatin1Char(' '));
            });
        } else if (state == RouteStatus::State::ChangedByHand && !m_asked.contains(key)) {
            m_asked.insert(key);
            byHand << route.routedContext();
        }
    }
    if (!byHand.isEmpty()) {
        emit attentionNeeded(
            byHand,
            tr("%1: the server was changed, not by kubetailor and not back to the one the route "
               "replaced; nothing was written. Route it again from the window, or forget the "
               "route (kubetailor routes forget).")
                .arg(byHand.join(QStringLiteral(", "))),
            false);
    }

    QList<Route> reverted = RouteReapply::reverted(routes, contextOf);
    reverted.removeIf([this](const Route &route) { return m_held.contains(route.context); });
    if (reverted.isEmpty())
        return;
    QStringList contexts;
    for (const Route &route : reverted)
        contexts << route.context;
    if (m_store.keepMode() == RouteStore::KeepMode::Ask) {
        const QString key = contexts.join(QLatin1Char(' ')) + QStringLiteral(" reverted");
        if (m_asked.contains(key))
            return;
        m_asked.insert(key);
        emit attentionNeeded(contexts,
                             tr("%1 goes direct again: another program wrote its cluster entry "
                                "back. Apply the route again?")
                                 .arg(contexts.join(QStringLiteral(", "))),
                             true);
        return;
    }
    const Status applied = applyAgain(contexts);
    if (!applied)
        emit failed(applied.error());
}

Status RouteKeeper::applyAgain(const QStringList &contexts)
{
    QList<Route> routes;
    for (const QString &context : contexts) {
        if (const std::optional<Route> route = m_store.find(context))
            routes << *route;
    }
    const QList<Route> reverted = RouteReapply::reverted(
        routes, [this](const QString &name) { return m_kubeconfig->context(name); });
    QStringList done;
    QStringList servers;
    for (const RewriteOptions &options : RouteReapply::rewrites(reverted)) {
        const Result<RewritePlan> plan = RewritePlan::build(*m_kubeconfig->set(), options);
        if (!plan)
            return Status::failure(
                tr("cannot apply the route of %1 again: %2")
                    .arg(options.contexts.join(QStringLiteral(", ")), plan.error()));
        const Result<ApplyReport> report = m_kubeconfig->applyRewrite(plan.value(), false);
        if (!report)
            return Status::failure(
                tr("cannot apply the route of %1 again: %2")
                    .arg(options.contexts.join(QStringLiteral(", ")), report.error()));
        done << options.contexts;
        servers << ProxyServerUrl::forHost(options.fqdn);
    }
    if (done.isEmpty())
        return Status::success();
    for (const QString &context : done)
        m_known.insert(context);
    qCInfo(lcApp).noquote() << "applied the routes of" << done.join(QStringLiteral(", "))
                            << "again";
    emit reapplied(done,
                   tr("%1 was written again by another program; its route through %2 is "
                      "applied again (a backup was saved). Undo restores what the other "
                      "program wrote.")
                       .arg(done.join(QStringLiteral(", ")), servers.join(QStringLiteral(", "))));
    return Status::success();
}

void RouteKeeper::holdOff(const QStringList &contexts)
{
    for (const QString &context : contexts)
        m_held.insert(context);
}

Status RouteKeeper::route(const QString &context, const QString &fqdn)
{
    RewriteOptions options;
    options.contexts = {context};
    options.fqdn = fqdn;
    options.mode = RewriteOptions::Mode::InPlace;
    const Result<RewritePlan> plan = RewritePlan::build(*m_kubeconfig->set(), options);
    if (!plan)
        return Status::failure(
            tr("cannot route %1 through %2: %3").arg(context, fqdn, plan.error()));
    if (plan.value().blocked())
        return Status::failure(tr("cannot route %1 through %2: a noauth proxy cannot carry its "
                                  "credentials; see the Rewrite tab")
                                   .arg(context, fqdn));
    const Result<ApplyReport> report = m_kubeconfig->applyRewrite(plan.value());
    if (!report)
        return Status::failure(
            tr("cannot route %1 through %2: %3").arg(context, fqdn, report.error()));
    return Status::success();
}

bool RouteKeeper::canGoThroughProxy(const QString &context) const
{
    const std::optional<ContextInfo> info = m_kubeconfig->context(context);
    // A cloud's context: its exec plugin authenticates (a noauth proxy carries that), its
    // server is not the tailnet or loopback yet.
    return info && !info->broken && !info->viaTailnet && info->provider != Provider::Other &&
           info->authMethod == AuthMethod::ExecPlugin && !m_store.find(context);
}

void RouteKeeper::offerNewContexts()
{
    const QStringList names = m_kubeconfig->contextNames();
    for (const QString &name : names) {
        if (m_known.contains(name))
            continue;
        m_known.insert(name);
        if (!canGoThroughProxy(name))
            continue;
        const QString fqdn = suggestedProxy(name);
        emit routeOffered(name, fqdn,
                          fqdn.isEmpty()
                              ? tr("New context %1: open kubetailor to route it through the "
                                   "tailnet.")
                                    .arg(name)
                              : tr("New context %1: route it through %2? Click to route it.")
                                    .arg(name, ProxyServerUrl::forHost(fqdn)));
    }
}
