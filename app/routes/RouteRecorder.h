#pragma once

#include "app/routes/Route.h"

#include <QList>

class KubeconfigSet;
class RewritePlan;
class RouteStore;

// Turns an applied rewrite into routes (one per context it changed or added), so that the
// running app and `kubetailor routes apply` can keep them in effect. Called where the
// window and the CLI apply a RewritePlan, after the write succeeded.
class RouteRecorder
{
public:
    // `before`: the kubeconfig the plan was built from (the servers it replaces).
    static QList<Route> routesOf(const KubeconfigSet &before, const RewritePlan &plan);
    static void record(RouteStore &store, const KubeconfigSet &before, const RewritePlan &plan);
};
