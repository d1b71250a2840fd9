#include "DoctorRunner.h"

#include "app/AppLogging.h"
#include "kubeconfig/doctor/ConnectionAdvice.h"
#include "kubeconfig/doctor/ContextEntryCheck.h"
#include "kubeconfig/doctor/ExecCredentialRunner.h"
#include "kubeconfig/tailnet/TailnetDiscovery.h"
#include "proxycore/ConnectionProbe.h"

#include <QFile>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace {

// Runs `work` on a thread of its own and hands its result to `done` on `context`'s thread.
// The thread deletes itself; if `context` is gone by then, the result is dropped.
template <class Work, class Done> void runInThread(QObject *context, Work work, Done done)
{
    auto result = std::make_shared<CheckResult>();
    QThread *thread = QThread::create([result, work] { *result = work(); });
    QObject::connect(thread, &QThread::finished, context, [result, done] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace

DoctorRunner::DoctorRunner(QObject *parent)
    : QObject(parent)
{}

DoctorRunner::~DoctorRunner() = default;

QStringList DoctorRunner::stepIds()
{
    return {QStringLiteral("kubeconfig"),
            QStringLiteral("dns"),
            QStringLiteral("tcp"),
            QStringLiteral("tls"),
            QStringLiteral("version"),
            QStringLiteral("exec-plugin"),
            QStringLiteral("exec-credential"),
            QStringLiteral("auth")};
}

ConnectionFacts DoctorRunner::toConnectionFacts(const ProbeStepFacts &probe)
{
    // The enumerators are declared in the same order on both sides.
    ConnectionFacts facts;
    facts.step = static_cast<ConnectionFacts::Step>(static_cast<int>(probe.step));
    facts.status = static_cast<ConnectionFacts::Status>(static_cast<int>(probe.status));
    facts.blockedBy = static_cast<ConnectionFacts::Step>(static_cast<int>(probe.blockedBy));
    facts.host = probe.host;
    facts.port = probe.port;
    facts.expectedName = probe.expectedName;
    facts.timeoutMs = probe.timeoutMs;
    facts.errorText = probe.errorText;
    facts.hostIsAddress = probe.hostIsAddress;
    facts.addresses = probe.addresses;
    facts.anyTailnetAddress = probe.anyTailnetAddress;
    facts.connectedAddress = probe.connectedAddress;
    facts.elapsedMs = probe.elapsedMs;
    facts.refusedBy = probe.refusedBy;
    facts.timedOut = probe.timedOut;
    facts.unreachable = probe.unreachable;
    facts.hasCertificate = probe.hasCertificate;
    facts.certificateDnsNames = probe.certificateDnsNames;
    facts.certificateCommonNames = probe.certificateCommonNames;
    facts.issuerCommonNames = probe.issuerCommonNames;
    facts.issuerOrganizations = probe.issuerOrganizations;
    facts.notBefore = probe.notBefore;
    facts.notAfter = probe.notAfter;
    facts.protocol = probe.protocol;
    facts.nameMismatch = probe.nameMismatch;
    facts.expired = probe.expired;
    facts.notYetValid = probe.notYetValid;
    facts.untrusted = probe.untrusted;
    facts.verificationErrors = probe.verificationErrors;
    facts.trustStoreError = probe.trustStoreError;
    facts.httpStatus = probe.httpStatus;
    facts.httpReason = probe.httpReason;
    facts.serverVersion = probe.serverVersion;
    facts.statusMessage = probe.statusMessage;
    facts.notHttp = probe.notHttp;
    return facts;
}

bool DoctorRunner::anyFailed() const
{
    for (const CheckResult &result : m_results) {
        if (result.outcome == CheckResult::Outcome::Fail)
            return true;
    }
    return false;
}

Status DoctorRunner::start(const KubeconfigSet &set, const DoctorOptions &options)
{
    if (m_running)
        return Status::failure(tr("a check is already running"));
    const QString name = options.context.isEmpty() ? set.currentContext() : options.context;
    if (name.isEmpty())
        return Status::failure(tr("no current context is set in %1: pass --context NAME "
                                  "(kubetailor contexts lists them)")
                                   .arg(set.files().join(QStringLiteral(", "))));
    const std::optional<ContextInfo> context = set.context(name);
    if (!context)
        return Status::failure(tr("no context named '%1' in %2: kubetailor contexts lists them")
                                   .arg(name, set.files().join(QStringLiteral(", "))));
    m_set = set;
    m_options = options;
    m_context = *context;
    m_results.clear();
    m_running = true;
    qCDebug(lcApp) << "doctor: checking context" << name;
    // Report from the event loop, so whoever called start() is connected and ready.
    QTimer::singleShot(0, this, &DoctorRunner::runEntry);
    return Status::success();
}

void DoctorRunner::add(const CheckResult &result)
{
    m_results << result;
    emit stepFinished(result);
}

void DoctorRunner::runEntry()
{
    add(ContextEntryCheck::checkEntry(m_context));
    if (!ContextEntryCheck::hasProbeableServer(m_context)) {
        for (const CheckResult &skipped : ConnectionAdvice::notProbed())
            add(skipped);
        runExecSteps();
        return;
    }

    const QUrl url(m_context.server);
    ProbeTarget target;
    target.host = url.host();
    target.port = quint16(url.port(443));
    target.expectedName = m_context.tlsServerName;
    target.timeoutMs = m_options.timeoutMs;
    // kubectl trusts the cluster's own CA for a direct connection; through the proxy that CA
    // is a leftover the kubeconfig step reports, and the system store is what must work.
    if (!m_context.viaTailnet) {
        target.extraCaPem = m_context.certificateAuthorityData;
        if (target.extraCaPem.isEmpty() && !m_context.certificateAuthorityFile.isEmpty()) {
            QFile file(m_context.certificateAuthorityFile);
            if (file.open(QIODevice::ReadOnly))
                target.extraCaPem = file.readAll();
        }
    }
    auto *probe = new ConnectionProbe(target, this);
    m_probe = probe;
    m_held.clear();
    m_holding = false;
    m_probeDone = false;
    connect(probe, &ConnectionProbe::stepFinished, this, &DoctorRunner::onProbeStep);
    connect(probe, &ConnectionProbe::finished, this, [this, probe] {
        probe->deleteLater();
        onProbeFinished();
    });
    probe->start();
}

void DoctorRunner::onProbeStep(const ProbeStepFacts &facts)
{
    const CheckResult result = ConnectionAdvice::advise(toConnectionFacts(facts));
    const bool tailnetName = m_context.serverHost.endsWith(QLatin1String(".ts.net"));
    if (result.id == QLatin1String("dns") && result.outcome == CheckResult::Outcome::Fail &&
        tailnetName && m_options.askTailscale) {
        m_holding = true;
        m_held << result;
        explainDnsFailure();
        return;
    }
    if (m_holding) {
        m_held << result;
        return;
    }
    add(result);
}

void DoctorRunner::onProbeFinished()
{
    m_probeDone = true;
    if (!m_holding)
        runExecSteps();
}

void DoctorRunner::explainDnsFailure()
{
    auto *discovery = new TailnetDiscovery(this);
    discovery->setTailscalePath(m_options.tailscalePath);
    connect(discovery, &TailnetDiscovery::finished, this, [this, discovery] {
        discovery->deleteLater();
        m_held.first().fix =
            ConnectionAdvice::tailnetDnsFix(m_context.serverHost, discovery->result());
        m_holding = false;
        const QList<CheckResult> held = m_held;
        m_held.clear();
        for (const CheckResult &result : held)
            add(result);
        if (m_probeDone)
            runExecSteps();
    });
    discovery->start();
}

void DoctorRunner::runExecSteps()
{
    if (m_context.authMethod != AuthMethod::ExecPlugin) {
        add(ContextEntryCheck::checkExecPlugin(m_context, m_locator));
        CheckResult credential;
        credential.id = QStringLiteral("exec-credential");
        credential.title = tr("exec credential");
        credential.summary = tr("skipped: no exec plugin");
        add(credential);
        runAuth();
        return;
    }
    // Finding the plugin may ask the login shell (up to a few seconds): off this thread.
    const ContextInfo context = m_context;
    const ExecPluginLocator locator = m_locator;
    auto located = std::make_shared<QString>();
    runInThread(
        this,
        [context, locator, located] {
            ExecPluginLocation location;
            const CheckResult result =
                ContextEntryCheck::checkExecPlugin(context, locator, &location);
            *located = location.path;
            return result;
        },
        [this, located](const CheckResult &result) {
            add(result);
            runCredential(*located);
        });
}

void DoctorRunner::runCredential(const QString &program)
{
    CheckResult skipped;
    skipped.id = QStringLiteral("exec-credential");
    skipped.title = tr("exec credential");
    if (!m_options.runPlugin) {
        skipped.summary = tr("skipped: pass --run-plugin to run the plugin and check that it "
                             "prints a token");
        skipped.windowSummary = tr("skipped: the plugin was not run");
        skipped.windowFix = tr("press Run the plugin to run it and check that it prints a token");
        skipped.action = CheckResult::runPlugin();
        add(skipped);
        runAuth();
        return;
    }
    const std::optional<ExecPluginSpec> spec = ExecCredentialRunner::specFor(m_set, m_context);
    if (program.isEmpty() || !spec) {
        skipped.summary = tr("skipped: the plugin was not found");
        add(skipped);
        runAuth();
        return;
    }
    const ExecPluginSpec plugin = *spec;
    const int timeoutMs = m_options.pluginTimeoutMs;
    runInThread(
        this,
        [plugin, program, timeoutMs] {
            return ExecCredentialRunner::run(plugin, program, timeoutMs);
        },
        [this](const CheckResult &result) {
            add(result);
            runAuth();
        });
}

void DoctorRunner::runAuth()
{
    add(ContextEntryCheck::checkAuth(m_context));
    m_running = false;
    qCDebug(lcApp) << "doctor: done, failed:" << anyFailed();
    emit finished();
}
