#pragma once

#include "app/routes/Route.h"
#include "kubeconfig/KubeconfigSet.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

// Where a remembered route stands in the merged kubeconfig as it is now.
class RouteStatus
{
    Q_DECLARE_TR_FUNCTIONS(RouteStatus)

public:
    enum class State {
        InEffect,      // the routed context's cluster goes through the proxy
        Reverted,      // a cloud CLI put back the server the route replaced (or the CA data)
        ContextGone,   // the routed context is not in the kubeconfig any more
        ChangedByHand, // the server is something else: the user's edit, a new endpoint
    };

    // The context of a name in the kubeconfig as it is now (a KubeconfigSet's or the app's
    // rows: the status needs no parsed tree).
    using ContextLookup = std::function<std::optional<ContextInfo>(const QString &name)>;

    static State of(const Route &route, const KubeconfigSet &set);
    // `routed`: the route's routed context as it is now; nullopt when it is gone.
    static State of(const Route &route, const std::optional<ContextInfo> &routed);

    // "in-effect", "reverted", "context-gone", "changed-by-hand" (JSON).
    static QString id(State state);
    // "in effect", "reverted by another program", "context gone", "changed by hand".
    static QString text(State state);
};
