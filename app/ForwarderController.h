#pragma once

#include "kubeconfig/ContextInfo.h"
#include "kubeconfig/Result.h"
#include "proxycore/ForwarderConfig.h"
#include "proxycore/ForwarderService.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class KubeconfigService;
class RequestLogModel;

// The local forwarder for one context, as the window and the tray drive it: works out the
// upstream and its trust from the context, starts proxycore's ForwarderService on loopback,
// adds `<context>-local` to the kubeconfig (same user entry, the forwarder's own CA in http
// mode; the cluster's CA and tls-server-name in passthrough mode), and feeds the request
// log. No widgets.
class ForwarderController : public QObject
{
    Q_OBJECT

public:
    ForwarderController(KubeconfigService *kubeconfig, QObject *parent = nullptr);
    ~ForwarderController() override;

    // What start() and stop() say when they are done, here, once.
    using Finished = std::function<void(const Status &status)>;

    // `port` 0: any free port. With a small kubeconfig all of it happens before start()
    // returns. A large one (KubeconfigService::isLarge(): 2,000 contexts take the better part
    // of a second to read and again to write) is read and written on worker threads:
    // start() returns with busy() Starting, and the window stays responsive. Either way
    // `finished` gets the outcome; the return value is a failure found at once, else
    // success. A failure is also lastError().
    Status start(const QString &context, quint16 port, ForwarderConfig::Mode mode,
                 Finished finished = {});
    // Stops the forwarder and removes its `<context>-local` entry unless it is to be kept;
    // for a large kubeconfig the removal is written on a worker (busy() Stopping).
    void stop(Finished finished = {});
    enum class Busy { No, Starting, Stopping };
    Busy busy() const { return m_busy; }
    bool isBusy() const { return m_busy != Busy::No; }
    // The context a start in progress is for (context() is set once it runs).
    QString pendingContext() const { return m_pendingContext; }
    // Keep `<context>-local` in the kubeconfig after Stop (and on quit).
    void setKeepLocalContext(bool keep) { m_keepLocalContext = keep; }
    bool keepLocalContext() const { return m_keepLocalContext; }
    // `<context>-local` when the kubeconfig has it while no forwarder runs for it (a kept
    // entry pointing at a dead port), else empty.
    QString staleLocalContext(const QString &context) const;

    bool isRunning() const;
    ForwarderService::State state() const { return m_service->state(); }
    QString lastError() const { return m_lastError; }
    QString context() const { return m_context; }
    QString localContext() const { return m_localContext; }
    quint16 port() const { return m_service->port(); }
    QString localUrl() const;
    QString upstream() const;
    // "kubectl --context gke_x-local get pods"
    QString kubectlCommand() const;
    // True when `context` signs in with a client certificate: HTTP mode ends TLS at the
    // forwarder, so the certificate never reaches the API server; only passthrough works.
    bool needsPassthrough(const QString &context) const;

    ForwarderService *service() const { return m_service; }
    RequestLogModel *requestLog() const { return m_log; }

signals:
    void stateChanged();

private:
    QString busyMessage() const;
    Status failStart(const QString &text, const Finished &finished);
    void continueStart(const QString &context, const std::optional<ContextInfo> &info, quint16 port,
                       ForwarderConfig::Mode mode, bool inBackground, const Finished &finished);
    void endStart(const QString &context, const Result<QString> &local, const Finished &finished);
    void endStop(const QString &local, const Status &removed, const Finished &finished);

    KubeconfigService *m_kubeconfig;
    ForwarderService *m_service;
    RequestLogModel *m_log;
    QString m_context;
    QString m_localContext;
    QString m_lastError;
    QString m_pendingContext;
    Busy m_busy = Busy::No;
    bool m_keepLocalContext = false;
};
