#include "KubetailorProcess.h"

#include <QFileInfo>
#include <QProcess>

QStringList KubetailorProcess::Result::errLines() const
{
    QStringList lines = err.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

KubetailorProcess::KubetailorProcess()
    : m_exe(executable())
    , m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.remove(QStringLiteral("KUBECONFIG"));
}

QString KubetailorProcess::executable()
{
    const QString exe = qEnvironmentVariable("KUBETAILOR_EXE");
    return QFileInfo(exe).isExecutable() ? exe : QString();
}

KubetailorProcess::Result KubetailorProcess::run(const QStringList &arguments,
                                                 const QByteArray &stdinData) const
{
    Result result;
    QProcess process;
    process.setProcessEnvironment(m_env);
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);
    process.start(m_exe, arguments);
    if (!process.waitForStarted(m_timeoutMs))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("(killed after %1 ms)").arg(m_timeoutMs);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
