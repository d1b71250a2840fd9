#include "RouteStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString kRoutes = QStringLiteral("routes/list");
const QString kKeepMode = QStringLiteral("routes/keepMode");

} // namespace

RouteStore::RouteStore() = default;

QList<Route> RouteStore::routes() const
{
    const QJsonArray array =
        QJsonDocument::fromJson(m_settings.value(kRoutes).toByteArray()).array();
    QList<Route> list;
    for (const QJsonValue &value : array) {
        const Route route = Route::fromJson(value.toObject());
        if (!route.context.isEmpty())
            list.append(route);
    }
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
}

void RouteStore::record(const Route &route)
{
    QList<Route> list = routes();
    list.removeIf([&](const Route &r) {
        return r.routedContext() == route.routedContext() ||
               (r.mode == route.mode && r.context == route.context);
    });
    list.append(route);
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
