#pragma once

#include "app/routes/Route.h"

#include <QList>
#include <QSettings>
#include <QString>

#include <optional>

// The remembered routes, in the app's settings (QSettings: the user's config folder, the
// same for the window, the tray and the CLI). One route per context: recording a context
// again replaces its route. Stored as one JSON list, since context names carry '/' and ':'
// (EKS ARNs) that QSettings would take for groups.
class RouteStore
{
public:
    // What the running app does when a cloud CLI puts a routed cluster back.
    enum class KeepMode { Reapply, Ask, Off };

    RouteStore();

    QList<Route> routes() const;
    std::optional<Route> find(const QString &context) const;
    void record(const Route &route);
    // False when no route names `context` (as the user chose it, or its added sibling).
    bool forget(const QString &context);

    KeepMode keepMode() const; // Reapply unless changed
    void setKeepMode(KeepMode mode);

    // The proxy last used for a context of `cluster`; empty when none.
    QString lastProxyForCluster(const QString &cluster) const;

    void sync();

private:
    void save(const QList<Route> &routes);

    QSettings m_settings;
};
