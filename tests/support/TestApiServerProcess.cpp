#include "TestApiServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

TestApiServerProcess::~TestApiServerProcess()
{
    stop();
}

QString TestApiServerProcess::executable()
{
    return QStringLiteral(KUBETAILOR_TEST_APISERVER);
}

bool TestApiServerProcess::start(const QStringList &arguments, QString *error, int timeoutMs)
{
    stop();
    m_port = 0;
    m_process.setProgram(executable());
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        *error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("^listening on https://.*:(\\d+)$"));
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray output;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const QRegularExpressionMatch match = listening.match(line);
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
            continue;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    m_process.waitForFinished(1000);
    *error = QStringLiteral("the test API server did not start listening: %1")
                 .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed());
    stop();
    return false;
}

void TestApiServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool TestApiServerProcess::makeCertificates(const QString &dir, const QStringList &hosts,
                                            QString *error)
{
    QProcess process;
    process.start(executable(), {QStringLiteral("--make-certs"), dir, QStringLiteral("--hosts"),
                                 hosts.join(QLatin1Char(','))});
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        *error = QStringLiteral("--make-certs failed: %1")
                     .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}
