#include "ForwarderSession.h"

#include "proxycore/ByteTunnel.h"
#include "proxycore/HopByHopHeaders.h"
#include "proxycore/KubernetesStatus.h"
#include "proxycore/LogRedactor.h"
#include "proxycore/ProxyLogging.h"
#include "proxycore/RequestGuard.h"
#include "proxycore/UpstreamConnector.h"
#include "proxycore/UpstreamPool.h"
#include "proxycore/UpstreamRequestHead.h"
#include "proxycore/WriteBacklog.h"

#include <QAbstractSocket>

namespace {

// Drops parsed bytes; an emptied buffer gives its block back, so an idle stream (a watch
// waiting for events) holds no read-sized allocation between messages.
void consume(QByteArray &buffer, qsizetype bytes)
{
    if (bytes >= buffer.size())
        buffer.clear();
    else
        buffer.remove(0, bytes);
}

} // namespace

ForwarderSession::ForwarderSession(QAbstractSocket *client, const ForwarderConfig &config,
                                   UpstreamPool *pool, quint16 listenPort, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_pool(pool)
    , m_listenPort(listenPort)
    , m_client(client)
{
    client->setParent(this);
    m_requestParser.setMaxHeadBytes(config.maxHeadBytes);
    m_idleTimer.setSingleShot(true);
    m_sessionClock.start();
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::ReadingHead || m_deadlineMs < 0)
            return;
        // The timer is re-armed lazily (restartIdleTimer): it may fire before the deadline.
        if (const qint64 left = m_deadlineMs - m_sessionClock.elapsed(); left > 0) {
            m_idleTimer.start(int(left));
            m_timerDueMs = m_deadlineMs;
            return;
        }
        if (m_idleTimerForHead) {
            answerLocally(408,
                          tr("the request head did not arrive within %1 s")
                              .arg(m_config.headTimeoutMs / 1000.0),
                          true);
        } else {
            qCDebug(lcProxy) << "closing an idle client connection";
            closeNow();
        }
    });
    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setInterval(200);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] {
        // Let the last answer leave before closing, and keep swallowing what the client
        // still sends meanwhile, so the close does not reset the connection under it.
        if (WriteBacklog::pending(m_client) > 0 && m_clock.elapsed() < 10000) {
            m_lingerTimer.start();
            return;
        }
        m_client->readAll();
        m_client->disconnectFromHost();
        if (m_client->state() == QAbstractSocket::UnconnectedState)
            closeNow();
        else
            QTimer::singleShot(5000, this, &ForwarderSession::closeNow);
    });
}

ForwarderSession::~ForwarderSession()
{
    // The upstream connection is the pool's child: one still in use (the session went
    // without closeNow()) goes with the session. Later, not here: aborting it now would
    // signal the tunnel, still alive as our child, into this half-destroyed session.
    if (m_upstream) {
        m_upstream->disconnect(this);
        m_upstream->deleteLater();
    }
    qCDebug(lcProxy) << "client connection closed";
}

void ForwarderSession::start()
{
    connect(m_client, &QIODevice::readyRead, this, &ForwarderSession::processClient);
    WriteBacklog::onSent(m_client, this, [this] { processUpstream(); });
    connect(m_client, &QAbstractSocket::disconnected, this, &ForwarderSession::onClientClosed);
    // A reset shows as an error (and a socket Qt closed without a signal), not always as
    // disconnected(): either way the exchange is over.
    connect(m_client, &QAbstractSocket::errorOccurred, this, [this] { onClientClosed(); });
    restartIdleTimer(false);
    processClient();
}

void ForwarderSession::shutdown()
{
    closeNow();
}

bool ForwarderSession::isIdle() const
{
    return m_state == State::ReadingHead && !m_idleTimerForHead && m_clientIn.isEmpty() &&
           m_client->bytesAvailable() == 0;
}

qint64 ForwarderSession::idleForMs() const
{
    return m_idleSinceMs < 0 ? 0 : m_sessionClock.elapsed() - m_idleSinceMs;
}

