#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the built kubetailor executable (KUBETAILOR_EXE) as a user runs it, bounded in time,
// and keeps what it printed. Tests of the CLI assert on exitCode, out and err.
class KubetailorProcess
{
public:
    struct Result
    {
        int exitCode = -1; // -1: crashed, or killed after the timeout
        QString out;
        QString err;
        QByteArray outBytes;

        // The stderr lines, without the trailing empty one.
        QStringList errLines() const;
    };

    KubetailorProcess();

    static QString executable();
    bool isValid() const { return !m_exe.isEmpty(); }

    QProcessEnvironment &environment() { return m_env; }
    void setWorkingDirectory(const QString &dir) { m_workingDirectory = dir; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    Result run(const QStringList &arguments, const QByteArray &stdinData = QByteArray()) const;

private:
    QString m_exe;
    QString m_workingDirectory;
    QProcessEnvironment m_env;
    int m_timeoutMs = 30000;
};
