#pragma once

#include "kubeconfig/tailnet/TailscaleStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One proxy the user can route a context through: a device discovery found, or a name the
// user typed before.
struct ProxyCandidate
{
    QString fqdn;     // tailscale-operator.tail1234.ts.net
    QString hostName; // its first label, or the device's host name
    QStringList tags; // tag:k8s-operator, ... (empty for a typed name)
    bool online = false;
    bool operatorTagged = false; // tagged tag:k8s-operator: the operator's own proxy
    bool typed = false;          // only known because the user typed it before
    QString reason;              // why it is offered, from discovery; empty for a typed name
};

// The list of proxies the window and the CLI offer: peers tagged tag:k8s-operator first (online
// first, the operator's default host name tailscale-operator first among those), then
// the other discovered proxies (online before offline, then by name), then the names the user
// typed before that discovery did not find, in the order given. One entry per FQDN (compared
// without case).
class ProxyCandidates
{
    Q_DECLARE_TR_FUNCTIONS(ProxyCandidates)

public:
    // `typedNames`: full names, or short names completed with `suffix` when it is known.
    static QList<ProxyCandidate> merge(const QList<OperatorCandidate> &discovered,
                                       const QStringList &typedNames,
                                       const QString &suffix = QString());

    // The default choice: the first operator-tagged candidate, else the first; -1 when empty.
    static int defaultIndex(const QList<ProxyCandidate> &candidates);

    // "prod-apiserver-0.tail1234.ts.net (tag:k8s, tag:prod)" or "... (typed before)".
    static QString label(const ProxyCandidate &candidate);

    static int indexOf(const QList<ProxyCandidate> &candidates, const QString &fqdn);
};
