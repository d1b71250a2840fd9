#include "TailscaleStatus.h"

#include <QRegularExpression>

#include <algorithm>

TailscaleStatus::Problem TailscaleStatus::problem(QString *message) const
{
    auto say = [message](const QString &text) {
        if (message)
            *message = text;
    };
    if (backendState == QLatin1String("NeedsLogin") ||
        backendState == QLatin1String("NeedsMachineAuth")) {
        say(backendState == QLatin1String("NeedsLogin")
                ? tr("Tailscale is logged out: run 'tailscale up' (or log in from the Tailscale "
                     "app), or type the proxy's full name")
                : tr("this device waits for an admin to approve it in the Tailscale admin "
                     "console; until then, type the proxy's full name"));
        return Problem::LoggedOut;
    }
    if (backendState != QLatin1String("Running")) {
        say(tr("Tailscale is not running (state: %1): run 'tailscale up', or type the proxy's "
               "full name")
                .arg(backendState.isEmpty() ? tr("unknown") : backendState));
        return Problem::NotRunning;
    }
    if (!magicDnsEnabled || magicDnsSuffix.isEmpty()) {
        say(tr("MagicDNS is off for this tailnet: turn it on in the Tailscale admin console "
               "(DNS page); the proxy's HTTPS certificate needs it"));
        return Problem::NoMagicDns;
    }
    say(QString());
    return Problem::None;
}

QList<OperatorCandidate> TailscaleStatus::operatorCandidates() const
{
    static const QRegularExpression replica(QStringLiteral("^[a-z0-9][a-z0-9-]*-[0-9]+$"));
    QList<OperatorCandidate> candidates;
    for (const TailscalePeer &peer : peers) {
        if (peer.dnsName.isEmpty())
            continue;
        const QString name =
            peer.hostName.isEmpty() ? peer.dnsName.section(QLatin1Char('.'), 0, 0) : peer.hostName;
        const QString firstLabel = peer.dnsName.section(QLatin1Char('.'), 0, 0);
        QString reason;
        if (peer.tags.contains(QLatin1String("tag:k8s-operator"))) {
            reason = tr("tagged tag:k8s-operator");
        } else if (name.startsWith(QLatin1String("tailscale-operator")) ||
                   firstLabel.startsWith(QLatin1String("tailscale-operator"))) {
            reason = tr("named %1").arg(name);
        } else if (replica.match(firstLabel).hasMatch() &&
                   std::any_of(peer.tags.cbegin(), peer.tags.cend(), [](const QString &tag) {
                       return tag.startsWith(QLatin1String("tag:k8s"));
                   })) {
            reason = tr("a ProxyGroup replica tagged %1").arg(peer.tags.join(QStringLiteral(", ")));
        }
        if (reason.isEmpty())
            continue;
        candidates.append({peer.dnsName, name, peer.online, reason, peer.tags});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const OperatorCandidate &a, const OperatorCandidate &b) {
                         if (a.online != b.online)
                             return a.online;
                         return a.fqdn < b.fqdn;
                     });
    return candidates;
}
