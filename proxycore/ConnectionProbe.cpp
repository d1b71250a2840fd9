#include "ConnectionProbe.h"

#include "proxycore/HttpResponseParser.h"
#include "proxycore/ProxyLogging.h"
#include "proxycore/UpstreamTrust.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include <thread>

namespace {

constexpr qsizetype maxResponseBytes = 1024 * 1024;

const char *stepName(ProbeStepFacts::Step step)
{
    switch (step) {
    case ProbeStepFacts::Step::Dns:
        return "dns";
    case ProbeStepFacts::Step::Tcp:
        return "tcp";
    case ProbeStepFacts::Step::Tls:
        return "tls";
    case ProbeStepFacts::Step::Version:
        break;
    }
    return "version";
}

bool isUntrustedError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
        return true;
    default:
        return false;
    }
}

// The JSON string value of `key` in a small document (the /version body or a Status). The
// body may still carry chunk framing; both documents are a few hundred bytes in one chunk.
QString jsonString(const QByteArray &body, const char *key)
{
    const QRegularExpression pattern(
        QStringLiteral("\"%1\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").arg(QLatin1String(key)));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(body));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

ConnectionProbe::ConnectionProbe(const ProbeTarget &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionProbe::onStepTimeout);
}

ConnectionProbe::~ConnectionProbe()
{
    // A lookup still running is left behind; its answer finds no probe.
}

QString ConnectionProbe::authority() const
{
    const QHostAddress literal(m_target.host);
    const QString host = literal.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_target.host + QLatin1Char(']')
                             : m_target.host;
    return host + QLatin1Char(':') + QString::number(m_target.port);
}

QString ConnectionProbe::expectedName() const
{
    return m_target.expectedName.isEmpty() ? m_target.host : m_target.expectedName;
}

bool ConnectionProbe::isTailnetAddress(const QHostAddress &address)
{
    static const QPair<QHostAddress, int> cgnat =
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10"));
    static const QPair<QHostAddress, int> ula =
        QHostAddress::parseSubnet(QStringLiteral("fd7a:115c:a1e0::/48"));
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).isInSubnet(cgnat);
    return address.isInSubnet(ula);
}

bool ConnectionProbe::anyFailed() const
{
    for (const ProbeStepFacts &step : m_steps) {
        if (step.status == Status::Failed || step.status == Status::TimedOut)
            return true;
    }
    return false;
}

ProbeStepFacts ConnectionProbe::facts(Step step, Status status) const
{
    ProbeStepFacts result;
    result.step = step;
    result.status = status;
    result.host = m_target.host;
    result.port = m_target.port;
    result.expectedName = expectedName();
    result.timeoutMs = m_target.timeoutMs;
    return result;
}

void ConnectionProbe::report(const ProbeStepFacts &facts)
{
    m_steps << facts;
    qCDebug(lcProbe) << stepName(facts.step) << int(facts.status) << facts.errorText;
    emit stepFinished(facts);
}

void ConnectionProbe::failAndStop(const ProbeStepFacts &failed)
{
    m_phase = Phase::Done;
    report(failed);
    for (int s = int(failed.step) + 1; s <= int(Step::Version); ++s) {
        ProbeStepFacts notRun = facts(Step(s), Status::NotRun);
        notRun.blockedBy = failed.step;
        report(notRun);
    }
    finish();
}

void ConnectionProbe::finish()
{
    m_phase = Phase::Done;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_finished = true;
    emit finished();
}

void ConnectionProbe::start()
{
    if (m_phase != Phase::Idle)
        return;
    if (!UpstreamTrust::build(QString(), m_target.extraCaPem, &m_trust, &m_trustError))
        m_trust = QSslConfiguration::systemCaCertificates();

    m_phase = Phase::Dns;
    const QHostAddress literal(m_target.host);
    if (!literal.isNull()) {
        // Report from the event loop, as a lookup would.
        QTimer::singleShot(0, this, [this, literal] { onLookedUp({literal}, QString()); });
        return;
    }
    m_timer.start(m_target.timeoutMs);
    // The lookup blocks a thread of its own, detached: when the resolver hangs, the step times
    // out and the thread is left behind. (QHostInfo::lookupHost's pool would hold the process's
    // exit until the resolver gives up, tens of seconds later.) The answer comes back through
    // the application object, on this thread, and finds the probe only if it still exists.
    QPointer<ConnectionProbe> self(this);
    std::thread([self = std::move(self), host = m_target.host]() mutable {
        const QHostInfo info = QHostInfo::fromName(host);
        QCoreApplication *application = QCoreApplication::instance();
        if (!application)
            return;
        QMetaObject::invokeMethod(application, [self = std::move(self), info] {
            if (self)
                self->onLookedUp(info.addresses(), info.error() == QHostInfo::NoError
                                                       ? QString()
                                                       : info.errorString());
        });
    }).detach();
}

