#include "ForwarderController.h"

#include "app/AppLogging.h"
#include "app/ForwarderLocalContext.h"
#include "app/KubeconfigService.h"
#include "app/RequestLogModel.h"
#include "kubeconfig/operator/ShellQuoting.h"

#include <QPointer>

ForwarderController::ForwarderController(KubeconfigService *kubeconfig, QObject *parent)
    : QObject(parent)
    , m_kubeconfig(kubeconfig)
    , m_service(new ForwarderService(this))
    , m_log(new RequestLogModel(this))
{
    connect(m_service, &ForwarderService::requestFinished, m_log, &RequestLogModel::append);
    connect(m_service, &ForwarderService::stateChanged, this, &ForwarderController::stateChanged);
}

ForwarderController::~ForwarderController()
{
    // Quit (tray, window close-to-quit) while a start or stop writes the kubeconfig: that
    // write ends first and says so here. Then the -local context goes with the forwarder.
    m_kubeconfig->waitForBackgroundWrite();
    m_service->stop();
    if (!m_localContext.isEmpty() && !m_keepLocalContext)
        m_kubeconfig->removeLocalContext(m_localContext);
}

QString ForwarderController::busyMessage() const
{
    return m_busy == Busy::Starting
               ? tr("the local proxy for '%1' is still starting; wait until it runs")
                     .arg(m_pendingContext)
               : tr("the local proxy is still stopping; wait until it stopped");
}

Status ForwarderController::failStart(const QString &text, const Finished &finished)
{
    m_busy = Busy::No;
    m_pendingContext.clear();
    m_lastError = text;
    emit stateChanged();
    const Status failed = Status::failure(text);
    if (finished)
        finished(failed);
    return failed;
}

Status ForwarderController::start(const QString &context, quint16 port, ForwarderConfig::Mode mode,
                                  Finished finished)
{
    if (isBusy()) {
        const Status refused = Status::failure(busyMessage());
        if (finished)
            finished(refused);
        return refused;
    }
    // The rows say at once whether there is such a context; the upstream connection needs
    // its CA, which only the parsed files have.
    const std::optional<ContextInfo> row = m_kubeconfig->context(context);
    if (!row)
        return failStart(tr("there is no context '%1' in %2; reload (F5) and choose another")
                             .arg(context, m_kubeconfig->files().join(QStringLiteral(", "))),
                         finished);
    if (row->broken)
        return failStart(tr("context '%1' cannot be used: %2").arg(context, row->problem),
                         finished);
    if (!m_kubeconfig->isLarge()) {
        continueStart(context, m_kubeconfig->set()->context(context), port, mode, false, finished);
        return m_lastError.isEmpty() ? Status::success() : Status::failure(m_lastError);
    }
    m_busy = Busy::Starting;
    m_pendingContext = context;
    m_lastError.clear();
    emit stateChanged();
    const QPointer<ForwarderController> self(this);
    m_kubeconfig->fullContext(
        context, [self, context, port, mode, finished](const std::optional<ContextInfo> &info) {
            if (self)
                self->continueStart(context, info, port, mode, true, finished);
        });
    return Status::success();
}

void ForwarderController::continueStart(const QString &context,
                                        const std::optional<ContextInfo> &info, quint16 port,
                                        ForwarderConfig::Mode mode, bool inBackground,
                                        const Finished &finished)
{
    if (!info) {
        failStart(tr("there is no context '%1' in %2 any more; reload (F5) and choose another")
                      .arg(context, m_kubeconfig->files().join(QStringLiteral(", "))),
                  finished);
        return;
    }
    if (info->broken) {
        failStart(tr("context '%1' cannot be used: %2").arg(context, info->problem), finished);
        return;
    }
    ForwarderConfig config;
    ForwarderLocalContext::configureUpstream(*info, &config);
    config.mode = mode;
    config.listenPort = port;

    m_service->stop();
    m_context.clear();
    m_localContext.clear();
    QString message;
    if (!m_service->start(config, &message)) {
        failStart(message, finished);
        return;
    }

    const ForwarderLocalContext entry = ForwarderLocalContext::describe(*info, config, *m_service);
    if (!inBackground) {
        endStart(context,
                 m_kubeconfig->upsertLocalContext(context, entry.server,
                                                  entry.certificateAuthorityPem,
                                                  entry.tlsServerName, entry.insecureSkipTlsVerify),
                 finished);
        return;
    }
    const QPointer<ForwarderController> self(this);
    m_kubeconfig->editInBackground(
        tr("adding the local context for '%1'").arg(context),
        [context, entry](ContextEditor &editor) {
            return editor.upsertLocalContext(context, QString(), entry.server,
                                             entry.certificateAuthorityPem, entry.tlsServerName,
                                             entry.insecureSkipTlsVerify);
        },
        [self, context, finished](const Result<QString> &local) {
            if (self)
                self->endStart(context, local, finished);
        });
}

