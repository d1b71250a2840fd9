#pragma once

#include "app/routes/Route.h"
#include "app/routes/RouteStatus.h"
#include "kubeconfig/RewriteOptions.h"

#include <QList>

// What applying reverted routes again means as rewrites: one RewriteOptions per proxy (the
// routes' contexts, in place, forced: the user chose them once already). The caller builds
// each plan from the kubeconfig as it is then, and writes it through the safe write.
class RouteReapply
{
public:
    // The routes among `routes` that a cloud CLI reverted in `set`.
    static QList<Route> reverted(const QList<Route> &routes, const KubeconfigSet &set);
    static QList<Route> reverted(const QList<Route> &routes,
                                 const RouteStatus::ContextLookup &contextOf);
    static QList<RewriteOptions> rewrites(const QList<Route> &reverted);
};
