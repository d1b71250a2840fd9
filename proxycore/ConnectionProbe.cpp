#include "ConnectionProbe.h"

#include "proxycore/HttpResponseParser.h"
#include "proxycore/ProxyLogging.h"
#include "proxycore/UpstreamTrust.h"

#include <QHostInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

using Step = ProbeStepResult::Step;
using Outcome = ProbeStepResult::Outcome;

namespace {

constexpr qsizetype maxResponseBytes = 1024 * 1024;

QString stepName(Step step)
{
    switch (step) {
    case Step::Dns:
        return ConnectionProbe::tr("DNS");
    case Step::Tcp:
        return ConnectionProbe::tr("TCP connect");
    case Step::Tls:
        return ConnectionProbe::tr("TLS handshake");
    case Step::Version:
        return ConnectionProbe::tr("GET /version");
    }
    return QString();
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

QString dateText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QStringList certificateNames(const QSslCertificate &certificate)
{
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names;
}

QString issuerText(const QSslCertificate &certificate)
{
    QString issuer = certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    const QString organization =
        certificate.issuerInfo(QSslCertificate::Organization).join(QStringLiteral(", "));
    if (!organization.isEmpty() && !issuer.contains(organization))
        issuer += QStringLiteral(" (") + organization + QLatin1Char(')');
    return issuer.isEmpty() ? ConnectionProbe::tr("an unnamed issuer") : issuer;
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
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
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
    for (const ProbeStepResult &result : m_results) {
        if (result.outcome == Outcome::Fail)
            return true;
    }
    return false;
}

void ConnectionProbe::report(Step step, Outcome outcome, const QString &summary, const QString &fix,
                             const QStringList &details)
{
    ProbeStepResult result;
    result.step = step;
    result.outcome = outcome;
    result.summary = summary;
    result.fix = fix;
    result.details = details;
    m_results << result;
    qCDebug(lcProbe) << stepName(step) << int(outcome) << summary;
    emit stepFinished(result);
}

void ConnectionProbe::failAndStop(Step step, const QString &summary, const QString &fix,
                                  const QStringList &details)
{
    m_phase = Phase::Done;
    report(step, Outcome::Fail, summary, fix, details);
    QString reason;
    switch (step) {
    case Step::Dns:
        reason = tr("the name does not resolve");
        break;
    case Step::Tcp:
        reason = tr("no TCP connection");
        break;
    case Step::Tls:
        reason = tr("no verified TLS connection");
        break;
    case Step::Version:
        break;
    }
    for (int s = int(step) + 1; s <= int(Step::Version); ++s)
        report(Step(s), Outcome::Skipped, tr("skipped: %1").arg(reason));
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
    m_lookupId = QHostInfo::lookupHost(m_target.host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        onLookedUp(info.addresses(),
                   info.error() == QHostInfo::NoError ? QString() : info.errorString());
    });
}

void ConnectionProbe::onLookedUp(const QList<QHostAddress> &addresses, const QString &error)
{
    if (m_phase != Phase::Dns)
        return;
    m_timer.stop();
    const bool tailnetName = m_target.host.endsWith(QLatin1String(".ts.net"));
    if (addresses.isEmpty()) {
        QString fix;
        if (tailnetName)
            fix = tr("MagicDNS answers for %1 only while Tailscale is connected: check "
                     "'tailscale status' lists the device, and that the name is spelled as "
                     "it shows there")
                      .arg(m_target.host);
        else if (!m_target.host.contains(QLatin1Char('.')))
            fix = tr("%1 is a short name; use the full MagicDNS name, e.g. "
                     "%1.tail1234.ts.net (see 'tailscale status')")
                      .arg(m_target.host);
        else
            fix = tr("check the server name in the kubeconfig and this machine's DNS settings");
        failAndStop(
            Step::Dns,
            tr("%1 does not resolve%2")
                .arg(m_target.host, error.isEmpty() ? QString() : QStringLiteral(": ") + error),
            fix);
        return;
    }

    m_addresses = addresses;
    QStringList shown;
    bool anyTailnet = false;
    for (const QHostAddress &address : addresses) {
        shown << address.toString();
        anyTailnet = anyTailnet || isTailnetAddress(address);
    }
    const bool literal = !QHostAddress(m_target.host).isNull();
    QString summary =
        literal ? tr("%1 is an IP address; no lookup needed").arg(m_target.host)
                : tr("%1 resolves to %2").arg(m_target.host, shown.join(QStringLiteral(", ")));
    if (anyTailnet) {
        report(Step::Dns, Outcome::Pass, summary + tr(" (a tailnet address)"), QString(), shown);
    } else if (tailnetName) {
        report(Step::Dns, Outcome::Warn, summary + tr(", which is not a tailnet address"),
               tr("a .ts.net name should resolve to a 100.64.0.0/10 or fd7a:115c:a1e0::/48 "
                  "address through MagicDNS; is this machine's DNS going through Tailscale "
                  "(tailscale set --accept-dns)?"),
               shown);
    } else {
        report(Step::Dns, Outcome::Pass,
               summary + tr(" (not a tailnet address: this path does not use the tailnet)"),
               QString(), shown);
    }
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
        QString summary;
        QString fix;
        if (!m_timedOut.isEmpty()) {
            summary = tr("no answer from %1 port %2 within %3 s")
                          .arg(m_timedOut.join(QStringLiteral(", ")))
                          .arg(m_target.port)
                          .arg(seconds(m_target.timeoutMs));
            fix = tr("the tailnet ACL may not allow tcp:%1 to this device: grant this user "
                     "tcp:%1 to the proxy (e.g. tag:k8s-operator) in the tailnet policy file; "
                     "'tailscale ping %2' tells whether the device is reachable at all")
                      .arg(m_target.port)
                      .arg(m_target.host);
        } else if (!m_refused.isEmpty()) {
            summary = tr("nothing listens on %1 (connection refused by %2)")
                          .arg(authority(), m_refused.join(QStringLiteral(", ")));
            fix = tr("is the operator's API server proxy enabled (apiServerProxyConfig.mode: "
                     "noauth) and the port right? The proxy listens on 443");
        } else {
            summary = tr("cannot connect to %1: %2")
                          .arg(authority(), m_unreachable.join(QStringLiteral("; ")));
            fix = tr("is Tailscale connected on this machine ('tailscale status')?");
        }
        failAndStop(Step::Tcp, summary, fix);
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
    const QString address = m_socket->peerAddress().toString();
    report(Step::Tcp, Outcome::Pass,
           tr("connected to %1 port %2 in %3 ms")
               .arg(address)
               .arg(m_target.port)
               .arg(m_clock.elapsed()));
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

void ConnectionProbe::reportTlsFailure()
{
    if (m_phase != Phase::Tls)
        return;
    m_timer.stop();
    m_phase = Phase::Done;
    const QString name = expectedName();
    const QSslCertificate leaf = m_peerChain.value(0);
    const QStringList names = certificateNames(leaf);
    QStringList details;
    if (!leaf.isNull()) {
        details << tr("certificate for: %1").arg(names.join(QStringLiteral(", ")))
                << tr("issued by: %1").arg(issuerText(leaf))
                << tr("valid: %1 to %2")
                       .arg(dateText(leaf.effectiveDate()), dateText(leaf.expiryDate()));
    }
    if (!m_trustError.isEmpty())
        details << m_trustError;

    bool mismatch = false;
    bool expired = false;
    bool notYetValid = false;
    bool untrusted = false;
    QStringList errorTexts;
    for (const QSslError &error : std::as_const(m_sslErrors)) {
        errorTexts << error.errorString();
        mismatch = mismatch || error.error() == QSslError::HostNameMismatch;
        expired = expired || error.error() == QSslError::CertificateExpired;
        notYetValid = notYetValid || error.error() == QSslError::CertificateNotYetValid;
        untrusted = untrusted || isUntrustedError(error.error());
    }
    errorTexts.removeDuplicates();

    QString summary;
    QString fix;
    if (mismatch) {
        summary =
            tr("the certificate of %1 is for %2, not for %3")
                .arg(authority(),
                     names.isEmpty() ? tr("no name") : names.join(QStringLiteral(", ")), name);
        QString fullName;
        for (const QString &candidate : names) {
            if (candidate.startsWith(name + QLatin1Char('.')))
                fullName = candidate;
        }
        if (!name.contains(QLatin1Char('.')))
            fix = tr("%1 is a short name; TLS certificates are issued for the full name, e.g. "
                     "%2: use https://%2:443 as the server")
                      .arg(name, fullName.isEmpty() ? name + QStringLiteral(".tail1234.ts.net")
                                                    : fullName);
        else
            fix = tr("point the server at the name the certificate is issued for (the proxy's "
                     "full MagicDNS name), or check that %1 is the operator's proxy")
                      .arg(name);
    } else if (expired) {
        summary =
            tr("the certificate of %1 expired on %2").arg(authority(), dateText(leaf.expiryDate()));
        fix = tr("the proxy did not renew its certificate: check the operator (or ProxyGroup) "
                 "pod's logs and that HTTPS certificates are still enabled for the tailnet");
    } else if (notYetValid) {
        summary = tr("the certificate of %1 is not valid before %2")
                      .arg(authority(), dateText(leaf.effectiveDate()));
        fix = tr("check this machine's clock");
    } else if (untrusted) {
        summary = tr("the certificate of %1 (issued by %2) is not trusted by this system")
                      .arg(authority(), leaf.isNull() ? tr("an unknown issuer") : issuerText(leaf));
        fix = tr("HTTPS certificates may not be enabled for the tailnet: turn them on in the "
                 "Tailscale admin console (DNS page, HTTPS Certificates), then the proxy gets a "
                 "Let's Encrypt certificate; if the server uses a private CA, add it to "
                 "SSL_CERT_FILE or the system trust store");
    } else {
        summary = tr("the TLS handshake with %1 failed: %2")
                      .arg(authority(), errorTexts.isEmpty() && m_socket
                                            ? m_socket->errorString()
                                            : errorTexts.join(QStringLiteral("; ")));
        fix = tr("is %1 a TLS server (the proxy serves HTTPS on 443)?").arg(authority());
    }
    if (!errorTexts.isEmpty())
        details << tr("TLS errors: %1").arg(errorTexts.join(QStringLiteral("; ")));
    failAndStop(Step::Tls, summary, fix, details);
}

void ConnectionProbe::onEncrypted()
{
    if (m_phase != Phase::Tls)
        return;
    m_timer.stop();
    const QSslCertificate leaf = m_socket->peerCertificate();
    const QStringList names = certificateNames(leaf);
    const QDateTime expiry = leaf.expiryDate();
    const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(expiry);
    QStringList details{tr("certificate for: %1").arg(names.join(QStringLiteral(", "))),
                        tr("issued by: %1").arg(issuerText(leaf)),
                        tr("expires: %1").arg(dateText(expiry)),
                        tr("protocol: %1").arg(m_socket->sessionCipher().protocolString())};
    const QString summary = tr("the certificate is valid for %1 and trusted (issued by %2, "
                               "expires %3)")
                                .arg(expectedName(), issuerText(leaf), dateText(expiry));
    if (daysLeft < expiryWarningDays)
        report(Step::Tls, Outcome::Warn,
               summary + tr("; it expires in %n day(s)", nullptr, int(daysLeft)),
               tr("the proxy renews its certificate before it expires; if it does not, check "
                  "the operator (or ProxyGroup) pod's logs"),
               details);
    else
        report(Step::Tls, Outcome::Pass, summary, QString(), details);

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
        failAndStop(
            Step::Version,
            stop == HttpMessageParser::Stop::Error
                ? tr("%1 answered something that is not HTTP: %2")
                      .arg(authority(), m_parser->errorText())
                : tr("%1 closed the connection without an HTTP answer").arg(authority()),
            tr("is %1 the operator's API server proxy (or an API server)?").arg(authority()));
    }
}

void ConnectionProbe::reportVersion()
{
    m_timer.stop();
    m_phase = Phase::Done;
    const HttpMessageHead &head = m_parser->head();
    const int code = head.statusCode;
    const QString gitVersion = jsonString(m_body, "gitVersion");
    const QString message = jsonString(m_body, "message");
    QStringList details{tr("HTTP %1 %2").arg(code).arg(QString::fromLatin1(head.reasonPhrase))};
    if (!gitVersion.isEmpty())
        details << tr("server version: %1").arg(gitVersion);

    if (code >= 200 && code < 300 && !gitVersion.isEmpty()) {
        report(Step::Version, Outcome::Pass,
               tr("the API server answered: Kubernetes %1").arg(gitVersion), QString(), details);
    } else if (code == 401 || code == 403) {
        report(Step::Version, Outcome::Pass,
               tr("the API server answered %1 without credentials: the path works; kubectl's "
                  "credentials do the rest")
                   .arg(code),
               QString(), details);
    } else if (code >= 500) {
        report(Step::Version, Outcome::Warn,
               tr("%1 answered HTTP %2%3")
                   .arg(authority())
                   .arg(code)
                   .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message),
               tr("the proxy is reachable but could not reach the API server: check the "
                  "operator (or ProxyGroup) pod's logs"),
               details);
    } else if (code >= 200 && code < 300) {
        report(Step::Version, Outcome::Warn,
               tr("%1 answered HTTP %2 without a Kubernetes version").arg(authority()).arg(code),
               tr("is %1 the operator's API server proxy (or an API server)?").arg(authority()),
               details);
    } else {
        report(Step::Version, Outcome::Warn,
               tr("%1 answered HTTP %2%3")
                   .arg(authority())
                   .arg(code)
                   .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message),
               tr("the path works, but the answer is not what an API server gives for "
                  "/version; is %1 the operator's API server proxy?")
                   .arg(authority()),
               details);
    }
    finish();
}

