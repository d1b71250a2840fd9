#pragma once

#include "app/routes/Route.h"
#include "kubeconfig/ContextInfo.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class KubeconfigSet;
class KubeconfigSnapshot;
class RewritePlan;
class RouteStore;

// Turns an applied rewrite into routes (one per context it changed or added), so that the
// running app and `kubetailor routes apply` can keep them in effect. Called where the
// window and the CLI apply a RewritePlan, after the write succeeded.
class RouteRecorder
{
public:
    using ContextLookup = std::function<std::optional<ContextInfo>(const QString &name)>;

    // `before`: the kubeconfig the plan was built from (the servers it replaces), as its
    // context names and a lookup of their rows; a route needs no CA, so the rows the window
    // keeps (KubeconfigSnapshot) do, without parsing the files again.
    static QList<Route> routesOf(const QStringList &contextNames, const ContextLookup &context,
                                 const RewritePlan &plan);
    static QList<Route> routesOf(const KubeconfigSet &before, const RewritePlan &plan);
    static void record(RouteStore &store, const KubeconfigSet &before, const RewritePlan &plan);
    static void record(RouteStore &store, const KubeconfigSnapshot &before,
                       const RewritePlan &plan);
};
