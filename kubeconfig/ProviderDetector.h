#pragma once

#include "kubeconfig/ContextInfo.h"
#include "kubeconfig/Provider.h"

// Guesses the provider of a context from its server host, its cluster/context/user names
// and its exec plugin:
// - GKE: *.gke.goog / *.gke.* hosts, gke_ names, gke-gcloud-auth-plugin, or an IP address
//   server with a gke_ cluster name;
// - EKS: *.eks.amazonaws.com, arn:aws:eks names, `aws eks get-token`, aws-iam-authenticator;
// - AKS: *.azmk8s.io, kubelogin;
// - K3s/kubeadm: client-certificate users, 127.0.0.1:6443, the name "default";
// - else Other.
class ProviderDetector
{
public:
    // Uses serverHost, server, names, authMethod, execCommand and execArgs of `info`.
    static Provider detect(const ContextInfo &info);
};
