#pragma once

#include "kubeconfig/ContextInfo.h"
#include "kubeconfig/KubeconfigSet.h"
#include "kubeconfig/Result.h"
#include "kubeconfig/doctor/CheckResult.h"
#include "kubeconfig/doctor/ExecPluginLocator.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ConnectionProbe;
struct ConnectionFacts;
struct ProbeStepFacts;

struct DoctorOptions
{
    QString context;        // empty: the current context
    bool runPlugin = false; // also run the exec plugin and check its ExecCredential
    int timeoutMs = 5000;   // per network step
    int pluginTimeoutMs = 30000;
    // When a .ts.net name does not resolve, `tailscale status --json` says why (logged out,
    // not running, another tailnet). Empty: tailscale on PATH.
    QString tailscalePath;
    bool askTailscale = true;
};

// The connection doctor for one context, for `kubetailor doctor` and the GUI's "Check
// connection": the kubeconfig entry, DNS, TCP, TLS, GET /version, the exec plugin and the
// auth method, in that order. Asynchronous: each step's result is emitted as it completes
// (network steps by ConnectionProbe on this thread, plugin steps on a worker thread), so a
// window stays responsive and can show progress.
class DoctorRunner : public QObject
{
    Q_OBJECT

public:
    explicit DoctorRunner(QObject *parent = nullptr);
    ~DoctorRunner() override;

    // For tests: where plugins are looked for.
    void setExecPluginLocator(const ExecPluginLocator &locator) { m_locator = locator; }

    // Fails, saying which context and where it looked, when the context does not exist (or
    // no current context is set).
    Status start(const KubeconfigSet &set, const DoctorOptions &options);

    bool isRunning() const { return m_running; }
    ContextInfo context() const { return m_context; }
    QList<CheckResult> results() const { return m_results; }
    bool anyFailed() const;

    // The step ids in the order they report.
    static QStringList stepIds();
    // The probe's facts as the advice's input: a field by field copy, no judgement.
    static ConnectionFacts toConnectionFacts(const ProbeStepFacts &facts);

signals:
    void stepFinished(const CheckResult &result);
    void finished();

private:
    void add(const CheckResult &result);
    void runEntry();
    void onProbeStep(const ProbeStepFacts &facts);
    void onProbeFinished();
    void explainDnsFailure();
    void runExecSteps();
    void runCredential(const QString &program);
    void runAuth();

    ExecPluginLocator m_locator;
    DoctorOptions m_options;
    KubeconfigSet m_set;
    ContextInfo m_context;
    QList<CheckResult> m_results;
    QPointer<ConnectionProbe> m_probe;
    // Probe results held back while tailscale explains a failed lookup.
    QList<CheckResult> m_held;
    bool m_holding = false;
    bool m_probeDone = false;
    bool m_running = false;
};