void ForwarderSession::restartIdleTimer(bool inHead)
{
    // A deadline, not a timer restart per request: starting and stopping a QTimer registers
    // and unregisters it with the event dispatcher, twice per request. The timer runs on
    // and, when it fires before the deadline, waits for what is left; it is restarted only
    // when the new deadline comes before it would fire.
    m_idleTimerForHead = inHead;
    const qint64 now = m_sessionClock.elapsed();
    if (!inHead)
        m_idleSinceMs = now;
    const int timeout = inHead ? m_config.headTimeoutMs : m_config.idleTimeoutMs;
    m_deadlineMs = now + timeout;
    if (!m_idleTimer.isActive() || m_timerDueMs > m_deadlineMs) {
        m_idleTimer.start(timeout);
        m_timerDueMs = m_deadlineMs;
    }
}

void ForwarderSession::stopIdleTimer()
{
    m_deadlineMs = -1;
}

void ForwarderSession::fillClientBuffer()
{
    while (m_clientIn.size() < m_config.streamBufferBytes && m_client->bytesAvailable() > 0) {
        // read(n) allocates n bytes before it knows how many arrived: ask for no more than
        // there is, or every small request costs a buffer-sized allocation.
        const QByteArray chunk = m_client->read(qMin<qint64>(
            m_client->bytesAvailable(), m_config.streamBufferBytes - m_clientIn.size()));
        if (chunk.isEmpty())
            break;
        m_clientIn += chunk;
    }
}

void ForwarderSession::processClient()
{
    for (;;) {
        if (m_state == State::Closing) {
            m_client->readAll();
            return;
        }
        if (m_state == State::Tunnel || m_state == State::Closed)
            return;
        fillClientBuffer();
        if (m_state == State::ConnectingUpstream || m_state == State::AwaitingResponse)
            return;
        if (m_state == State::SendingBody && m_upstream &&
            WriteBacklog::pending(m_upstream) >= m_config.streamBufferBytes)
            return; // resumed by the upstream's bytesWritten
        if (m_clientIn.isEmpty())
            return;

        const HttpMessageParser::Step step = m_requestParser.parse(m_clientIn);
        consume(m_clientIn, step.consumed);
        // A head that came whole needs no head timeout; one still arriving must be complete
        // within headTimeoutMs of its first bytes.
        if (m_state == State::ReadingHead && step.stop == HttpMessageParser::Stop::NeedMoreData &&
            step.consumed > 0 && !m_idleTimerForHead) {
            restartIdleTimer(true);
        }
        if (m_recordOpen)
            m_record.bytesIn += step.consumed;
        else
            m_unrecordedBytesIn += step.consumed;
        const QByteArray body = m_requestParser.takeBody();
        if (!body.isEmpty() && m_state == State::SendingBody && m_upstream)
            m_upstream->write(body);

        switch (step.stop) {
        case HttpMessageParser::Stop::NeedMoreData:
            if (step.consumed == 0)
                return;
            break;
        case HttpMessageParser::Stop::HeadComplete:
            onRequestHead();
            break;
        case HttpMessageParser::Stop::MessageComplete:
            onRequestComplete(false);
            break;
        case HttpMessageParser::Stop::Upgrade:
            onRequestComplete(true);
            break;
        case HttpMessageParser::Stop::Error:
            answerLocally(m_requestParser.errorStatus(), m_requestParser.errorText(), true);
            return;
        }
    }
}

void ForwarderSession::onRequestHead()
{
    stopIdleTimer();
    m_request = m_requestParser.head();
    m_record = ForwarderRequestRecord();
    m_record.started = QDateTime::currentDateTimeUtc();
    m_record.method = QString::fromLatin1(m_request.method);
    m_record.path = LogRedactor::redactTarget(m_request.target);
    m_record.bytesIn = m_unrecordedBytesIn;
    m_unrecordedBytesIn = 0;
    m_recordOpen = true;
    m_clock.start();
    m_exchange = Exchange();
    m_exchange.requestKeepAlive = m_requestParser.keepAlive();

    // A tunnel request or a request echoed back (TRACE would reflect credentials to a page)
    // has no place here, whatever its target looks like.
    if (m_request.method == "CONNECT" || m_request.method == "TRACE") {
        answerLocally(405,
                      tr("%1 is not supported by the local forwarder")
                          .arg(QString::fromLatin1(m_request.method)),
                      true);
        return;
    }
    const RequestGuard::Verdict verdict =
        RequestGuard::check(m_request, m_listenPort, m_config.allowRemote);
    if (!verdict.allowed()) {
        answerLocally(verdict.status, verdict.message, true);
        return;
    }
    const qsizetype question = m_request.target.indexOf('?');
    const QByteArray path = question < 0 ? m_request.target : m_request.target.left(question);
    if (path == "/healthz" && (m_request.method == "GET" || m_request.method == "HEAD")) {
        m_state = State::LocalBody;
        return;
    }
    if (!m_pool) {
        answerLocally(503, tr("the forwarder is stopping"), true);
        return;
    }
    m_state = State::ConnectingUpstream;
    if (QAbstractSocket *idle = m_pool->takeIdle(this)) {
        m_exchange.upstreamReused = true;
        useUpstream(idle);
        return;
    }
    connectUpstream();
}

