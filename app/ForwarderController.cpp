#include "ForwarderController.h"

#include "app/AppLogging.h"
#include "app/ForwarderLocalContext.h"
#include "app/KubeconfigService.h"
#include "app/RequestLogModel.h"
#include "kubeconfig/operator/ShellQuoting.h"

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
    // Quit (tray, window close-to-quit): the -local context goes with the forwarder.
    m_service->stop();
    if (!m_localContext.isEmpty() && !m_keepLocalContext)
        m_kubeconfig->removeLocalContext(m_localContext);
}

Status ForwarderController::start(const QString &context, quint16 port, ForwarderConfig::Mode mode)
{
    const auto fail = [&](const QString &text) {
        m_lastError = text;
        emit stateChanged();
        return Status::failure(text);
    };
    // The parsed set: the rows have no CA, the upstream connection needs it.
    const std::optional<ContextInfo> info = m_kubeconfig->set()->context(context);
    if (!info)
        return fail(tr("there is no context '%1' in %2; reload (F5) and choose another")
                        .arg(context, m_kubeconfig->files().join(QStringLiteral(", "))));
    if (info->broken)
        return fail(tr("context '%1' cannot be used: %2").arg(context, info->problem));

    ForwarderConfig config;
    ForwarderLocalContext::configureUpstream(*info, &config);
    config.mode = mode;
    config.listenPort = port;

    m_service->stop();
    m_context.clear();
    m_localContext.clear();
    QString message;
    if (!m_service->start(config, &message))
        return fail(message);

    const ForwarderLocalContext entry = ForwarderLocalContext::describe(*info, config, *m_service);
    const Result<QString> local =
        m_kubeconfig->upsertLocalContext(context, entry.server, entry.certificateAuthorityPem,
                                         entry.tlsServerName, entry.insecureSkipTlsVerify);
    if (!local) {
        m_service->stop();
        return fail(tr("the forwarder was stopped: cannot add the local context for '%1': %2")
                        .arg(context, local.error()));
    }
    m_context = context;
    m_localContext = local.value();
    m_lastError.clear();
    qCInfo(lcGui) << "forwarder for" << context << "on" << m_service->localUrl().toString();
    emit stateChanged();
    return Status::success();
}

void ForwarderController::stop()
{
    m_service->stop();
    if (!m_localContext.isEmpty() && !m_keepLocalContext) {
        if (const Status removed = m_kubeconfig->removeLocalContext(m_localContext); !removed)
            m_lastError = tr("cannot remove the context '%1': %2; delete it with `kubetailor "
                             "delete %1`")
                              .arg(m_localContext, removed.error());
        m_localContext.clear();
    }
    emit stateChanged();
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