void ConnectionProbe::onLookedUp(const QList<QHostAddress> &addresses, const QString &error)
{
    if (m_phase != Phase::Dns)
        return;
    m_timer.stop();
    if (addresses.isEmpty()) {
        ProbeStepFacts dns = facts(Step::Dns, Status::Failed);
        dns.errorText = error;
        failAndStop(dns);
        return;
    }

    m_addresses = addresses;
    ProbeStepFacts dns = facts(Step::Dns, Status::Done);
    dns.hostIsAddress = !QHostAddress(m_target.host).isNull();
    for (const QHostAddress &address : addresses) {
        dns.addresses << address.toString();
        dns.anyTailnetAddress = dns.anyTailnetAddress || isTailnetAddress(address);
    }
    report(dns);
    m_phase = Phase::Tcp;
    connectNext();
}

void ConnectionProbe::connectNext()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    if (m_nextAddress >= m_addresses.size()) {
        ProbeStepFacts tcp = facts(Step::Tcp, Status::Failed);
        tcp.refusedBy = m_refused;
        tcp.timedOut = m_timedOut;
        tcp.unreachable = m_unreachable;
        tcp.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
        failAndStop(tcp);
        return;
    }

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration tls = UpstreamTrust::clientConfiguration(m_trust);
    socket->setSslConfiguration(tls);
    socket->setPeerVerifyName(expectedName());
    socket->setProtocolTag(m_target.host);
    connect(socket, &QSslSocket::connected, this, &ConnectionProbe::onConnected);
    connect(socket, &QSslSocket::errorOccurred, this, &ConnectionProbe::onSocketError);
    connect(socket, &QSslSocket::encrypted, this, &ConnectionProbe::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this, &ConnectionProbe::onSslErrors);
    connect(socket, &QSslSocket::readyRead, this, &ConnectionProbe::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &ConnectionProbe::onReadyRead);
    m_clock.start();
    m_timer.start(m_target.timeoutMs);
    // Counted before connecting: without a route the socket reports its error from inside
    // connectToHost(), and that error belongs to this address.
    const QHostAddress address = m_addresses.at(m_nextAddress++);
    socket->connectToHost(address, m_target.port);
}

void ConnectionProbe::onConnected()
{
    if (m_phase != Phase::Tcp)
        return;
    m_timer.stop();
    ProbeStepFacts tcp = facts(Step::Tcp, Status::Done);
    tcp.connectedAddress = m_socket->peerAddress().toString();
    tcp.elapsedMs = m_clock.elapsed();
    report(tcp);
    m_phase = Phase::Tls;
    m_timer.start(m_target.timeoutMs);
    // SNI and verification use the name, not the address we connected to.
    m_socket->startClientEncryption();
}

void ConnectionProbe::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    switch (m_phase) {
    case Phase::Tcp: {
        m_timer.stop();
        const QString address = m_addresses.value(m_nextAddress - 1).toString();
        if (error == QAbstractSocket::ConnectionRefusedError)
            m_refused << address;
        else if (error == QAbstractSocket::SocketTimeoutError)
            m_timedOut << address;
        else
            m_unreachable << address + QStringLiteral(": ") + m_socket->errorString();
        // The next address from the event loop, never from inside this socket's signal: a
        // connect that fails at once (no interface, no route) would otherwise recurse.
        m_socket->disconnect(this);
        QMetaObject::invokeMethod(this, &ConnectionProbe::connectNext, Qt::QueuedConnection);
        return;
    }
    case Phase::Tls:
        reportTlsFailure();
        return;
    case Phase::Http:
        onReadyRead();
        return;
    default:
        return;
    }
}

void ConnectionProbe::onSslErrors(const QList<QSslError> &errors)
{
    // Not ignored: the handshake fails and reportTlsFailure() explains why.
    m_sslErrors += errors;
    if (m_socket)
        m_peerChain = m_socket->peerCertificateChain();
}

namespace {

// The peer's leaf certificate, as facts.
void describeCertificate(const QSslCertificate &leaf, ProbeStepFacts *facts)
{
    facts->hasCertificate = !leaf.isNull();
    if (leaf.isNull())
        return;
    facts->certificateDnsNames = leaf.subjectAlternativeNames().values(QSsl::DnsEntry);
    facts->certificateCommonNames = leaf.subjectInfo(QSslCertificate::CommonName);
    facts->issuerCommonNames = leaf.issuerInfo(QSslCertificate::CommonName);
    facts->issuerOrganizations = leaf.issuerInfo(QSslCertificate::Organization);
    facts->notBefore = leaf.effectiveDate();
    facts->notAfter = leaf.expiryDate();
}

} // namespace