void ForwarderSession::connectUpstream()
{
    m_connector = m_pool->connectNew(this);
    connect(m_connector, &UpstreamConnector::connected, this,
            &ForwarderSession::onUpstreamConnected);
    connect(m_connector, &UpstreamConnector::failed, this, &ForwarderSession::onUpstreamFailed);
    m_connector->start();
}

void ForwarderSession::onUpstreamConnected(QAbstractSocket *socket)
{
    socket->setParent(m_pool ? static_cast<QObject *>(m_pool) : this);
    if (m_connector) {
        m_connector->deleteLater();
        m_connector = nullptr;
    }
    if (m_state != State::ConnectingUpstream) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    useUpstream(socket);
}

void ForwarderSession::onUpstreamFailed(int status, const QString &message)
{
    if (m_connector) {
        m_connector->deleteLater();
        m_connector = nullptr;
    }
    if (m_state == State::ConnectingUpstream)
        answerLocally(status, message, true);
}

void ForwarderSession::useUpstream(QAbstractSocket *socket)
{
    m_upstream = socket;
    m_upstreamIn.clear();
    m_exchange.upstreamEof = false;
    // Connected once per connection, not per request: a connection given back to the pool
    // keeps them and usually comes back to this session (UpstreamPool). While it waits in
    // the pool, or once the pool handed it to another session, they ignore it.
    if (m_wiredUpstream != socket) {
        if (m_wiredUpstream)
            m_wiredUpstream->disconnect(this);
        m_wiredUpstream = socket;
        connect(socket, &QIODevice::readyRead, this, [this, socket] {
            if (socket == m_upstream)
                processUpstream();
        });
        WriteBacklog::onSent(socket, this, [this, socket] {
            if (socket == m_upstream)
                processClient();
        });
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
            if (socket == m_upstream)
                onUpstreamEof();
        });
    }

    if (m_responseParser) {
        m_responseParser->restart();
    } else {
        m_responseParser = std::make_unique<HttpResponseParser>();
        m_responseParser->setMaxHeadBytes(m_config.maxHeadBytes);
        m_responseParser->setPassBodyThrough(true);
    }
    m_responseHead.clear();
    m_responseParser->setRequestMethod(m_request.method);

    if (m_hostField.isEmpty()) {
        const quint16 port = m_config.upstreamPort();
        QString host = m_config.upstreamHost();
        if (host.contains(QLatin1Char(':')))
            host = QLatin1Char('[') + host + QLatin1Char(']');
        m_hostField =
            (port == 443 ? host : host + QLatin1Char(':') + QString::number(port)).toUtf8();
    }
    const HttpMessageHead head =
        UpstreamRequestHead::rewrite(m_request, m_requestParser.isChunked(), m_hostField);
    socket->write(head.serializeRequest());
    // A request sent again after a reused connection failed is complete already.
    m_state = m_exchange.requestComplete ? State::AwaitingResponse : State::SendingBody;
    processClient();
    processUpstream();
}

void ForwarderSession::onRequestComplete(bool upgrade)
{
    m_exchange.requestComplete = true;
    m_exchange.upgradeRequested = upgrade;
    if (m_state == State::LocalBody) {
        const bool keepAlive = m_exchange.requestKeepAlive && !upgrade;
        QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
                              "Content-Length: 2\r\nCache-Control: no-cache, private\r\n";
        if (!keepAlive)
            response += "Connection: close\r\n";
        response += "\r\n";
        if (m_request.method != "HEAD")
            response += "ok";
        m_client->write(response);
        m_record.bytesOut += response.size();
        m_record.answeredLocally = true;
        finishRecord(200);
        if (!keepAlive) {
            closeGracefully();
            return;
        }
        m_state = State::ReadingHead;
        restartIdleTimer(false);
        return;
    }
    if (m_state == State::SendingBody)
        m_state = State::AwaitingResponse;
}

void ForwarderSession::processUpstream()
{
    forwardUpstreamBytes();
    writeResponseBytes();
}

