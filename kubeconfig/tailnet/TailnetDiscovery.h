#pragma once

#include "kubeconfig/Result.h"
#include "kubeconfig/tailnet/TailscaleStatus.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QProcess;
class QTimer;

// What asking `tailscale status --json` gave: the tailnet's MagicDNS suffix and the devices
// that look like operator proxies, or why not (with a message that says what to do; the
// user can always type the name instead).
struct TailnetDiscoveryResult
{
    enum class Outcome {
        Ready,        // suffix known (candidates may still be empty)
        NotInstalled, // no tailscale binary
        NotRunning,   // tailscaled not running, or the backend is Stopped/Starting
        LoggedOut,    // NeedsLogin / NeedsMachineAuth
        NoMagicDns,
        Unreadable, // output that is not a status document we understand
        TimedOut,
        Failed, // any other failure of the process
    };

    Outcome outcome = Outcome::Failed;
    QString message; // empty when Ready
    QString tailscalePath;
    TailscaleStatus status;
    QList<OperatorCandidate> candidates;

    bool ok() const { return outcome == Outcome::Ready; }
    QString suffix() const { return status.magicDnsSuffix; }
};

// Runs `tailscale status --json` without blocking the caller's thread, bounded by a timeout
// (2 s by default), and reports once through finished().
class TailnetDiscovery : public QObject
{
    Q_OBJECT

public:
    explicit TailnetDiscovery(QObject *parent = nullptr);
    ~TailnetDiscovery() override;

    // An explicit tailscale binary; empty: `tailscale` on PATH, then the usual install places.
    void setTailscalePath(const QString &path) { m_configuredPath = path; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void start();
    bool isRunning() const;
    TailnetDiscoveryResult result() const { return m_result; }

    // The tailscale binary that would run, or empty when there is none.
    static QString findTailscale(const QString &configuredPath = QString());

    // Turns the process's outcome into a result; pure, for tests and the blocking helper.
    static TailnetDiscoveryResult interpret(const QString &tailscalePath, int exitCode,
                                            const QByteArray &standardOutput,
                                            const QByteArray &standardError);

    // The blocking form for the command line: waits at most `timeoutMs`.
    static TailnetDiscoveryResult discoverBlocking(const QString &configuredPath = QString(),
                                                   int timeoutMs = 2000);

    // The tailnet's MagicDNS suffix ("tail1234.ts.net"), for `rewrite --hostname H` without
    // --tailnet. Fails (saying what to do) when it cannot be had.
    static Result<QString> resolveSuffix(const QString &configuredPath, int timeoutMs = 2000);

signals:
    void finished();

private:
    void finish(const TailnetDiscoveryResult &result);

    QString m_configuredPath;
    int m_timeoutMs = 2000;
    QPointer<QProcess> m_process;
    QTimer *m_timer = nullptr;
    TailnetDiscoveryResult m_result;
};
