#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// The test API server (kubetailor-test-apiserver) as a child process: start() waits until it
// listens and reads the port it chose; stop() kills it and waits. A test uses a process
// rather than an in-process server when it must restart or kill the upstream for real, or
// when its own event loop blocks (QProcess::waitForFinished on kubectl).
class TestApiServerProcess
{
public:
    TestApiServerProcess() = default;
    ~TestApiServerProcess();
    TestApiServerProcess(const TestApiServerProcess &) = delete;
    TestApiServerProcess &operator=(const TestApiServerProcess &) = delete;

    static QString executable();

    // `arguments` as for the executable (--cert, --key, --listen, --record, ...).
    bool start(const QStringList &arguments, QString *error, int timeoutMs = 10000);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    quint16 port() const { return m_port; }
    QByteArray standardError() { return m_process.readAllStandardError(); }

    // Runs `kubetailor-test-apiserver --make-certs dir --hosts ...` (see its main.cpp).
    static bool makeCertificates(const QString &dir, const QStringList &hosts, QString *error);

private:
    QProcess m_process;
    quint16 m_port = 0;
};
