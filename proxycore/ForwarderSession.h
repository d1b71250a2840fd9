#pragma once

#include "proxycore/ForwarderConfig.h"
#include "proxycore/ForwarderRequestRecord.h"
#include "proxycore/HeadroomReadBuffer.h"
#include "proxycore/HttpRequestParser.h"
#include "proxycore/HttpResponseParser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ByteTunnel;
class QAbstractSocket;
class UpstreamConnector;
class UpstreamPool;

// One kubectl connection in http mode, after the loopback TLS handshake: reads requests one
// at a time (pipelined ones wait their turn), checks them (RequestGuard), answers /healthz
// itself, and forwards everything else unchanged but for hop-by-hop fields and Host over a
// verified upstream connection. Bodies stream both ways: a side is read only while the other
// side's write buffer is below the bound. After 101 Switching Protocols the two connections
// become a byte tunnel.
class ForwarderSession : public QObject
{
    Q_OBJECT

public:
    // `client` is encrypted already; the session becomes its parent.
    ForwarderSession(QAbstractSocket *client, const ForwarderConfig &config, UpstreamPool *pool,
                     quint16 listenPort, QObject *parent = nullptr);
    ~ForwarderSession() override;

    void start();
    // Waiting for the next request on a kept-alive connection, with nothing in flight; the
    // server closes the one idle longest when a new client needs its slot.
    bool isIdle() const;
    qint64 idleForMs() const;
    // Closes both connections now (the forwarder is stopping).
    void shutdown();

signals:
    void requestFinished(const ForwarderRequestRecord &record);
    void closed();

private:
    enum class State {
        ReadingHead,        // waiting for (the rest of) a request head
        ConnectingUpstream, // head parsed, upstream connection being made
        SendingBody,        // request body streaming upstream
        LocalBody,          // request answered here (/healthz): body read and dropped
        AwaitingResponse,   // request sent, response streaming back
        Tunnel,             // after 101: bytes both ways
        Closing,            // final answer written; closing once flushed
        Closed,
    };

    // What one request/response exchange has seen so far; a new request head starts a fresh
    // one, so nothing of the previous request leaks into the next.
    struct Exchange
    {
        bool requestComplete = false;
        bool upgradeRequested = false;
        bool requestKeepAlive = true;
        bool responseHeadSent = false;
        bool closeAfterResponse = false;
        bool interimResponse = false; // a 1xx head was forwarded; its end is not ours
        bool upstreamEof = false;
        bool upstreamReused = false;           // this request's upstream came from the pool
        bool upstreamAnswered = false;         // it sent at least one byte for this request
        bool retriedOnFreshConnection = false; // sent again after a reused connection failed
    };

    void processClient();
    void processUpstream();
    void forwardUpstreamBytes();
    void writeResponseBytes(qsizetype passed = 0);
    void onRequestHead();
    void onRequestComplete(bool upgrade);
    void connectUpstream();
    bool mayRetryOnFreshConnection() const;
    void onUpstreamConnected(QAbstractSocket *socket);
    void onUpstreamFailed(int status, const QString &message);
    void useUpstream(QAbstractSocket *socket);
    void onResponseHead();
    void onResponseComplete();
    void onUpstreamEof();
    void onClientClosed();
    void startTunnel();
    void answerLocally(int status, const QString &message, bool close);
    void finishRecord(int status, const QString &note = QString());
    void releaseUpstream(bool reusable);
    void closeGracefully();
    void closeNow();
    void restartIdleTimer(bool inHead);
    void stopIdleTimer();
    void fillClientBuffer();

    ForwarderConfig m_config;
    QPointer<UpstreamPool> m_pool;
    quint16 m_listenPort;
    QAbstractSocket *m_client;
    QPointer<QAbstractSocket> m_upstream;
    QPointer<QAbstractSocket> m_wiredUpstream; // the connection our signal connections are to
    QPointer<UpstreamConnector> m_connector;
    QPointer<ByteTunnel> m_tunnel;
    State m_state = State::ReadingHead;

    HttpRequestParser m_requestParser;
    std::unique_ptr<HttpResponseParser> m_responseParser;
    QByteArray m_clientIn;
    HeadroomReadBuffer m_upstreamIn;
    QByteArray m_responseHead; // rewritten, waiting to leave with the first body bytes
    QByteArray m_hostField;    // Host upstream: the upstream's authority, made once
    HttpMessageHead m_request;
    Exchange m_exchange;
    bool m_recordOpen = false;
    bool m_closedEmitted = false;
    qint64 m_unrecordedBytesIn = 0;

    ForwarderRequestRecord m_record;
    QElapsedTimer m_clock;
    QElapsedTimer m_sessionClock; // the idle and head deadlines are read on it
    qint64 m_idleSinceMs = -1;
    qint64 m_deadlineMs = -1; // when the head or idle timeout is due; -1: none
    qint64 m_timerDueMs = -1; // when m_idleTimer fires, if active
    QTimer m_idleTimer;
    bool m_idleTimerForHead = false;
    QTimer m_lingerTimer;
};
