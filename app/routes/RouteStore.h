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
    // Several at once, as if one record() each in order (a later route replaces an earlier
    // one of the same context), with one read and one write of the settings: a rewrite of
    // 2,000 contexts wrote the whole list 2,000 times.
    void record(const QList<Route> &routes);
    // False when no route names `context` (as the user chose it, or its added sibling).
    bool forget(const QString &context);

    KeepMode keepMode() const; // Reapply unless changed
    void setKeepMode(KeepMode mode);

    // The proxy last used for a context of `cluster`; empty when none.
    QString lastProxyForCluster(const QString &cluster) const;

    void sync();

    // How many times the list was written (diagnostics and tests).
    int timesSaved() const { return m_timesSaved; }

private:
    void save(const QList<Route> &routes);

    QSettings m_settings;
    // The list as last parsed and the JSON it was parsed from: find() and routes() for each
    // of 2,000 contexts parse the JSON once, not each time. QSettings re-reads the file when
    // another process changed it, and the JSON it hands out then differs.
    mutable QByteArray m_parsedJson;
    mutable QList<Route> m_parsed;
    mutable bool m_hasParsed = false;
    int m_timesSaved = 0;
};