void ForwarderSession::writeResponseBytes(qsizetype passed)
{
    // The response head waits (onResponseHead) so that it leaves with the first body bytes:
    // one TLS record and one system call instead of two. A Content-Length body usually comes
    // as the first `passed` bytes of the read buffer, which the parser did not copy: the
    // rewritten head goes into the room in front of them (HeadroomReadBuffer), and the
    // body is not moved.
    if (!m_responseParser)
        return;
    QByteArray front = m_responseParser->takeBody(); // bytes the parser re-framed or copied
    if (!m_responseHead.isEmpty()) {
        front = front.isEmpty() ? m_responseHead : m_responseHead + front;
        m_responseHead.clear();
    }
    const bool open =
        m_state != State::Closed && m_client->state() == QAbstractSocket::ConnectedState;
    if (passed > 0) {
        const QByteArrayView bytes = m_upstreamIn.withPrefix(front, passed);
        if (open) {
            m_client->write(bytes.data(), bytes.size());
            m_record.bytesOut += bytes.size();
        }
        m_upstreamIn.consume(passed);
    } else if (open && !front.isEmpty()) {
        m_client->write(front);
        m_record.bytesOut += front.size();
    }
}

void ForwarderSession::forwardUpstreamBytes()
{
    while (m_upstream && m_responseParser &&
           (m_state == State::SendingBody || m_state == State::AwaitingResponse)) {
        if (m_client->state() != QAbstractSocket::ConnectedState) {
            onClientClosed(); // nobody to read what the upstream still sends: drop it now
            return;
        }
        if (WriteBacklog::pending(m_client) >= m_config.streamBufferBytes)
            return; // resumed by the client's bytesWritten
        while (m_upstreamIn.size() < m_config.streamBufferBytes &&
               m_upstream->bytesAvailable() > 0) {
            // Straight into the buffer: no block per read to append and free.
            const qint64 got = m_upstreamIn.readFrom(
                m_upstream, qMin<qint64>(m_upstream->bytesAvailable(),
                                         m_config.streamBufferBytes - m_upstreamIn.size()));
            if (got <= 0)
                break;
            m_exchange.upstreamAnswered = true;
        }
        if (m_upstreamIn.isEmpty()) {
            if (m_exchange.upstreamEof && m_upstream->bytesAvailable() == 0)
                onUpstreamEof();
            return;
        }

        const HttpMessageParser::Step step =
            m_responseParser->parse(m_upstreamIn.data(), m_upstreamIn.size());
        // Body bytes passed through end the consumed ones: they are at the front now.
        m_upstreamIn.consume(step.consumed - step.passedBody);
        writeResponseBytes(step.passedBody);
        switch (step.stop) {
        case HttpMessageParser::Stop::NeedMoreData:
            if (step.consumed == 0)
                return;
            break;
        case HttpMessageParser::Stop::HeadComplete:
            onResponseHead();
            break;
        case HttpMessageParser::Stop::MessageComplete:
            if (m_exchange.interimResponse)
                m_exchange.interimResponse = false;
            else
                onResponseComplete();
            break;
        case HttpMessageParser::Stop::Upgrade:
            startTunnel();
            return;
        case HttpMessageParser::Stop::Error: {
            const QString message =
                tr("upstream %1 sent a malformed response: %2")
                    .arg(m_config.upstreamAuthority(), m_responseParser->errorText());
            qCWarning(lcProxy).noquote() << message;
            if (!m_exchange.responseHeadSent) {
                answerLocally(502, message, true);
            } else {
                finishRecord(m_record.status, message);
                closeNow();
            }
            return;
        }
        }
    }
}

