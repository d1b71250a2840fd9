#pragma once

#include "kubeconfig/ContextInfo.h"

#include <QCoreApplication>
#include <QString>

// How kubectl reaches a context's API server, and whether a noauth tailnet proxy can carry
// it: the Route column of the window's table and of `kubetailor contexts`, and what a batch
// rewrite (several contexts, `rewrite --all`) skips. Plain values, no I/O.
class ContextRoute
{
    Q_DECLARE_TR_FUNCTIONS(ContextRoute)

public:
    enum class Kind {
        ViaTailnet,              // server is a MagicDNS name (.ts.net) or a tailnet address
        Direct,                  // anything else a noauth proxy can carry
        DirectClientCertificate, // direct, and the user has only a client certificate
        LocalCluster,            // a cluster on this machine (loopback, kind, minikube, ...)
        Broken                   // cluster or user entry missing
    };

    static ContextRoute classify(const ContextInfo &info);

    Kind kind() const { return m_kind; }
    // "via tailnet", "direct", "direct — client certificate: needs auth mode",
    // "local cluster", "broken" (translated)
    QString label() const;
    // Stable id for --json and scripts: "tailnet", "direct", "client-certificate", "local",
    // "broken".
    QString id() const;
    // One sentence for a person: why this route, and what it means for a rewrite.
    QString reason() const { return m_reason; }
    // A rewrite through a noauth proxy can work: not a local cluster, not a client
    // certificate the proxy cannot pass on, not broken. (ViaTailnet is eligible: a batch
    // leaves an already rewritten context alone.)
    bool eligible() const;

    // The host is a tailnet name or address: *.ts.net, 100.64.0.0/10, fd7a:115c:a1e0::/48.
    static bool isTailnetHost(const QString &host);
    // The host is this machine or a local development cluster's name: loopback addresses,
    // localhost, *.localhost, kubernetes.docker.internal, host.docker.internal.
    static bool isLocalHost(const QString &host);
    // A context, cluster or user name a local cluster tool writes: kind-*, minikube,
    // docker-desktop, docker-for-desktop, k3d-*, rancher-desktop.
    static bool isLocalClusterName(const QString &name);

private:
    Kind m_kind = Kind::Direct;
    QString m_reason;
};
