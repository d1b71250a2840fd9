#pragma once

#include "kubeconfig/doctor/CheckResult.h"
#include "kubeconfig/doctor/ConnectionFacts.h"

#include <QCoreApplication>
#include <QList>

struct TailnetDiscoveryResult;

// The doctor's words for the network steps (dns, tcp, tls, version): what the facts a
// connection probe found mean for a kubeconfig routed through the Tailscale operator's proxy,
// and what to do about them. Pure: no network, no clock besides "now" for expiry.
class ConnectionAdvice
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionAdvice)

public:
    // Days before expiry from which the TLS step warns.
    static constexpr int expiryWarningDays = 14;

    // One doctor line for one network step.
    static CheckResult advise(const ConnectionFacts &facts);

    // The four network steps skipped: the server is not an https:// URL to probe.
    static QList<CheckResult> notProbed();

    // Why the .ts.net name `host` does not resolve, from `tailscale status --json`.
    static QString tailnetDnsFix(const QString &host, const TailnetDiscoveryResult &tailnet);
};