void ForwarderSession::onResponseHead()
{
    HttpMessageHead head = m_responseParser->head();
    const int status = head.statusCode;
    if (status == 101) {
        if (!UpstreamRequestHead::asksForUpgrade(m_request)) {
            answerLocally(502,
                          tr("upstream %1 switched protocols without being asked")
                              .arg(m_config.upstreamAuthority()),
                          true);
            return;
        }
        HopByHopHeaders::strip(head, true);
        const QByteArray bytes = head.serializeResponse();
        m_client->write(bytes);
        m_record.bytesOut += bytes.size();
        m_record.status = 101;
        m_exchange.responseHeadSent = true;
        return;
    }
    if (status >= 100 && status < 200) {
        HopByHopHeaders::strip(head);
        const QByteArray bytes = head.serializeResponse();
        m_client->write(bytes);
        m_record.bytesOut += bytes.size();
        m_exchange.interimResponse = true;
        return;
    }
    m_record.status = status;
    // The client connection cannot carry another request when this one asked to close, is
    // still sending its body, asked for an upgrade that did not happen, or the response body
    // runs until the upstream closes.
    m_exchange.closeAfterResponse = !m_exchange.requestKeepAlive || !m_exchange.requestComplete ||
                                    UpstreamRequestHead::asksForUpgrade(m_request) ||
                                    m_responseParser->readsUntilClose();
    HopByHopHeaders::strip(head);
    if (m_responseParser->isChunked())
        head.add("Transfer-Encoding", "chunked");
    if (m_exchange.closeAfterResponse)
        head.add("Connection", "close");
    // Leaves with the first body bytes (writeResponseBytes), or alone at the end of this
    // processUpstream() when none came with it.
    m_responseHead = head.serializeResponse();
    m_exchange.responseHeadSent = true;
}

void ForwarderSession::onResponseComplete()
{
    writeResponseBytes();
    finishRecord(m_record.status);
    const bool reusable = m_exchange.requestComplete && m_responseParser->keepAlive() &&
                          !m_responseParser->readsUntilClose() && m_upstreamIn.isEmpty() &&
                          !m_exchange.upstreamEof &&
                          !UpstreamRequestHead::asksForUpgrade(m_request);
    releaseUpstream(reusable);
    if (m_exchange.closeAfterResponse) {
        closeGracefully();
        return;
    }
    m_state = State::ReadingHead;
    restartIdleTimer(false);
    // A pipelined request may wait in the buffer; take it from the event loop, not from
    // inside the response's call chain. Nothing waiting (the usual case): the client's next
    // readyRead brings the next request, and no event is posted (a posted event costs the
    // event loop a wake-up write and read, two of the eight system calls of a request).
    if (!m_clientIn.isEmpty() || m_client->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ForwarderSession::processClient, Qt::QueuedConnection);
}

void ForwarderSession::onUpstreamEof()
{
    if (!m_upstream || !m_responseParser)
        return;
    m_exchange.upstreamEof = true;
    if (m_upstream->bytesAvailable() > 0 || !m_upstreamIn.isEmpty()) {
        processUpstream(); // comes back here once everything is read
        return;
    }
    if (mayRetryOnFreshConnection()) {
        // The upstream closed a pooled connection just as it was reused (its idle timeout
        // and this request crossed): nothing came back, so send the request again once,
        // over a new connection, instead of answering 502.
        qCDebug(lcProxy) << "a reused upstream connection closed before answering; retrying"
                         << m_record.method << "on a new connection";
        m_exchange.retriedOnFreshConnection = true;
        releaseUpstream(false);
        m_responseParser.reset();
        m_state = State::ConnectingUpstream;
        if (!m_pool) {
            answerLocally(503, tr("the forwarder is stopping"), true);
            return;
        }
        connectUpstream();
        return;
    }
    const HttpMessageParser::Step step = m_responseParser->finish();
    writeResponseBytes();
    if (step.stop == HttpMessageParser::Stop::MessageComplete) {
        onResponseComplete();
        return;
    }
    const QString message = tr("upstream %1 closed the connection before the response was complete")
                                .arg(m_config.upstreamAuthority());
    qCWarning(lcProxy).noquote() << message;
    if (!m_exchange.responseHeadSent) {
        answerLocally(502, message, true);
    } else {
        finishRecord(m_record.status, message);
        closeNow();
    }
}

bool ForwarderSession::mayRetryOnFreshConnection() const
{
    // Only a connection taken from the pool, only when not a byte came back, only once, and
    // only a request that can be sent twice unchanged: a safe method (RFC 9110 9.2.1)
    // without a body, all of it still known here.
    if (!m_exchange.upstreamReused || m_exchange.upstreamAnswered ||
        m_exchange.retriedOnFreshConnection || m_exchange.responseHeadSent ||
        !m_exchange.requestComplete || m_exchange.upgradeRequested) {
        return false;
    }
    const QByteArray &method = m_request.method;
    if (method != "GET" && method != "HEAD" && method != "OPTIONS")
        return false;
    if (m_requestParser.isChunked())
        return false;
    const QByteArray length = m_request.value("Content-Length").trimmed();
    return length.isEmpty() || length == "0";
}

