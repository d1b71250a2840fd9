#pragma once

#include "proxycore/HttpMessageHead.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct http_parser;

// Incremental HTTP/1.1 framing over Debian's http-parser (the parser Node.js used for a
// decade): message boundaries, Content-Length/chunked bodies and upgrades come from it, never
// from string splitting. A message with conflicting Content-Length and Transfer-Encoding, or
// two Content-Length fields, is an error, so a second request cannot be smuggled in a body.
//
// parse() stops after each head and after each message, so the caller decides what happens
// next (and never reads a pipelined request early). The body is handed out re-framed for the
// wire: a chunked body stays chunked (extensions and trailers dropped), a Content-Length body
// is passed through as it is.
class HttpMessageParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpMessageParser)
    Q_DISABLE_COPY_MOVE(HttpMessageParser)

public:
    enum class Stop {
        NeedMoreData,    // all given bytes consumed
        HeadComplete,    // head() is ready; body bytes may follow
        MessageComplete, // the whole message is in; the next one starts after `consumed`
        Upgrade,         // message complete and the bytes after `consumed` are another protocol
        Error,           // errorStatus()/errorText() say why; the connection must close
    };
    struct Step
    {
        qsizetype consumed = 0;
        Stop stop = Stop::NeedMoreData;
        // With setPassBodyThrough(): the last `passedBody` bytes of the `consumed` ones are body
        // bytes to send on as they are, after what takeBody() returns; they are not in it.
        qsizetype passedBody = 0;
    };

    virtual ~HttpMessageParser();

    Step parse(const char *data, qsizetype size);
    Step parse(const QByteArray &data) { return parse(data.constData(), data.size()); }
    // The peer closed the connection: ends a read-until-close body, or is an error mid-message.
    Step finish();
    // Starts over for a new connection, as if just made; the head limit and the body
    // pass-through setting stay. Cheaper than a new parser per request.
    void restart();

    const HttpMessageHead &head() const { return m_head; }
    // Wire bytes of the body produced since the last call.
    QByteArray takeBody();
    // A Content-Length or read-until-close body is not copied into takeBody()'s buffer when its
    // bytes end the input of a parse(): Step::passedBody says how many they are, and the caller
    // sends them from its own buffer (the forwarder, which reads 12.6 KB PodLists).
    void setPassBodyThrough(bool on) { m_passBodyThrough = on; }
    bool hasBody() const { return !m_body.isEmpty(); }
    bool isChunked() const { return m_chunked; }
    // The body runs until the connection closes (a response without length).
    bool readsUntilClose() const { return m_untilClose; }
    bool keepAlive() const;
    bool inHead() const { return m_inHead; }

    int errorStatus() const { return m_errorStatus; }
    // The error concerns a head: the message was refused before HeadComplete handed it out,
    // or (never expected) the parser refused a head it had already handed out.
    bool errorInHead() const { return m_errorInHead; }
    QString errorText() const { return m_errorText; }

    void setMaxHeadBytes(qsizetype bytes) { m_maxHeadBytes = bytes; }

protected:
    explicit HttpMessageParser(bool request);
    // Called when the head is complete; return true to expect no body (a response to HEAD).
    virtual bool skipBody() const { return false; }
    // Status code answered for a framing error.
    virtual int framingErrorStatus() const = 0;
    // Called with the complete head, before HeadComplete; a status other than 0 refuses the
    // message with that status and `error`.
    virtual int checkHead(const HttpMessageHead &head, QString *error) const
    {
        Q_UNUSED(head);
        Q_UNUSED(error);
        return 0;
    }

private:
    struct Callbacks;
    friend struct Callbacks;

    void fail(int status, const QString &text);
    void keepPassedBody();

    std::unique_ptr<http_parser> m_parser;
    HttpMessageHead m_head;
    QByteArray m_body;
    Stop m_pendingStop = Stop::NeedMoreData;
    qsizetype m_headBytes = 0;
    qsizetype m_maxHeadBytes = 64 * 1024;
    const char *m_chunkStart = nullptr; // the bytes parse() was given, for obs-fold
    const char *m_chunkEnd = nullptr;
    const char *m_passedStart = nullptr; // body bytes of this parse() not copied (passedBody)
    qsizetype m_passedSize = 0;
    char m_previousByte = 0; // the last byte of the previous parse()
    int m_errorStatus = 0;
    QString m_errorText;
    bool m_request = true;
    bool m_inHead = true;
    bool m_lastWasValue = false;
    bool m_chunked = false;
    bool m_lastChunk = false;
    bool m_untilClose = false;
    bool m_dead = false;
    bool m_obsFold = false;
    bool m_headDelivered = false;
    bool m_errorInHead = false;
    bool m_passBodyThrough = false;
};
