#include "KubectlRunner.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

KubectlRunner::KubectlRunner()
    : m_program(qEnvironmentVariable("KUBECTL"))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    if (m_program.isEmpty()) {
        const QString sdk = QStringLiteral("/usr/lib/google-cloud-sdk/bin/kubectl.1.33");
        m_program = QFileInfo(sdk).isExecutable() ? sdk : QStringLiteral("kubectl");
    }
    // kubectl must not pick up anything of the machine's: no KUBECONFIG, no proxy.
    for (const char *name : {"KUBECONFIG", "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy",
                             "ALL_PROXY", "all_proxy"})
        m_environment.remove(QString::fromLatin1(name));
}

bool KubectlRunner::isAvailable() const
{
    return !clientVersion().isNull();
}

QVersionNumber KubectlRunner::clientVersion() const
{
    if (!m_version.isNull())
        return m_version;
    const Result result = run({QStringLiteral("version"), QStringLiteral("--client"),
                               QStringLiteral("-o"), QStringLiteral("json")},
                              QByteArray(), 15000);
    const QJsonObject client = QJsonDocument::fromJson(result.out)
                                   .object()
                                   .value(QStringLiteral("clientVersion"))
                                   .toObject();
    const QString git = client.value(QStringLiteral("gitVersion")).toString();
    m_version = QVersionNumber::fromString(git.startsWith(QLatin1Char('v')) ? git.mid(1) : git);
    return m_version;
}

void KubectlRunner::setKubeconfig(const QString &path)
{
    m_environment.insert(QStringLiteral("KUBECONFIG"), path);
}

bool KubectlRunner::installStandInPlugins(const QString &binDir, QString *error,
                                          const QStringList &names)
{
    const QString script =
        QStringLiteral(KUBETAILOR_SUPPORT_DIR) + QStringLiteral("/fake-exec-plugin.sh");
    if (!QDir().mkpath(binDir)) {
        *error = QStringLiteral("cannot create %1").arg(binDir);
        return false;
    }
    const QStringList all =
        names.isEmpty()
            ? QStringList{QStringLiteral("gke-gcloud-auth-plugin"), QStringLiteral("kubelogin"),
                          QStringLiteral("aws"), QStringLiteral("aws-iam-authenticator")}
            : names;
    for (const QString &name : all) {
        const QString target = QDir(binDir).filePath(name);
        QFile::remove(target);
        if (!QFile::link(script, target)) {
            *error = QStringLiteral("cannot link %1 to %2").arg(target, script);
            return false;
        }
    }
    m_environment.insert(QStringLiteral("PATH"),
                         binDir + QLatin1Char(':') + m_environment.value(QStringLiteral("PATH")));
    return true;
}

void KubectlRunner::setEnvironmentValue(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

KubectlRunner::Result KubectlRunner::run(const QStringList &arguments, const QByteArray &input,
                                         int timeoutMs) const
{
    Result result;
    QProcess process;
    process.setProcessEnvironment(m_environment);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    process.start(m_program, arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    timer.start(timeoutMs);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    } else {
        result.finished = process.exitStatus() == QProcess::NormalExit &&
                          process.error() != QProcess::FailedToStart;
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

std::unique_ptr<QProcess> KubectlRunner::start(const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_environment);
    process->start(m_program, arguments);
    return process;
}
