#include "Provider.h"

#include <QCoreApplication>

QString providerName(Provider provider)
{
    switch (provider) {
    case Provider::Gke:
        return QStringLiteral("GKE");
    case Provider::Eks:
        return QStringLiteral("EKS");
    case Provider::Aks:
        return QStringLiteral("AKS");
    case Provider::K3s:
        return QStringLiteral("k3s/kubeadm");
    case Provider::Other:
        break;
    }
    return QCoreApplication::translate("Provider", "other");
}

QString providerId(Provider provider)
{
    switch (provider) {
    case Provider::Gke:
        return QStringLiteral("gke");
    case Provider::Eks:
        return QStringLiteral("eks");
    case Provider::Aks:
        return QStringLiteral("aks");
    case Provider::K3s:
        return QStringLiteral("k3s");
    case Provider::Other:
        break;
    }
    return QStringLiteral("other");
}