void ForwarderSession::startTunnel()
{
    m_state = State::Tunnel;
    stopIdleTimer();
    m_client->disconnect(this);
    m_upstream->disconnect(this);
    m_wiredUpstream = nullptr;
    const QByteArray fromClient = m_clientIn;
    const QByteArray fromUpstream = m_upstreamIn.toByteArray();
    m_clientIn.clear();
    m_upstreamIn.clear();
    const qint64 headBytesIn = m_record.bytesIn;
    const qint64 headBytesOut = m_record.bytesOut;
    m_tunnel = new ByteTunnel(m_client, m_upstream, m_config.streamBufferBytes, this);
    connect(m_tunnel, &ByteTunnel::finished, this, [this, headBytesIn, headBytesOut] {
        m_record.bytesIn = headBytesIn + m_tunnel->bytesAtoB();
        m_record.bytesOut = headBytesOut + m_tunnel->bytesBtoA();
        finishRecord(101);
        closeNow();
    });
    m_tunnel->start(fromClient, fromUpstream);
}

void ForwarderSession::answerLocally(int status, const QString &message, bool close)
{
    if (!m_recordOpen) {
        m_record = ForwarderRequestRecord();
        m_record.started = QDateTime::currentDateTimeUtc();
        m_record.method = QStringLiteral("-");
        m_record.path = QStringLiteral("-");
        m_record.bytesIn = m_unrecordedBytesIn;
        m_unrecordedBytesIn = 0;
        m_recordOpen = true;
        m_clock.start();
    }
    const QByteArray response = KubernetesStatus::httpResponse(status, message, close);
    m_client->write(response);
    m_record.bytesOut += response.size();
    m_record.answeredLocally = true;
    finishRecord(status, message);
    releaseUpstream(false);
    if (close) {
        closeGracefully();
        return;
    }
    m_state = State::ReadingHead;
    restartIdleTimer(false);
}

void ForwarderSession::finishRecord(int status, const QString &note)
{
    if (!m_recordOpen)
        return;
    m_recordOpen = false;
    m_record.status = status;
    m_record.durationMs = m_clock.elapsed();
    if (!note.isEmpty())
        m_record.note = note;
    qCDebug(lcProxy).noquote() << m_record.summary();
    emit requestFinished(m_record);
}

void ForwarderSession::releaseUpstream(bool reusable)
{
    if (m_connector) {
        m_connector->disconnect(this);
        m_connector->deleteLater();
        m_connector = nullptr;
    }
    if (!m_upstream)
        return;
    QAbstractSocket *socket = m_upstream;
    m_upstream = nullptr;
    m_upstreamIn.clear();
    if (reusable && m_pool) {
        m_pool->release(socket, this); // our connections stay, for when it comes back
    } else {
        socket->disconnect(this);
        if (m_wiredUpstream == socket)
            m_wiredUpstream = nullptr;
        socket->abort();
        socket->deleteLater();
    }
}

void ForwarderSession::closeGracefully()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    m_state = State::Closing;
    stopIdleTimer();
    releaseUpstream(false);
    m_clientIn.clear();
    m_clock.start();
    m_lingerTimer.start();
}

void ForwarderSession::onClientClosed()
{
    if (m_state == State::Closed || m_state == State::Tunnel)
        return;
    if (m_recordOpen && m_exchange.responseHeadSent) {
        qCInfo(lcProxy).noquote() << m_record.method << m_record.path
                                  << "the client closed the connection after" << m_record.bytesOut
                                  << "bytes of the response";
    }
    finishRecord(m_exchange.responseHeadSent ? m_record.status : 0,
                 tr("the client closed the connection"));
    closeNow();
}

void ForwarderSession::closeNow()
{
    if (m_state == State::Closed)
        return;
    writeResponseBytes(); // a response head that arrived before the failure still goes out
    m_state = State::Closed;
    qCDebug(lcProxy) << "closing the client connection";
    stopIdleTimer();
    m_idleTimer.stop();
    m_lingerTimer.stop();
    if (m_tunnel) {
        m_tunnel->disconnect(this);
        if (m_recordOpen) {
            m_record.bytesIn += m_tunnel->bytesAtoB();
            m_record.bytesOut += m_tunnel->bytesBtoA();
        }
    }
    finishRecord(m_record.status);
    releaseUpstream(false);
    m_client->disconnect(this);
    m_client->abort();
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        emit closed();
    }
    deleteLater();
}