void ForwarderController::endStart(const QString &context, const Result<QString> &local,
                                   const Finished &finished)
{
    if (!local) {
        m_service->stop();
        failStart(tr("the forwarder was stopped: cannot add the local context for '%1': %2")
                      .arg(context, local.error()),
                  finished);
        return;
    }
    m_busy = Busy::No;
    m_pendingContext.clear();
    m_context = context;
    m_localContext = local.value();
    m_lastError.clear();
    qCInfo(lcGui) << "forwarder for" << context << "on" << m_service->localUrl().toString();
    emit stateChanged();
    if (finished)
        finished(Status::success());
}

void ForwarderController::stop(Finished finished)
{
    if (isBusy()) {
        if (finished)
            finished(Status::failure(busyMessage()));
        return;
    }
    m_service->stop();
    const QString local = m_localContext;
    if (local.isEmpty() || m_keepLocalContext) {
        emit stateChanged();
        if (finished)
            finished(Status::success());
        return;
    }
    if (!m_kubeconfig->isLarge()) {
        endStop(local, m_kubeconfig->removeLocalContext(local), finished);
        return;
    }
    m_busy = Busy::Stopping;
    emit stateChanged();
    const QPointer<ForwarderController> self(this);
    m_kubeconfig->editInBackground(
        tr("removing the context '%1'").arg(local),
        [local](ContextEditor &editor) -> Result<QString> {
            if (!editor.set().context(local))
                return Result<QString>::ok(QString()); // gone already: nothing to write
            if (const Status deleted = editor.deleteContext(local); !deleted)
                return Result<QString>::failure(deleted.error());
            return Result<QString>::ok(local);
        },
        [self, local, finished](const Result<QString> &removed) {
            if (self)
                self->endStop(local, removed ? Status::success() : Status::failure(removed.error()),
                              finished);
        });
}

void ForwarderController::endStop(const QString &local, const Status &removed,
                                  const Finished &finished)
{
    m_busy = Busy::No;
    if (!removed)
        m_lastError = tr("cannot remove the context '%1': %2; delete it with `kubetailor "
                         "delete %1`")
                          .arg(local, removed.error());
    m_localContext.clear();
    emit stateChanged();
    if (finished)
        finished(removed ? Status::success() : Status::failure(m_lastError));
}

QString ForwarderController::staleLocalContext(const QString &context) const
{
    if (context.isEmpty())
        return QString();
    const QString name = context + QStringLiteral("-local");
    if (isRunning() && m_localContext == name)
        return QString();
    return m_kubeconfig->context(name) ? name : QString();
}

bool ForwarderController::isRunning() const
{
    return m_service->state() == ForwarderService::State::Running;
}

QString ForwarderController::localUrl() const
{
    return isRunning() ? m_service->localUrl().toString() : QString();
}

QString ForwarderController::upstream() const
{
    return m_service->config().upstreamAuthority();
}

bool ForwarderController::needsPassthrough(const QString &context) const
{
    const std::optional<ContextInfo> info = m_kubeconfig->context(context);
    return info && info->authMethod == AuthMethod::ClientCertificate;
}

QString ForwarderController::kubectlCommand() const
{
    if (m_localContext.isEmpty())
        return QString();
    return QStringLiteral("kubectl --context %1 get pods").arg(ShellQuoting::posix(m_localContext));
}
