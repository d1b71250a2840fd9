#pragma once

#include "kubeconfig/AuthMethod.h"
#include "kubeconfig/Provider.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Everything a view or command needs to know about one context of the merged kubeconfig,
// as plain values (no YAML types). Filled by KubeconfigSet.
struct ContextInfo
{
    QString name;
    QString clusterName;
    QString userName;
    QString namespace_;
    QString server;     // cluster.server as written
    QString serverHost; // host of `server` (no port), lower case

    QString originFile;  // the file the context entry came from
    QString clusterFile; // the file the cluster entry came from; empty when missing
    QString userFile;    // the file the user entry came from; empty when missing

    Provider provider = Provider::Other;
    AuthMethod authMethod = AuthMethod::None;
    // "exec: gke-gcloud-auth-plugin", "client certificate", "token", "auth-provider: gcp",
    // "basic", "none"
    QString authSummary;
    QString execCommand;
    QStringList execArgs;
    QString execInstallHint;
    QString authProviderName; // auth-provider.name when AuthProvider

    QByteArray certificateAuthorityData;  // decoded PEM; empty when none
    QString certificateAuthorityFile;     // certificate-authority (a path)
    bool hasCertificateAuthority = false; // either of the two above
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;

    bool viaTailnet = false; // server host ends in .ts.net
    bool isCurrent = false;

    // A context whose cluster or user entry is missing (or not a map) loads, but is
    // marked broken; `problem` says what is wrong. A rewrite refuses broken contexts.
    bool broken = false;
    QString problem;
};
