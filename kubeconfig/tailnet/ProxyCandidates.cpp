#include "ProxyCandidates.h"

#include <algorithm>

namespace {

const QLatin1String kOperatorTag("tag:k8s-operator");
// The host name the operator's Helm chart gives its API server proxy unless told otherwise.
const QLatin1String kDefaultHostName("tailscale-operator");

QString completed(const QString &name, const QString &suffix)
{
    QString fqdn = name.trimmed();
    while (fqdn.endsWith(QLatin1Char('.')))
        fqdn.chop(1);
    QString tail = suffix.trimmed();
    while (tail.startsWith(QLatin1Char('.')))
        tail.remove(0, 1);
    if (!fqdn.isEmpty() && !fqdn.contains(QLatin1Char('.')) && !tail.isEmpty())
        fqdn += QLatin1Char('.') + tail;
    return fqdn;
}

} // namespace

QList<ProxyCandidate> ProxyCandidates::merge(const QList<OperatorCandidate> &discovered,
                                             const QStringList &typedNames, const QString &suffix)
{
    QList<ProxyCandidate> found;
    for (const OperatorCandidate &peer : discovered) {
        if (peer.fqdn.isEmpty() || indexOf(found, peer.fqdn) >= 0)
            continue;
        ProxyCandidate candidate;
        candidate.fqdn = peer.fqdn;
        candidate.hostName =
            peer.hostName.isEmpty() ? peer.fqdn.section(QLatin1Char('.'), 0, 0) : peer.hostName;
        candidate.tags = peer.tags;
        candidate.online = peer.online;
        candidate.operatorTagged = peer.tags.contains(kOperatorTag);
        candidate.reason = peer.reason;
        found << candidate;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const ProxyCandidate &a, const ProxyCandidate &b) {
                         if (a.operatorTagged != b.operatorTagged)
                             return a.operatorTagged;
                         if (a.online != b.online)
                             return a.online;
                         // The operator's default host name before other operators' names.
                         const bool aDefault = a.hostName == kDefaultHostName;
                         if (aDefault != (b.hostName == kDefaultHostName))
                             return aDefault;
                         return a.fqdn.compare(b.fqdn, Qt::CaseInsensitive) < 0;
                     });
    for (const QString &name : typedNames) {
        const QString fqdn = completed(name, suffix);
        if (fqdn.isEmpty() || indexOf(found, fqdn) >= 0)
            continue;
        ProxyCandidate candidate;
        candidate.fqdn = fqdn;
        candidate.hostName = fqdn.section(QLatin1Char('.'), 0, 0);
        candidate.typed = true;
        found << candidate;
    }
    return found;
}

int ProxyCandidates::defaultIndex(const QList<ProxyCandidate> &candidates)
{
    for (int i = 0; i < candidates.size(); ++i) {
        if (candidates.at(i).operatorTagged)
            return i;
    }
    return candidates.isEmpty() ? -1 : 0;
}

QString ProxyCandidates::label(const ProxyCandidate &candidate)
{
    if (candidate.typed)
        return tr("%1 (typed before)").arg(candidate.fqdn);
    if (candidate.tags.isEmpty())
        return candidate.fqdn;
    return tr("%1 (%2)").arg(candidate.fqdn, candidate.tags.join(QStringLiteral(", ")));
}

int ProxyCandidates::indexOf(const QList<ProxyCandidate> &candidates, const QString &fqdn)
{
    for (int i = 0; i < candidates.size(); ++i) {
        if (candidates.at(i).fqdn.compare(fqdn, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}
