#include "ConnectionAdvice.h"

#include "kubeconfig/tailnet/TailnetDiscovery.h"

using Step = ConnectionFacts::Step;
using StepStatus = ConnectionFacts::Status;
using Outcome = CheckResult::Outcome;

namespace {

CheckResult make(Step step)
{
    CheckResult result;
    switch (step) {
    case Step::Dns:
        result.id = QStringLiteral("dns");
        result.title = ConnectionAdvice::tr("DNS");
        break;
    case Step::Tcp:
        result.id = QStringLiteral("tcp");
        result.title = ConnectionAdvice::tr("TCP connect");
        break;
    case Step::Tls:
        result.id = QStringLiteral("tls");
        result.title = ConnectionAdvice::tr("TLS certificate");
        break;
    case Step::Version:
        result.id = QStringLiteral("version");
        result.title = ConnectionAdvice::tr("GET /version");
        break;
    }
    return result;
}

CheckResult judged(Step step, Outcome outcome, const QString &summary, const QString &fix,
                   const QStringList &details = QStringList())
{
    CheckResult result = make(step);
    result.outcome = outcome;
    result.summary = summary;
    result.fix = fix;
    result.details = details;
    return result;
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

QString dateText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// host:port, an IPv6 address in brackets (the only kind of host with a colon).
QString authority(const ConnectionFacts &facts)
{
    const QString host = facts.host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + facts.host + QLatin1Char(']')
                             : facts.host;
    return host + QLatin1Char(':') + QString::number(facts.port);
}

QString expectedName(const ConnectionFacts &facts)
{
    return facts.expectedName.isEmpty() ? facts.host : facts.expectedName;
}

QStringList certificateNames(const ConnectionFacts &facts)
{
    QStringList names = facts.certificateDnsNames.isEmpty() ? facts.certificateCommonNames
                                                            : facts.certificateDnsNames;
    names.removeDuplicates();
    return names;
}

QString issuerText(const ConnectionFacts &facts)
{
    QString issuer = facts.issuerCommonNames.join(QStringLiteral(", "));
    const QString organization = facts.issuerOrganizations.join(QStringLiteral(", "));
    if (!organization.isEmpty() && !issuer.contains(organization))
        issuer += QStringLiteral(" (") + organization + QLatin1Char(')');
    return issuer.isEmpty() ? ConnectionAdvice::tr("an unnamed issuer") : issuer;
}

bool isTailnetName(const ConnectionFacts &facts)
{
    return facts.host.endsWith(QLatin1String(".ts.net"));
}

CheckResult skipped(const ConnectionFacts &facts)
{
    QString reason;
    switch (facts.blockedBy) {
    case Step::Dns:
        reason = ConnectionAdvice::tr("the name does not resolve");
        break;
    case Step::Tcp:
        reason = ConnectionAdvice::tr("no TCP connection");
        break;
    case Step::Tls:
        reason = ConnectionAdvice::tr("no verified TLS connection");
        break;
    case Step::Version:
        break;
    }
    return judged(facts.step, Outcome::Skipped, ConnectionAdvice::tr("skipped: %1").arg(reason),
                  QString());
}

CheckResult dns(const ConnectionFacts &facts)
{
    const QString &host = facts.host;
    if (facts.status == StepStatus::TimedOut)
        return judged(Step::Dns, Outcome::Fail,
                      ConnectionAdvice::tr("looking up %1 took longer than %2 s")
                          .arg(host, seconds(facts.timeoutMs)),
                      ConnectionAdvice::tr("is this machine's DNS working? For a .ts.net name, "
                                           "is Tailscale connected?"));
    if (facts.status != StepStatus::Done || facts.addresses.isEmpty()) {
        QString fix;
        if (isTailnetName(facts))
            fix = ConnectionAdvice::tr(
                      "MagicDNS answers for %1 only while Tailscale is connected: check "
                      "'tailscale status' lists the device, and that the name is spelled as "
                      "it shows there")
                      .arg(host);
        else if (!host.contains(QLatin1Char('.')))
            fix = ConnectionAdvice::tr("%1 is a short name; use the full MagicDNS name, e.g. "
                                       "%1.tail1234.ts.net (see 'tailscale status')")
                      .arg(host);
        else
            fix = ConnectionAdvice::tr(
                "check the server name in the kubeconfig and this machine's DNS settings");
        return judged(Step::Dns, Outcome::Fail,
                      ConnectionAdvice::tr("%1 does not resolve%2")
                          .arg(host, facts.errorText.isEmpty()
                                         ? QString()
                                         : QStringLiteral(": ") + facts.errorText),
                      fix);
    }

    const QString summary =
        facts.hostIsAddress
            ? ConnectionAdvice::tr("%1 is an IP address; no lookup needed").arg(host)
            : ConnectionAdvice::tr("%1 resolves to %2")
                  .arg(host, facts.addresses.join(QStringLiteral(", ")));
    if (facts.anyTailnetAddress)
        return judged(Step::Dns, Outcome::Pass,
                      summary + ConnectionAdvice::tr(" (a tailnet address)"), QString(),
                      facts.addresses);
    if (isTailnetName(facts))
        return judged(Step::Dns, Outcome::Warn,
                      summary + ConnectionAdvice::tr(", which is not a tailnet address"),
                      ConnectionAdvice::tr(
                          "a .ts.net name should resolve to a 100.64.0.0/10 or "
                          "fd7a:115c:a1e0::/48 address through MagicDNS; is this machine's DNS "
                          "going through Tailscale (tailscale set --accept-dns)?"),
                      facts.addresses);
    return judged(Step::Dns, Outcome::Pass,
                  summary + ConnectionAdvice::tr(
                                " (not a tailnet address: this path does not use the tailnet)"),
                  QString(), facts.addresses);
}

CheckResult tcp(const ConnectionFacts &facts)
{
    if (facts.status == StepStatus::Done)
        return judged(Step::Tcp, Outcome::Pass,
                      ConnectionAdvice::tr("connected to %1 port %2 in %3 ms")
                          .arg(facts.connectedAddress)
                          .arg(facts.port)
                          .arg(facts.elapsedMs),
                      QString());
    if (!facts.timedOut.isEmpty())
        return judged(Step::Tcp, Outcome::Fail,
                      ConnectionAdvice::tr("no answer from %1 port %2 within %3 s")
                          .arg(facts.timedOut.join(QStringLiteral(", ")))
                          .arg(facts.port)
                          .arg(seconds(facts.timeoutMs)),
                      ConnectionAdvice::tr(
                          "the tailnet ACL may not allow tcp:%1 to this device: grant this user "
                          "tcp:%1 to the proxy (e.g. tag:k8s-operator) in the tailnet policy file; "
                          "'tailscale ping %2' tells whether the device is reachable at all")
                          .arg(facts.port)
                          .arg(facts.host));
    if (!facts.refusedBy.isEmpty())
        return judged(Step::Tcp, Outcome::Fail,
                      ConnectionAdvice::tr("nothing listens on %1 (connection refused by %2)")
                          .arg(authority(facts), facts.refusedBy.join(QStringLiteral(", "))),
                      ConnectionAdvice::tr(
                          "is the operator's API server proxy enabled (apiServerProxyConfig.mode: "
                          "noauth) and the port right? The proxy listens on 443"));
    return judged(Step::Tcp, Outcome::Fail,
                  ConnectionAdvice::tr("cannot connect to %1: %2")
                      .arg(authority(facts), facts.unreachable.join(QStringLiteral("; "))),
                  ConnectionAdvice::tr("is Tailscale connected on this machine ('tailscale "
                                       "status')?"));
}

CheckResult tlsFailure(const ConnectionFacts &facts)
{
    const QString name = expectedName(facts);
    const QStringList names = certificateNames(facts);
    QStringList details;
    if (facts.hasCertificate) {
        details << ConnectionAdvice::tr("certificate for: %1").arg(names.join(QStringLiteral(", ")))
                << ConnectionAdvice::tr("issued by: %1").arg(issuerText(facts))
                << ConnectionAdvice::tr("valid: %1 to %2")
                       .arg(dateText(facts.notBefore), dateText(facts.notAfter));
    }
    if (!facts.trustStoreError.isEmpty())
        details << facts.trustStoreError;
    QStringList errorTexts = facts.verificationErrors;
    errorTexts.removeDuplicates();

    QString summary;
    QString fix;
    if (facts.nameMismatch) {
        summary = ConnectionAdvice::tr("the certificate of %1 is for %2, not for %3")
                      .arg(authority(facts),
                           names.isEmpty() ? ConnectionAdvice::tr("no name")
                                           : names.join(QStringLiteral(", ")),
                           name);
        QString fullName;
        for (const QString &candidate : names) {
            if (candidate.startsWith(name + QLatin1Char('.')))
                fullName = candidate;
        }
        if (!name.contains(QLatin1Char('.')))
            fix = ConnectionAdvice::tr("%1 is a short name; TLS certificates are issued for the "
                                       "full name, e.g. %2: use https://%2:443 as the server")
                      .arg(name, fullName.isEmpty() ? name + QStringLiteral(".tail1234.ts.net")
                                                    : fullName);
        else
            fix = ConnectionAdvice::tr(
                      "point the server at the name the certificate is issued for (the proxy's "
                      "full MagicDNS name), or check that %1 is the operator's proxy")
                      .arg(name);
    } else if (facts.expired) {
        summary = ConnectionAdvice::tr("the certificate of %1 expired on %2")
                      .arg(authority(facts), dateText(facts.notAfter));
        fix = ConnectionAdvice::tr(
            "the proxy did not renew its certificate: check the operator (or ProxyGroup) "
            "pod's logs and that HTTPS certificates are still enabled for the tailnet");
    } else if (facts.notYetValid) {
        summary = ConnectionAdvice::tr("the certificate of %1 is not valid before %2")
                      .arg(authority(facts), dateText(facts.notBefore));
        fix = ConnectionAdvice::tr("check this machine's clock");
    } else if (facts.untrusted) {
        summary = ConnectionAdvice::tr(
                      "the certificate of %1 (issued by %2) is not trusted by this system")
                      .arg(authority(facts), facts.hasCertificate
                                                 ? issuerText(facts)
                                                 : ConnectionAdvice::tr("an unknown issuer"));
        fix = ConnectionAdvice::tr(
            "HTTPS certificates may not be enabled for the tailnet: turn them on in the "
            "Tailscale admin console (DNS page, HTTPS Certificates), then the proxy gets a "
            "Let's Encrypt certificate; if the server uses a private CA, add it to "
            "SSL_CERT_FILE or the system trust store");
    } else {
        summary = ConnectionAdvice::tr("the TLS handshake with %1 failed: %2")
                      .arg(authority(facts), errorTexts.isEmpty()
                                                 ? facts.errorText
                                                 : errorTexts.join(QStringLiteral("; ")));
        fix = ConnectionAdvice::tr("is %1 a TLS server (the proxy serves HTTPS on 443)?")
                  .arg(authority(facts));
    }
    if (!errorTexts.isEmpty())
        details
            << ConnectionAdvice::tr("TLS errors: %1").arg(errorTexts.join(QStringLiteral("; ")));
    return judged(Step::Tls, Outcome::Fail, summary, fix, details);
}

CheckResult tls(const ConnectionFacts &facts)
{
    if (facts.status == StepStatus::TimedOut)
        return judged(Step::Tls, Outcome::Fail,
                      ConnectionAdvice::tr("the TLS handshake with %1 did not complete within %2 s")
                          .arg(authority(facts), seconds(facts.timeoutMs)),
                      ConnectionAdvice::tr("is something other than a TLS server listening on %1?")
                          .arg(authority(facts)));
    if (facts.status != StepStatus::Done)
        return tlsFailure(facts);

    const QStringList names = certificateNames(facts);
    // Whole 24-hour days left, not calendar dates crossed: daysTo() said "in 1 day(s)" at 23:30
    // for a certificate ending at 00:30.
    const qint64 daysLeft = QDateTime::currentDateTimeUtc().secsTo(facts.notAfter) / 86400;
    const QStringList details{
        ConnectionAdvice::tr("certificate for: %1").arg(names.join(QStringLiteral(", "))),
        ConnectionAdvice::tr("issued by: %1").arg(issuerText(facts)),
        ConnectionAdvice::tr("expires: %1").arg(dateText(facts.notAfter)),
        ConnectionAdvice::tr("protocol: %1").arg(facts.protocol)};
    const QString summary =
        ConnectionAdvice::tr("the certificate is valid for %1 and trusted (issued by %2, "
                             "expires %3)")
            .arg(expectedName(facts), issuerText(facts), dateText(facts.notAfter));
    if (daysLeft < ConnectionAdvice::expiryWarningDays)
        return judged(Step::Tls, Outcome::Warn,
                      summary +
                          ConnectionAdvice::tr("; it expires in %n day(s)", nullptr, int(daysLeft)),
                      ConnectionAdvice::tr("the proxy renews its certificate before it expires; "
                                           "if it does not, check the operator (or ProxyGroup) "
                                           "pod's logs"),
                      details);
    return judged(Step::Tls, Outcome::Pass, summary, QString(), details);
}

CheckResult version(const ConnectionFacts &facts)
{
    const QString proxyQuestion =
        ConnectionAdvice::tr("is %1 the operator's API server proxy (or an API server)?")
            .arg(authority(facts));
    if (facts.status == StepStatus::TimedOut)
        return judged(Step::Version, Outcome::Fail,
                      ConnectionAdvice::tr("no HTTP answer from %1 within %2 s")
                          .arg(authority(facts), seconds(facts.timeoutMs)),
                      ConnectionAdvice::tr("the proxy accepted the connection but did not "
                                           "answer; check the operator (or ProxyGroup) pod's "
                                           "logs"));
    if (facts.status != StepStatus::Done)
        return judged(Step::Version, Outcome::Fail,
                      facts.notHttp ? ConnectionAdvice::tr("%1 answered something that is not "
                                                           "HTTP: %2")
                                          .arg(authority(facts), facts.errorText)
                                    : ConnectionAdvice::tr("%1 closed the connection without an "
                                                           "HTTP answer")
                                          .arg(authority(facts)),
                      proxyQuestion);

    const int code = facts.httpStatus;
    QStringList details{ConnectionAdvice::tr("HTTP %1 %2").arg(code).arg(facts.httpReason)};
    if (!facts.serverVersion.isEmpty())
        details << ConnectionAdvice::tr("server version: %1").arg(facts.serverVersion);
    const QString answered =
        ConnectionAdvice::tr("%1 answered HTTP %2%3")
            .arg(authority(facts))
            .arg(code)
            .arg(facts.statusMessage.isEmpty() ? QString()
                                               : QStringLiteral(": ") + facts.statusMessage);

    if (code >= 200 && code < 300 && !facts.serverVersion.isEmpty())
        return judged(
            Step::Version, Outcome::Pass,
            ConnectionAdvice::tr("the API server answered: Kubernetes %1").arg(facts.serverVersion),
            QString(), details);
    if (code == 401 || code == 403)
        return judged(Step::Version, Outcome::Pass,
                      ConnectionAdvice::tr("the API server answered %1 without credentials: the "
                                           "path works; kubectl's credentials do the rest")
                          .arg(code),
                      QString(), details);
    if (code >= 500)
        return judged(Step::Version, Outcome::Warn, answered,
                      ConnectionAdvice::tr("the proxy is reachable but could not reach the API "
                                           "server: check the operator (or ProxyGroup) pod's "
                                           "logs"),
                      details);
    if (code >= 200 && code < 300)
        return judged(Step::Version, Outcome::Warn,
                      ConnectionAdvice::tr("%1 answered HTTP %2 without a Kubernetes version")
                          .arg(authority(facts))
                          .arg(code),
                      proxyQuestion, details);
    return judged(Step::Version, Outcome::Warn, answered,
                  ConnectionAdvice::tr("the path works, but the answer is not what an API server "
                                       "gives for /version; is %1 the operator's API server "
                                       "proxy?")
                      .arg(authority(facts)),
                  details);
}

} // namespace

CheckResult ConnectionAdvice::advise(const ConnectionFacts &facts)
{
    if (facts.status == StepStatus::NotRun)
        return skipped(facts);
    switch (facts.step) {
    case Step::Dns:
        return dns(facts);
    case Step::Tcp:
        return tcp(facts);
    case Step::Tls:
        return tls(facts);
    case Step::Version:
        break;
    }
    return version(facts);
}

QList<CheckResult> ConnectionAdvice::notProbed()
{
    QList<CheckResult> results;
    for (Step step : {Step::Dns, Step::Tcp, Step::Tls, Step::Version})
        results << judged(step, Outcome::Skipped,
                          tr("skipped: the server is not an https:// URL to probe"), QString());
    return results;
}

QString ConnectionAdvice::tailnetDnsFix(const QString &host, const TailnetDiscoveryResult &tailnet)
{
    if (!tailnet.ok())
        return tailnet.message;
    if (!host.endsWith(QLatin1Char('.') + tailnet.suffix()))
        return tr("%1 is not in this machine's tailnet (%2): check the name, or log in to the "
                  "tailnet the proxy is in")
            .arg(host, tailnet.suffix());
    QStringList names;
    for (const OperatorCandidate &candidate : tailnet.candidates)
        names << candidate.fqdn;
    const QString device = host.section(QLatin1Char('.'), 0, 0);
    if (names.isEmpty())
        return tr("no device named %1 in tailnet %2: is the operator's proxy running and "
                  "logged in?")
            .arg(device, tailnet.suffix());
    return tr("no device named %1 in tailnet %2; devices that look like the proxy: %3")
        .arg(device, tailnet.suffix(), names.join(QStringLiteral(", ")));
}