void ConnectionProbe::onStepTimeout()
{
    if (m_socket && m_phase != Phase::Tcp)
        m_socket->disconnect(this);
    switch (m_phase) {
    case Phase::Dns:
        if (m_lookupId >= 0) {
            QHostInfo::abortHostLookup(m_lookupId);
            m_lookupId = -1;
        }
        failAndStop(Step::Dns,
                    tr("looking up %1 took longer than %2 s")
                        .arg(m_target.host, seconds(m_target.timeoutMs)),
                    tr("is this machine's DNS working? For a .ts.net name, is Tailscale "
                       "connected?"));
        return;
    case Phase::Tcp:
        if (m_socket) {
            m_timedOut << m_addresses.value(m_nextAddress - 1).toString();
            m_socket->disconnect(this);
        }
        connectNext();
        return;
    case Phase::Tls:
        failAndStop(Step::Tls,
                    tr("the TLS handshake with %1 did not complete within %2 s")
                        .arg(authority(), seconds(m_target.timeoutMs)),
                    tr("is something other than a TLS server listening on %1?").arg(authority()));
        return;
    case Phase::Http:
        failAndStop(
            Step::Version,
            tr("no HTTP answer from %1 within %2 s").arg(authority(), seconds(m_target.timeoutMs)),
            tr("the proxy accepted the connection but did not answer; check the "
               "operator (or ProxyGroup) pod's logs"));
        return;
    default:
        return;
    }
}
