#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One device of `tailscale status --json` (Self or an entry of Peer).
struct TailscalePeer
{
    QString hostName;
    QString dnsName; // the MagicDNS FQDN without the trailing dot; may be empty
    QStringList tags;
    QStringList addresses;
    QString os;
    bool online = false;
};

// A device that looks like the operator's API server proxy, offered as the FQDN to use.
struct OperatorCandidate
{
    QString fqdn;
    QString hostName;
    bool online = false;
    QString reason; // why it looks like a proxy: "tagged tag:k8s-operator", ...
    QStringList tags;
};

// What kubetailor needs from `tailscale status --json`.
struct TailscaleStatus
{
    Q_DECLARE_TR_FUNCTIONS(TailscaleStatus)

public:
    enum class Problem { None, NotRunning, LoggedOut, NoMagicDns };

    QString version;
    QString backendState; // Running, NeedsLogin, NeedsMachineAuth, Stopped, Starting, NoState
    QString tailnetName;
    QString magicDnsSuffix; // without leading or trailing dot; empty when unknown
    bool magicDnsEnabled = false;
    QStringList certDomains; // non-empty when HTTPS certificates are enabled for the tailnet
    QStringList health;
    TailscalePeer self;
    QList<TailscalePeer> peers;

    // Why the tailnet cannot supply an FQDN, with a message saying what to do.
    Problem problem(QString *message = nullptr) const;

    // Peers that look like operator API server proxies: tagged tag:k8s-operator, named
    // tailscale-operator*, or a ProxyGroup replica `<name>-<n>` tagged tag:k8s*. Online ones
    // first, then by name.
    QList<OperatorCandidate> operatorCandidates() const;
};