void ConnectionProbe::reportTlsFailure()
{
    if (m_phase != Phase::Tls)
        return;
    m_timer.stop();
    m_phase = Phase::Done;
    ProbeStepFacts tls = facts(Step::Tls, Status::Failed);
    describeCertificate(m_peerChain.value(0), &tls);
    tls.trustStoreError = m_trustError;
    if (m_socket)
        tls.errorText = m_socket->errorString();
    for (const QSslError &error : std::as_const(m_sslErrors)) {
        tls.verificationErrors << error.errorString();
        tls.nameMismatch = tls.nameMismatch || error.error() == QSslError::HostNameMismatch;
        tls.expired = tls.expired || error.error() == QSslError::CertificateExpired;
        tls.notYetValid = tls.notYetValid || error.error() == QSslError::CertificateNotYetValid;
        tls.untrusted = tls.untrusted || isUntrustedError(error.error());
    }
    tls.verificationErrors.removeDuplicates();
    failAndStop(tls);
}

void ConnectionProbe::onEncrypted()
{
    if (m_phase != Phase::Tls)
        return;
    m_timer.stop();
    ProbeStepFacts tls = facts(Step::Tls, Status::Done);
    describeCertificate(m_socket->peerCertificate(), &tls);
    tls.trustStoreError = m_trustError;
    tls.protocol = m_socket->sessionCipher().protocolString();
    report(tls);

    m_phase = Phase::Http;
    m_parser = std::make_unique<HttpResponseParser>();
    m_parser->setRequestMethod(QByteArrayLiteral("GET"));
    const QByteArray request =
        "GET /version HTTP/1.1\r\nHost: " + authority().toUtf8() +
        "\r\nAccept: application/json\r\nUser-Agent: kubetailor-doctor/" KUBETAILOR_VERSION
        "\r\nConnection: close\r\n\r\n";
    m_timer.start(m_target.timeoutMs);
    m_socket->write(request);
}

void ConnectionProbe::onReadyRead()
{
    if (m_phase != Phase::Http || !m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    HttpMessageParser::Stop stop = HttpMessageParser::Stop::NeedMoreData;
    qsizetype offset = 0;
    while (offset < data.size()) {
        const HttpMessageParser::Step step =
            m_parser->parse(data.constData() + offset, data.size() - offset);
        offset += step.consumed;
        stop = step.stop;
        if (m_parser->hasBody() && m_body.size() < maxResponseBytes)
            m_body += m_parser->takeBody();
        if (stop == HttpMessageParser::Stop::HeadComplete) {
            m_headSeen = true;
            continue;
        }
        if (stop != HttpMessageParser::Stop::NeedMoreData || step.consumed == 0)
            break;
    }

    const bool closed = m_socket->state() != QAbstractSocket::ConnectedState;
    if (closed && stop != HttpMessageParser::Stop::MessageComplete &&
        stop != HttpMessageParser::Stop::Error) {
        stop = m_parser->finish().stop;
        if (m_parser->hasBody() && m_body.size() < maxResponseBytes)
            m_body += m_parser->takeBody();
    }
    const bool complete = stop == HttpMessageParser::Stop::MessageComplete ||
                          stop == HttpMessageParser::Stop::Upgrade;
    // With Connection: close the server's close ends the answer; its head is what counts.
    if (complete || (m_headSeen && (closed || m_body.size() >= maxResponseBytes))) {
        reportVersion();
        return;
    }
    if (stop == HttpMessageParser::Stop::Error || closed) {
        ProbeStepFacts version = facts(Step::Version, Status::Failed);
        version.notHttp = stop == HttpMessageParser::Stop::Error;
        if (version.notHttp)
            version.errorText = m_parser->errorText();
        failAndStop(version);
    }
}

void ConnectionProbe::reportVersion()
{
    m_timer.stop();
    m_phase = Phase::Done;
    const HttpMessageHead &head = m_parser->head();
    ProbeStepFacts version = facts(Step::Version, Status::Done);
    version.httpStatus = head.statusCode;
    version.httpReason = QString::fromLatin1(head.reasonPhrase);
    version.serverVersion = jsonString(m_body, "gitVersion");
    version.statusMessage = jsonString(m_body, "message");
    report(version);
    finish();
}

void ConnectionProbe::onStepTimeout()
{
    if (m_socket && m_phase != Phase::Tcp)
        m_socket->disconnect(this);
    switch (m_phase) {
    case Phase::Dns:
        failAndStop(facts(Step::Dns, Status::TimedOut));
        return;
    case Phase::Tcp:
        if (m_socket) {
            m_timedOut << m_addresses.value(m_nextAddress - 1).toString();
            m_socket->disconnect(this);
        }
        connectNext();
        return;
    case Phase::Tls:
        failAndStop(facts(Step::Tls, Status::TimedOut));
        return;
    case Phase::Http:
        failAndStop(facts(Step::Version, Status::TimedOut));
        return;
    default:
        return;
    }
}
