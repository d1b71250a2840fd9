#include "ProviderDetector.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {

QString baseCommand(const QString &command)
{
    QString name = QFileInfo(command).fileName().toLower();
    if (name.endsWith(QLatin1String(".exe")))
        name.chop(4);
    return name;
}

bool anyNameStartsWith(const ContextInfo &info, const QString &prefix)
{
    return info.clusterName.startsWith(prefix) || info.name.startsWith(prefix) ||
           info.userName.startsWith(prefix);
}

} // namespace

Provider ProviderDetector::detect(const ContextInfo &info)
{
    const QString host = info.serverHost.toLower();
    const QString command = baseCommand(info.execCommand);
    static const QRegularExpression ipv4(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"));
    const bool ipServer = ipv4.match(host).hasMatch() || host.contains(QLatin1Char(':'));

    // GKE
    if (command == QLatin1String("gke-gcloud-auth-plugin") ||
        host.endsWith(QLatin1String(".gke.goog")) || host.contains(QLatin1String(".gke.")) ||
        host.endsWith(QLatin1String(".gke")) ||
        (info.authMethod == AuthMethod::AuthProvider &&
         info.authProviderName == QLatin1String("gcp")) ||
        (ipServer && anyNameStartsWith(info, QStringLiteral("gke_"))) ||
        info.clusterName.startsWith(QLatin1String("gke_"))) {
        return Provider::Gke;
    }

    // EKS
    const bool awsGetToken = command == QLatin1String("aws") &&
                             info.execArgs.contains(QLatin1String("eks")) &&
                             info.execArgs.contains(QLatin1String("get-token"));
    if (host.endsWith(QLatin1String(".eks.amazonaws.com")) ||
        host.endsWith(QLatin1String(".eks.amazonaws.com.cn")) || awsGetToken ||
        command == QLatin1String("aws-iam-authenticator") ||
        anyNameStartsWith(info, QStringLiteral("arn:aws:eks:")) ||
        anyNameStartsWith(info, QStringLiteral("arn:aws-cn:eks:")) ||
        anyNameStartsWith(info, QStringLiteral("arn:aws-us-gov:eks:"))) {
        return Provider::Eks;
    }

    // AKS
    if (host.endsWith(QLatin1String(".azmk8s.io")) || command == QLatin1String("kubelogin") ||
        (info.authMethod == AuthMethod::AuthProvider &&
         info.authProviderName == QLatin1String("azure"))) {
        return Provider::Aks;
    }

    // k3s / kubeadm: local API servers with client-certificate users.
    const bool localDefault = info.server.endsWith(QLatin1String(":6443")) &&
                              (host == QLatin1String("127.0.0.1") ||
                               host == QLatin1String("localhost") || host == QLatin1String("::1"));
    if (localDefault || info.authMethod == AuthMethod::ClientCertificate ||
        (info.name == QLatin1String("default") && info.clusterName == QLatin1String("default")) ||
        info.userName == QLatin1String("kubernetes-admin")) {
        return Provider::K3s;
    }
    return Provider::Other;
}
