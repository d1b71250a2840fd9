#pragma once

#include "tests/support/apiserver/RequestRecorder.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <http_parser.h>

class ExecWebSocket;
class QSslSocket;
class TestApiServer;

// One client connection to the test API server: HTTP/1.1 keep-alive requests framed by
// http-parser, answered one at a time; a streaming answer (watch, logs -f, a large body)
// holds further requests until it ends; an exec upgrade turns the connection into a
// WebSocket.
class ApiConnection : public QObject
{
    Q_OBJECT

public:
    ApiConnection(QSslSocket *socket, TestApiServer *server);
    ~ApiConnection() override;

private:
    enum class State { Http, Streaming, Upgraded };
    enum class Stream { None, Watch, Log, Large };

    struct Request
    {
        QByteArray method;
        QByteArray target;
        HeaderList headers;
        QByteArray body;
        bool sink = false;
        qint64 bodyBytes = 0;
        QCryptographicHash bodyHash{QCryptographicHash::Sha256};
        QByteArray header(const QByteArray &name) const;
    };

    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);

    void readInput();
    void parseInput();
    void dispatch();
    void handlePods(const QStringList &segments, const QUrlQuery &query);
    void handleExec(const QString &pod, const QUrlQuery &query);
    void startWatch(const QUrlQuery &query);
    void startLog(const QUrlQuery &query);
    void startLarge(qint64 bytes);
    void pumpLarge();
    void sendWatchEvent(const QString &type, const QJsonObject &pod);
    void writeLogLine();
    void endStream();

    void writeHead(int code, const HeaderList &headers);
    void sendBody(int code, const QByteArray &contentType, const QByteArray &body);
    void sendJson(int code, const QJsonObject &object);
    void sendStatus(int code, const QString &reason, const QString &message);
    void writeChunk(const QByteArray &data);
    void finishResponse();
    bool wantsTable() const;

    TestApiServer *m_server;
    QSslSocket *m_socket;
    http_parser m_parser;
    State m_state = State::Http;
    Stream m_stream = Stream::None;
    QByteArray m_input;
    Request m_request;
    QByteArray m_headerField;
    bool m_lastWasValue = false;
    bool m_messageComplete = false;
    bool m_closeAfterResponse = false;
    QTimer m_streamTimer;
    int m_logLine = 0;
    int m_logLimit = 0;
    qint64 m_largeSent = 0;
    qint64 m_largeTotal = 0;
    QPointer<ExecWebSocket> m_exec;
};
