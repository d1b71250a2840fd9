#pragma once

#include "tests/support/apiserver/FakeCluster.h"
#include "tests/support/apiserver/RequestRecorder.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

class QSslServer;

struct TestApiServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QList<QSslCertificate> certificateChain; // leaf first
    QSslKey privateKey;
    // Non-empty: every client must present a certificate signed by one of these (as an API
    // server with --client-ca-file does); its common name is recorded with each request.
    QList<QSslCertificate> clientCaCertificates;
    QString recordPath;        // JSON lines, one per request; empty: in memory only
    int watchIntervalMs = 200; // a MODIFIED event on every watch this often (0: only on create)
    int logIntervalMs = 100;   // a line of `logs -f` this often
    int logFollowLines = 600;  // a followed log ends after this many lines
};

// A tiny Kubernetes API server over HTTPS for tests: discovery, pods (list, get, create,
// watch), logs (follow), exec over WebSocket, plus test endpoints:
//   GET  /_test/large?bytes=N   N deterministic bytes (DeterministicBytes.h)
//   POST /_test/sink            answers {"bytes":N,"sha256":"..."} of the request body
//   GET  /_test/requests        every request received so far, headers as they arrived
class TestApiServer : public QObject
{
    Q_OBJECT

public:
    explicit TestApiServer(QObject *parent = nullptr);
    ~TestApiServer() override;

    bool listen(const TestApiServerOptions &options, QString *error);
    quint16 port() const;
    const TestApiServerOptions &options() const { return m_options; }
    FakeCluster &cluster() { return m_cluster; }
    RequestRecorder &recorder() { return m_recorder; }

private:
    void acceptConnections();

    TestApiServerOptions m_options;
    FakeCluster m_cluster;
    RequestRecorder m_recorder;
    QSslServer *m_server = nullptr;
    QTimer m_watchTimer;
};
