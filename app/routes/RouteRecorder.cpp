#include "RouteRecorder.h"

#include "app/routes/RouteStore.h"
#include "kubeconfig/KubeconfigSet.h"
#include "kubeconfig/KubeconfigSnapshot.h"
#include "kubeconfig/RewritePlan.h"
#include "kubeconfig/tailnet/FqdnValidator.h"

#include <QSet>

QList<Route> RouteRecorder::routesOf(const QStringList &contextNames, const ContextLookup &context,
                                     const RewritePlan &plan)
{
    const RewriteOptions &options = plan.options();
    const QStringList changedList = plan.changedContexts();
    const QSet<QString> changed(changedList.cbegin(), changedList.cend());
    const QStringList chosen = options.all ? contextNames : options.contexts;
    QList<Route> routes;
    for (const QString &name : chosen) {
        const std::optional<ContextInfo> info = context(name);
        if (!info || info->broken)
            continue;
        Route route;
        route.context = info->name;
        route.cluster = info->clusterName;
        // A context given its own proxy (--context NAME=FQDN, the window's per-context table)
        // is routed to that proxy, not to the common one.
        const QString own = options.fqdnByContext.value(info->name);
        const Result<QString> fqdn = FqdnValidator::normalize(own.isEmpty() ? options.fqdn : own);
        route.fqdn = fqdn ? fqdn.value() : options.fqdn;
        route.replacedServer = info->server;
        route.keepCa = options.keepCa;
        if (options.mode == RewriteOptions::Mode::NewContext) {
            route.mode = Route::Mode::NewContext;
            route.addedContext = options.newContextName.isEmpty()
                                     ? info->name + QStringLiteral("-tailnet")
                                     : options.newContextName;
        }
        if (changed.contains(route.routedContext()))
            routes.append(route);
    }
    return routes;
}

QList<Route> RouteRecorder::routesOf(const KubeconfigSet &before, const RewritePlan &plan)
{
    return routesOf(
        before.contextNames(), [&before](const QString &name) { return before.context(name); },
        plan);
}

void RouteRecorder::record(RouteStore &store, const KubeconfigSet &before, const RewritePlan &plan)
{
    store.record(routesOf(before, plan));
}

void RouteRecorder::record(RouteStore &store, const KubeconfigSnapshot &before,
                           const RewritePlan &plan)
{
    store.record(routesOf(
        before.contextNames(), [&before](const QString &name) { return before.context(name); },
        plan));
}
