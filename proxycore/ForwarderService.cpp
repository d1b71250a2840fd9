#include "ForwarderService.h"

#include "proxycore/ForwarderServer.h"
#include "proxycore/LoopbackCertificate.h"
#include "proxycore/OpenFileLimit.h"
#include "proxycore/ProxyLogging.h"
#include "proxycore/TlsContext.h"
#include "proxycore/UpstreamTrustStore.h"

ForwarderService::ForwarderService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ForwarderRequestRecord>();
}

ForwarderService::~ForwarderService()
{
    stop();
}

void ForwarderService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool ForwarderService::start(const ForwarderConfig &config, QString *error)
{
    stop();
    m_config = config;
    QString message;
    const auto failWith = [&](const QString &text) {
        m_lastError = text;
        if (error)
            *error = text;
        qCWarning(lcProxy).noquote() << text;
        setState(State::Failed);
        return false;
    };

    if (!config.upstream.isValid() || config.upstream.host().isEmpty() ||
        config.upstream.scheme() != QLatin1String("https")) {
        return failWith(tr("the upstream must be an https:// URL with a host, e.g. "
                           "https://tailscale-operator.tail1234.ts.net:443 (got '%1')")
                            .arg(config.upstream.toString()));
    }
    if (!config.allowRemote && !config.listenAddress.isLoopback()) {
        return failWith(tr("%1 is not a loopback address; the forwarder forwards credentials, "
                           "so it listens on loopback unless remote access is allowed explicitly")
                            .arg(config.listenAddress.toString()));
    }

    std::shared_ptr<TlsContext> serverTls;
    std::shared_ptr<TlsContext> upstreamTls;
    if (config.mode == ForwarderConfig::Mode::Http) {
        LoopbackCertificate certificate;
        if (!LoopbackCertificate::ensure(config.certificateDir, &certificate, &message))
            return failWith(message);
        m_authorityPem = certificate.authorityPem();
        m_certificateDir = certificate.directory();
        serverTls =
            TlsContext::createServer(certificate.certificatePem() + certificate.authorityPem(),
                                     certificate.privateKeyPem(), &message);
        if (!serverTls)
            return failWith(message);
        upstreamTls = TlsContext::createClient({}, &message);
        if (!upstreamTls)
            return failWith(message);
        if (!UpstreamTrustStore::fill(upstreamTls->certificateStore(), config.caFile, config.caPem,
                                      &message))
            return failWith(message);
    } else {
        // Passthrough: TLS runs end to end between kubectl and the upstream.
        m_authorityPem.clear();
    }

    // Two descriptors per connection (client and upstream), plus some for everything else.
    // Past the limit a connection could not even be accepted and would hang in the listen
    // queue, so the connection limit shrinks to what fits: one more is refused at once.
    ForwarderConfig effective = config;
    const qint64 wanted = 2 * qint64(config.maxConnections) + 64;
    const qint64 limit = OpenFileLimit::raiseTo(wanted);
    if (limit >= 0 && limit < wanted) {
        effective.maxConnections = int(qMax<qint64>(1, (limit - 64) / 2));
        qCWarning(lcProxy).noquote()
            << tr("the open-file limit is %1: serving at most %2 connections, not %3; raise "
                  "it (ulimit -n) to serve more")
                   .arg(limit)
                   .arg(effective.maxConnections)
                   .arg(config.maxConnections);
    }
    m_config = effective;

    auto *server = new ForwarderServer(effective, serverTls, upstreamTls, this);
    server->setMaxPendingConnections(effective.maxConnections);
    if (!server->listen(config.listenAddress, config.listenPort)) {
        const QString text = tr("cannot listen on %1:%2: %3; choose another port with --listen")
                                 .arg(config.listenAddress.toString())
                                 .arg(config.listenPort)
                                 .arg(server->errorString());
        delete server;
        return failWith(text);
    }
    connect(server, &ForwarderServer::requestFinished, this, &ForwarderService::requestFinished);
    m_server = server;
    if (config.allowRemote && !config.listenAddress.isLoopback()) {
        qCWarning(lcProxy).noquote()
            << tr("WARNING: the forwarder listens on %1:%2, reachable from other machines. "
                  "Anyone who reaches it uses the upstream with the credentials they send; "
                  "the forwarder's Host check is off.")
                   .arg(config.listenAddress.toString())
                   .arg(server->serverPort());
    }
    qCInfo(lcProxy).noquote() << "forwarding" << localUrl().toString() << "to"
                              << config.upstreamAuthority()
                              << (config.mode == ForwarderConfig::Mode::Http ? "(http)"
                                                                             : "(passthrough)");
    m_lastError.clear();
    setState(State::Running);
    return true;
}

void ForwarderService::stop()
{
    if (m_server) {
        m_server->close();
        m_server->closeAll();
        delete m_server.data();
    }
    if (m_state == State::Running)
        setState(State::Stopped);
}

quint16 ForwarderService::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl ForwarderService::localUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    const QHostAddress address = m_config.listenAddress;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        url.setHost(QStringLiteral("127.0.0.1"));
    else if (address == QHostAddress::AnyIPv6)
        url.setHost(QStringLiteral("::1"));
    else
        url.setHost(address.toString());
    url.setPort(port());
    return url;
}

int ForwarderService::connectionCount() const
{
    return m_server ? m_server->connectionCount() : 0;
}
