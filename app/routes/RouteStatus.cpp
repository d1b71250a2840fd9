#include "RouteStatus.h"

#include <QUrl>

namespace {

bool pointsAt(const ContextInfo &info, const QString &fqdn)
{
    return info.serverHost.compare(fqdn, Qt::CaseInsensitive) == 0 &&
           QUrl(info.server).port(443) == 443;
}

} // namespace

RouteStatus::State RouteStatus::of(const Route &route, const KubeconfigSet &set)
{
    return of(route, set.context(route.routedContext()));
}

RouteStatus::State RouteStatus::of(const Route &route, const std::optional<ContextInfo> &info)
{
    if (!info || info->broken)
        return State::ContextGone;
    if (pointsAt(*info, route.fqdn)) {
        // A cloud CLI that writes only the CA back (the server kept) reverts it too: the
        // old CA does not verify the proxy's certificate.
        if (!route.keepCa && info->hasCertificateAuthority)
            return State::Reverted;
        return State::InEffect;
    }
    // Only the entry a cloud CLI rewrites (the context's own cluster) can be put back; an
    // added sibling is ours alone.
    if (route.mode == Route::Mode::InPlace && !route.replacedServer.isEmpty() &&
        info->server == route.replacedServer)
        return State::Reverted;
    return State::ChangedByHand;
}

QString RouteStatus::id(State state)
{
    switch (state) {
    case State::InEffect:
        return QStringLiteral("in-effect");
    case State::Reverted:
        return QStringLiteral("reverted");
    case State::ContextGone:
        return QStringLiteral("context-gone");
    case State::ChangedByHand:
        return QStringLiteral("changed-by-hand");
    }
    return QString();
}

QString RouteStatus::text(State state)
{
    switch (state) {
    case State::InEffect:
        return tr("in effect");
    case State::Reverted:
        return tr("reverted by another program");
    case State::ContextGone:
        return tr("context gone");
    case State::ChangedByHand:
        return tr("changed by hand");
    }
    return QString();
}
