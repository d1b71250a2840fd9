#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <memory>

class QProcess;

// Drives the real kubectl ($KUBECTL, which tests/support/run-test.sh sets) for end-to-end
// tests: a private KUBECONFIG, a PATH with the stand-in exec plugin first, and runs that
// keep the caller's event loop turning, so servers living in the test process still answer.
class KubectlRunner
{
public:
    struct Result
    {
        bool finished = false; // false: timed out (and killed)
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    KubectlRunner();

    QString program() const { return m_program; }
    bool isAvailable() const;
    // The client version (`version --client -o json`), null when kubectl is missing.
    QVersionNumber clientVersion() const;

    void setKubeconfig(const QString &path);
    // Puts tests/support/fake-exec-plugin.sh under each of `names` (default:
    // gke-gcloud-auth-plugin, kubelogin, aws, aws-iam-authenticator) into `binDir` and that
    // folder first on kubectl's PATH.
    bool installStandInPlugins(const QString &binDir, QString *error,
                               const QStringList &names = {});
    void setEnvironmentValue(const QString &name, const QString &value);
    QProcessEnvironment environment() const { return m_environment; }

    Result run(const QStringList &arguments, const QByteArray &input = QByteArray(),
               int timeoutMs = 20000) const;
    // A long-running kubectl (get -w, logs -f); the caller reads and kills it.
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;

private:
    QString m_program;
    QProcessEnvironment m_environment;
    mutable QVersionNumber m_version;
};
