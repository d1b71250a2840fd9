#include "RouteReapply.h"

#include "app/routes/RouteStatus.h"

#include <algorithm>

QList<Route> RouteReapply::reverted(const QList<Route> &routes, const KubeconfigSet &set)
{
    return reverted(routes, [&set](const QString &name) { return set.context(name); });
}

QList<Route> RouteReapply::reverted(const QList<Route> &routes,
                                    const RouteStatus::ContextLookup &contextOf)
{
    QList<Route> list;
    for (const Route &route : routes) {
        if (route.mode == Route::Mode::InPlace &&
            RouteStatus::of(route, contextOf(route.routedContext())) ==
                RouteStatus::State::Reverted)
            list.append(route);
    }
    return list;
}

QList<RewriteOptions> RouteReapply::rewrites(const QList<Route> &reverted)
{
    QList<RewriteOptions> list;
    for (const Route &route : reverted) {
        auto same = std::find_if(list.begin(), list.end(), [&](const RewriteOptions &o) {
            return o.fqdn == route.fqdn && o.keepCa == route.keepCa;
        });
        if (same == list.end()) {
            RewriteOptions options;
            options.fqdn = route.fqdn;
            options.keepCa = route.keepCa;
            options.mode = RewriteOptions::Mode::InPlace;
            options.force = true;
            list.append(options);
            same = list.end() - 1;
        }
        same->contexts.append(route.context);
    }
    return list;
}
