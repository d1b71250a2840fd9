#pragma once

#include <QJsonObject>
#include <QString>

// A rewrite the user applied and wants kept: the context, its cluster, the proxy it goes
// through, how it was rewritten and the server it replaced (what a cloud CLI writes back).
// Remembered in the app's settings (RouteStore), never in a kubeconfig file.
struct Route
{
    enum class Mode { InPlace, NewContext };

    QString context; // the context the user chose ("gke_acme-prod_us-central1_payments")
    QString cluster; // its cluster entry's name
    QString fqdn;    // the proxy, "tailscale-operator.tail1234.ts.net"
    Mode mode = Mode::InPlace;
    QString replacedServer; // the cluster's server before the rewrite
    QString addedContext;   // NewContext: the sibling context ("<context>-tailnet")
    bool keepCa = false;    // the rewrite kept certificate-authority(-data)

    // The context that goes through the proxy: the context itself, or the added sibling.
    QString routedContext() const { return mode == Mode::InPlace ? context : addedContext; }

    QJsonObject toJson() const;
    // A route missing its context or FQDN is not valid (empty context).
    static Route fromJson(const QJsonObject &object);

    static QString modeName(Mode mode); // "in-place" / "new-context"

    bool operator==(const Route &other) const;
    bool operator!=(const Route &other) const { return !(*this == other); }
};
