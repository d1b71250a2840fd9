#pragma once

#include "proxycore/ProbeStepFacts.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QTimer>

#include <memory>

class QSslSocket;
class HttpResponseParser;

// What ConnectionProbe checks: plain values, so any caller (the doctor, the GUI) can fill it.
struct ProbeTarget
{
    QString host;
    quint16 port = 443;
    QString expectedName;  // the name the certificate must carry; empty: host
    QByteArray extraCaPem; // trusted besides the system store and SSL_CERT_FILE/SSL_CERT_DIR
    int timeoutMs = 5000;  // per step
};

// Checks the network path to an API server (or the operator's proxy) the way kubectl walks
// it, one step at a time: DNS, TCP connect, the TLS handshake verified against the system
// trust store, then `GET /version` without credentials. Each step reports its facts as it
// completes; after a failing step the later ones report NotRun. Every step is bounded by
// ProbeTarget::timeoutMs and survives a machine without network (no interface, no route, no
// DNS). Never sends a credential. What the facts mean is the doctor's business
// (kubeconfig/doctor/ConnectionAdvice).
class ConnectionProbe : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionProbe(const ProbeTarget &target, QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void start();
    bool isFinished() const { return m_finished; }
    QList<ProbeStepFacts> steps() const { return m_steps; }
    bool anyFailed() const;

    // 100.64.0.0/10 (Tailscale's CGNAT range) or fd7a:115c:a1e0::/48.
    static bool isTailnetAddress(const QHostAddress &address);

signals:
    void stepFinished(const ProbeStepFacts &facts);
    void finished();

private:
    using Step = ProbeStepFacts::Step;
    using Status = ProbeStepFacts::Status;

    // Facts of `step` with the target filled in.
    ProbeStepFacts facts(Step step, Status status) const;
    void report(const ProbeStepFacts &facts);
    // Reports `facts` (a failure), the later steps NotRun, and finishes.
    void failAndStop(const ProbeStepFacts &facts);
    void finish();

    void onLookedUp(const QList<QHostAddress> &addresses, const QString &error);
    void connectNext();
    void onConnected();
    void onSocketError();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onStepTimeout();
    void reportTlsFailure();
    void reportVersion();

    QString authority() const;
    QString expectedName() const;

    enum class Phase { Idle, Dns, Tcp, Tls, Http, Done };

    ProbeTarget m_target;
    Phase m_phase = Phase::Idle;
    bool m_finished = false;
    QList<ProbeStepFacts> m_steps;
    QList<QHostAddress> m_addresses;
    int m_nextAddress = 0;
    QStringList m_refused;
    QStringList m_timedOut;
    QStringList m_unreachable;
    QPointer<QSslSocket> m_socket;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_peerChain;
    QList<QSslCertificate> m_trust;
    QString m_trustError;
    std::unique_ptr<HttpResponseParser> m_parser;
    QByteArray m_body;
    bool m_headSeen = false;
};
