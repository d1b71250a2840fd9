#include "Route.h"

QString Route::modeName(Mode mode)
{
    return mode == Mode::InPlace ? QStringLiteral("in-place") : QStringLiteral("new-context");
}

QJsonObject Route::toJson() const
{
    QJsonObject object{{QStringLiteral("context"), context},
                       {QStringLiteral("cluster"), cluster},
                       {QStringLiteral("fqdn"), fqdn},
                       {QStringLiteral("mode"), modeName(mode)},
                       {QStringLiteral("replacedServer"), replacedServer}};
    if (mode == Mode::NewContext)
        object.insert(QStringLiteral("addedContext"), addedContext);
    if (keepCa)
        object.insert(QStringLiteral("keepCa"), true);
    return object;
}

Route Route::fromJson(const QJsonObject &object)
{
    Route route;
    route.context = object.value(QStringLiteral("context")).toString();
    route.cluster = object.value(QStringLiteral("cluster")).toString();
    route.fqdn = object.value(QStringLiteral("fqdn")).toString();
    route.mode = object.value(QStringLiteral("mode")).toString() == modeName(Mode::NewContext)
                     ? Mode::NewContext
                     : Mode::InPlace;
    route.replacedServer = object.value(QStringLiteral("replacedServer")).toString();
    route.addedContext = object.value(QStringLiteral("addedContext")).toString();
    route.keepCa = object.value(QStringLiteral("keepCa")).toBool();
    if (route.fqdn.isEmpty() || route.routedContext().isEmpty())
        route.context.clear();
    return route;
}

bool Route::operator==(const Route &other) const
{
    return context == other.context && cluster == other.cluster && fqdn == other.fqdn &&
           mode == other.mode && replacedServer == other.replacedServer &&
           addedContext == other.addedContext && keepCa == other.keepCa;
}
