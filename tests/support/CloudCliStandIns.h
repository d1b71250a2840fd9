#pragma once

// Runs the stand-ins for the three cloud CLIs' get-credentials commands
// (tests/support/fake-gcloud/gcloud, fake-aws/aws, fake-az/az): each writes the first file
// of KUBECONFIG the way the real CLI does (the whole file again, the same entry names,
// public server and certificate-authority-data, current-context set), with the real kubectl
// doing the YAML work. For journeys where a cloud CLI writes an entry kubetailor rewrote.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace CloudCliStandIns {

inline QString gcloud()
{
    return QStringLiteral(KUBETAILOR_SUPPORT_DIR "/fake-gcloud/gcloud");
}
inline QString aws()
{
    return QStringLiteral(KUBETAILOR_SUPPORT_DIR "/fake-aws/aws");
}
inline QString az()
{
    return QStringLiteral(KUBETAILOR_SUPPORT_DIR "/fake-az/az");
}

// The contexts the default calls below create.
inline QString gkeContext()
{
    return QStringLiteral("gke_acme-prod_us-central1_payments");
}
inline QString eksContext(const QString &name = QStringLiteral("orders"))
{
    return QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/") + name;
}
inline QString aksContext()
{
    return QStringLiteral("inventory");
}

// Runs `program` with `arguments` against `kubeconfig`; empty on success, else what went
// wrong (the stand-in's stderr).
inline QString run(const QString &program, const QStringList &arguments, const QString &kubeconfig,
                   const QString &kubectl)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    env.insert(QStringLiteral("KUBECTL"), kubectl);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(1000);
        return program + QStringLiteral(" did not finish within 20 s");
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return program + QStringLiteral(": ") + QString::fromUtf8(process.readAllStandardError());
    return QString();
}

// `gcloud container clusters get-credentials payments --zone us-central1 --project acme-prod`
inline QString gcloudGetCredentials(const QString &kubeconfig, const QString &kubectl)
{
    return run(gcloud(),
               {QStringLiteral("container"), QStringLiteral("clusters"),
                QStringLiteral("get-credentials"), QStringLiteral("payments"),
                QStringLiteral("--zone"), QStringLiteral("us-central1"),
                QStringLiteral("--project"), QStringLiteral("acme-prod")},
               kubeconfig, kubectl);
}

// `aws eks update-kubeconfig --name NAME --region us-west-2`
inline QString awsUpdateKubeconfig(const QString &kubeconfig, const QString &kubectl,
                                   const QString &name = QStringLiteral("orders"))
{
    return run(aws(),
               {QStringLiteral("eks"), QStringLiteral("update-kubeconfig"),
                QStringLiteral("--name"), name, QStringLiteral("--region"),
                QStringLiteral("us-west-2")},
               kubeconfig, kubectl);
}

// `az aks get-credentials --resource-group rg-inventory --name inventory`
inline QString azGetCredentials(const QString &kubeconfig, const QString &kubectl)
{
    return run(az(),
               {QStringLiteral("aks"), QStringLiteral("get-credentials"),
                QStringLiteral("--resource-group"), QStringLiteral("rg-inventory"),
                QStringLiteral("--name"), QStringLiteral("inventory")},
               kubeconfig, kubectl);
}

} // namespace CloudCliStandIns
