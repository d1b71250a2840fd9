#pragma once

#include "app/routes/Route.h"
#include "kubeconfig/KubeconfigSet.h"

#include <QCoreApplication>
#include <QString>

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

    static State of(const Route &route, const KubeconfigSet &set);

    // "in-effect", "reverted", "context-gone", "changed-by-hand" (JSON).
    static QString id(State state);
    // "in effect", "reverted by another program", "context gone", "changed by hand".
    static QString text(State state);
};
