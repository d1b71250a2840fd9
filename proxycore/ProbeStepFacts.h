#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// What one network step of ConnectionProbe found: facts only (step, how it ended, the
// system's error text, addresses, the peer certificate's names, issuer, validity and
// verification errors, the HTTP status and server version), no advice. The doctor's advice
// (kubeconfig/doctor/ConnectionAdvice) reads the same fields from its own ConnectionFacts,
// which the app copies from this one field by field: the two libraries do not know each other.
struct ProbeStepFacts
{
    enum class Step { Dns, Tcp, Tls, Version };
    enum class Status { Done, Failed, TimedOut, NotRun };

    Step step = Step::Dns;
    Status status = Status::NotRun;
    Step blockedBy = Step::Dns; // NotRun: the earlier step that failed

    // The target as probed.
    QString host;
    quint16 port = 443;
    QString expectedName; // the name the certificate must carry
    int timeoutMs = 0;    // per step
    QString errorText;    // the system's own words for a failure (lookup, socket, parser)

    // Dns
    bool hostIsAddress = false; // an IP address: nothing to look up
    QStringList addresses;
    bool anyTailnetAddress = false; // one of them is in 100.64.0.0/10 or fd7a:115c:a1e0::/48

    // Tcp: each address tried, and how it ended
    QString connectedAddress;
    qint64 elapsedMs = 0;
    QStringList refusedBy;   // addresses that refused the connection
    QStringList timedOut;    // addresses that did not answer within timeoutMs
    QStringList unreachable; // "address: the system's error"

    // Tls: the peer's (leaf) certificate and the verification
    bool hasCertificate = false;
    QStringList certificateDnsNames; // subjectAltName DNS entries
    QStringList certificateCommonNames;
    QStringList issuerCommonNames;
    QStringList issuerOrganizations;
    QDateTime notBefore;
    QDateTime notAfter;
    QString protocol;
    bool nameMismatch = false;
    bool expired = false;
    bool notYetValid = false;
    bool untrusted = false;         // self-signed, unknown issuer, rejected CA
    QStringList verificationErrors; // the TLS library's words
    QString trustStoreError;        // the extra CA could not be loaded

    // Version: GET /version without credentials
    int httpStatus = 0;
    QString httpReason;
    QString serverVersion; // gitVersion
    QString statusMessage; // message of a Status body
    bool notHttp = false;  // the answer was not HTTP (errorText says how)
};
