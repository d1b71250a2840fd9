#pragma once

// Runs tests/support/fake-gcloud/gcloud, a stand-in for `gcloud container clusters
// get-credentials` that writes a kubeconfig the way gcloud does (the whole file again, the
// same entry names, current-context set), for journeys where a cloud CLI changes the file
// kubetailor rewrote.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

namespace FakeGcloud {

// The GKE fixture's cluster: gke_acme-prod_us-central1_payments.
struct Cluster
{
    QString project = QStringLiteral("acme-prod");
    QString location = QStringLiteral("us-central1");
    QString name = QStringLiteral("payments");
    QString endpoint = QStringLiteral("34.118.10.20");
    QByteArray caPem; // empty: the CA of the fixture gke.yaml
};

inline QString program()
{
    return QStringLiteral(KUBETAILOR_SUPPORT_DIR "/fake-gcloud/gcloud");
}

// The PEM of the fixture gke.yaml's certificate-authority-data.
inline QByteArray fixtureCa()
{
    QFile file(QStringLiteral(KUBETAILOR_FIXTURES_DIR "/kubeconfigs/gke.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    const QByteArray key("certificate-authority-data: ");
    const QByteArray text = file.readAll();
    const int start = text.indexOf(key);
    if (start < 0)
        return QByteArray();
    const int end = text.indexOf('\n', start);
    return QByteArray::fromBase64(text.mid(start + key.size(), end - start - key.size()));
}

// `gcloud container clusters get-credentials NAME --zone L --project P` against
// `kubeconfig`, with `kubectl` doing the YAML work. Returns an empty string on success,
// else what went wrong.
inline QString getCredentials(const QString &kubeconfig, const QString &kubectl,
                              const QString &workDir, const Cluster &cluster = Cluster())
{
    const QString caFile = QDir(workDir).filePath(QStringLiteral("fake-gcloud-ca.pem"));
    QFile ca(caFile);
    if (!ca.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write ") + caFile;
    ca.write(cluster.caPem.isEmpty() ? fixtureCa() : cluster.caPem);
    ca.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    env.insert(QStringLiteral("KUBECTL"), kubectl);
    env.insert(QStringLiteral("FAKE_GCLOUD_ENDPOINT"), cluster.endpoint);
    env.insert(QStringLiteral("FAKE_GCLOUD_CA_FILE"), caFile);
    process.setProcessEnvironment(env);
    process.start(program(),
                  {QStringLiteral("container"), QStringLiteral("clusters"),
                   QStringLiteral("get-credentials"), cluster.name, QStringLiteral("--zone"),
                   cluster.location, QStringLiteral("--project"), cluster.project});
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(1000);
        return QStringLiteral("the stand-in gcloud did not finish within 20 s");
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError());
    return QString();
}

} // namespace FakeGcloud
