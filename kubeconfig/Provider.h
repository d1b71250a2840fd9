#pragma once

#include <QString>

// Where a cluster runs, as far as its kubeconfig entry tells.
enum class Provider {
    Gke,
    Eks,
    Aks,
    K3s, // k3s or kubeadm: client-certificate users, https://127.0.0.1:6443, "default"
    Other
};

// "GKE", "EKS", "AKS", "k3s/kubeadm", "other"
QString providerName(Provider provider);
// "gke", "eks", "aks", "k3s", "other" (for --json output)
QString providerId(Provider provider);
