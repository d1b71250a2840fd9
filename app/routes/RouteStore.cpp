#include "RouteStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

const QString kRoutes = QStringLiteral("routes/list");
const QString kKeepMode = QStringLiteral("routes/keepMode");

// The two keys by which a route recorded replaces one stored: the context it routes (the
// context itself, or its added sibling), and its context in its mode.
QString routedKey(const Route &route)
{
    return route.routedContext();
}

QString modeKey(const Route &route)
{
    return QString::number(int(route.mode)) + QLatin1Char('\n') + route.context;
}

} // namespace

RouteStore::RouteStore() = default;

QList<Route> RouteStore::routes() const
{
    const QByteArray json = m_settings.value(kRoutes).toByteArray();
    if (m_hasParsed && json == m_parsedJson)
        return m_parsed;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QList<Route> list;
    for (const QJsonValue &value : array) {
        const Route route = Route::fromJson(value.toObject());
        if (!route.context.isEmpty())
            list.append(route);
    }
    m_parsedJson = json;
    m_parsed = list;
    m_hasParsed = true;
    return list;
}

std::optional<Route> RouteStore::find(const QString &context) const
{
    for (const Route &route : routes()) {
        if (route.context == context || route.routedContext() == context)
            return route;
    }
    return std::nullopt;
}

void RouteStore::save(const QList<Route> &routes)
{
    QJsonArray array;
    for (const Route &route : routes)
        array.append(route.toJson());
    m_settings.setValue(kRoutes, QJsonDocument(array).toJson(QJsonDocument::Compact));
    m_settings.sync();
    ++m_timesSaved;
}

void RouteStore::record(const Route &route)
{
    record(QList<Route>{route});
}

void RouteStore::record(const QList<Route> &routes)
{
    if (routes.isEmpty())
        return;
    // One record() each in order: a route already stored goes when any new one replaces
    // it; a new one stays unless a later new one replaces it.
    QSet<QString> routed;
    QSet<QString> modes;
    QList<Route> kept;
    for (auto it = routes.crbegin(); it != routes.crend(); ++it) {
        if (!routed.contains(routedKey(*it)) && !modes.contains(modeKey(*it)))
            kept.prepend(*it);
        routed.insert(routedKey(*it));
        modes.insert(modeKey(*it));
    }
    QList<Route> list = this->routes();
    list.removeIf([&](const Route &r) {
        return routed.contains(routedKey(r)) || modes.contains(modeKey(r));
    });
    list.append(kept);
    save(list);
}

bool RouteStore::forget(const QString &context)
{
    QList<Route> list = routes();
    const qsizetype removed = list.removeIf(
        [&](const Route &r) { return r.context == context || r.routedContext() == context; });
    if (removed == 0)
        return false;
    save(list);
    return true;
}

RouteStore::KeepMode RouteStore::keepMode() const
{
    const QString mode = m_settings.value(kKeepMode).toString();
    if (mode == QLatin1String("ask"))
        return KeepMode::Ask;
    if (mode == QLatin1String("off"))
        return KeepMode::Off;
    return KeepMode::Reapply;
}

void RouteStore::setKeepMode(KeepMode mode)
{
    m_settings.setValue(kKeepMode, mode == KeepMode::Ask   ? QStringLiteral("ask")
                                   : mode == KeepMode::Off ? QStringLiteral("off")
                                                           : QStringLiteral("reapply"));
}

QString RouteStore::lastProxyForCluster(const QString &cluster) const
{
    const QList<Route> list = routes();
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        if (it->cluster == cluster)
            return it->fqdn;
    }
    return QString();
}

void RouteStore::sync()
{
    m_settings.sync();
}
