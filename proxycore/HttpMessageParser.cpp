#include "HttpMessageParser.h"

#include <http_parser.h>
#include <limits>

namespace {

// RFC 9110 §5.6.2 token characters, as a table: every field name of every message is
// checked, and most hold a '-'.
struct TokenTable
{
    bool allowed[256] = {};
    constexpr TokenTable()
    {
        for (int c = '0'; c <= '9'; ++c)
            allowed[c] = true;
        for (int c = 'a'; c <= 'z'; ++c)
            allowed[c] = allowed[c - 'a' + 'A'] = true;
        for (const char c : "!#$%&'*+-.^_`|~")
            allowed[static_cast<unsigned char>(c)] = c != 0;
    }
};
constexpr TokenTable tokenTable;

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (!tokenTable.allowed[static_cast<unsigned char>(c)])
            return false;
    }
    return true;
}

// RFC 9110 §5.5: visible characters, obs-text, space and tab.
bool isFieldValue(QByteArrayView value)
{
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

} // namespace

struct HttpMessageParser::Callbacks
{
    static HttpMessageParser *self(http_parser *parser)
    {
        return static_cast<HttpMessageParser *>(parser->data);
    }

    static int onMessageBegin(http_parser *parser)
    {
        HttpMessageParser *p = self(parser);
        p->m_head.clear();
        p->m_inHead = true;
        p->m_headBytes = 0;
        p->m_lastWasValue = false;
        p->m_chunked = false;
        p->m_lastChunk = false;
        p->m_untilClose = false;
        p->m_obsFold = false;
        p->m_headDelivered = false;
        return 0;
    }

    static int onUrl(http_parser *parser, const char *at, size_t length)
    {
        self(parser)->m_head.target.append(at, qsizetype(length));
        return 0;
    }

    static int onStatus(http_parser *parser, const char *at, size_t length)
    {
        self(parser)->m_head.reasonPhrase.append(at, qsizetype(length));
        return 0;
    }

    static int onHeaderField(http_parser *parser, const char *at, size_t length)
    {
        HttpMessageParser *p = self(parser);
        if (p->m_head.fieldCount() == 0) {
            // The fields end at the empty line: their bytes fit in that much. A head still
            // arriving gets what came so far and grows.
            const QByteArrayView rest(at, p->m_chunkEnd - at);
            const qsizetype end = rest.indexOf(QByteArrayView("\r\n\r\n"));
            p->m_head.reserve(end >= 0 ? end : rest.size() + 256);
        }
        if (p->m_lastWasValue || p->m_head.fieldCount() == 0)
            p->m_head.beginField(QByteArrayView(at, qsizetype(length)));
        else // a name arriving in pieces
            p->m_head.appendToName(QByteArrayView(at, qsizetype(length)));
        p->m_lastWasValue = false;
        return 0;
    }

    static int onHeaderValue(http_parser *parser, const char *at, size_t length)
    {
        HttpMessageParser *p = self(parser);
        if (p->m_head.fieldCount() == 0)
            return 1;
        // A value continued right after a line end is obs-fold (RFC 9112 §5.2): the next hop
        // may read the continuation as a field of its own. A continuation after a buffer
        // boundary is the same line arriving in pieces.
        if (p->m_lastWasValue) {
            const char before = at > p->m_chunkStart ? at[-1] : p->m_previousByte;
            if (before == '\n' || before == '\r')
                p->m_obsFold = true;
        }
        p->m_head.appendToValue(QByteArrayView(at, qsizetype(length)));
        p->m_lastWasValue = true;
        return 0;
    }

    static int onHeadersComplete(http_parser *parser)
    {
        HttpMessageParser *p = self(parser);
        HttpMessageHead &head = p->m_head;
        head.trimValues();
        for (qsizetype i = 0; i < head.fieldCount(); ++i) {
            // http-parser lets "Content-Length : 5" through as a field named
            // "Content-Length "; a proxy must not forward what the next hop may read
            // differently.
            // The field is not quoted: its bytes may hold anything, a credential too.
            if (!isToken(head.fieldName(i))) {
                p->fail(p->framingErrorStatus(),
                        tr("malformed HTTP message: a header field name is not a token"));
                return -1;
            }
            // http-parser checks a value's bytes after its first one only; a control byte
            // passed on may split the field for the next hop (found by fuzzing).
            if (!isFieldValue(head.fieldValue(i))) {
                p->fail(p->framingErrorStatus(),
                        tr("malformed HTTP message: a header field value holds a control byte"));
                return -1;
            }
        }
        head.versionMajor = parser->http_major;
        head.versionMinor = parser->http_minor;
        if (p->m_request) {
            // A static string: shared, not copied.
            const char *method = http_method_str(static_cast<http_method>(parser->method));
            head.method = QByteArray::fromRawData(method, qstrlen(method));
        } else
            head.statusCode = int(parser->status_code);
        p->m_inHead = false;
        p->m_chunked = (parser->flags & F_CHUNKED) != 0;
        if (p->m_obsFold) {
            p->fail(p->framingErrorStatus(),
                    tr("malformed HTTP message: a header field is folded over several lines"));
            return -1;
        }
        // http-parser refuses a request whose Transfer-Encoding does not end in chunked only
        // after this callback, and counts a field merely starting with "Transfer-Encoding"
        // (found by fuzzing): refuse it here, before the head is handed out.
        if (p->m_request && parser->uses_transfer_encoding && !p->m_chunked) {
            p->fail(p->framingErrorStatus(),
                    tr("malformed HTTP message: the request's Transfer-Encoding is not exactly "
                       "\"chunked\", so its length cannot be known"));
            return -1;
        }
        // Everything that could refuse the message is decided here, before the caller sees
        // the head and sends anything on.
        QString refusal;
        if (const int status = p->checkHead(head, &refusal); status != 0) {
            p->fail(status, refusal);
            return -1;
        }
        p->m_headDelivered = true;
        const bool skip = !p->m_request && p->skipBody();
        const int status = head.statusCode;
        p->m_untilClose = !p->m_request && !skip && !p->m_chunked &&
                          parser->content_length == std::numeric_limits<uint64_t>::max() &&
                          !(status >= 100 && status < 200) && status != 204 && status != 304;
        p->m_pendingStop = Stop::HeadComplete;
        http_parser_pause(parser, 1);
        return skip ? 1 : 0;
    }

    static int onBody(http_parser *parser, const char *at, size_t length)
    {
        HttpMessageParser *p = self(parser);
        // Noted, not copied: parse() decides once it knows where the input ends.
        if (p->m_passBodyThrough && !p->m_chunked && p->m_body.isEmpty() && !p->m_passedStart) {
            p->m_passedStart = at;
            p->m_passedSize = qsizetype(length);
            return 0;
        }
        p->keepPassedBody();
        p->m_body.append(at, qsizetype(length));
        return 0;
    }

    static int onChunkHeader(http_parser *parser)
    {
        HttpMessageParser *p = self(parser);
        if (parser->content_length == 0) {
            p->m_lastChunk = true;
            return 0;
        }
        p->m_body += QByteArray::number(qulonglong(parser->content_length), 16) + "\r\n";
        return 0;
    }

    static int onChunkComplete(http_parser *parser)
    {
        HttpMessageParser *p = self(parser);
        if (!p->m_lastChunk)
            p->m_body += "\r\n";
        return 0;
    }

    static int onMessageComplete(http_parser *parser)
    {
        HttpMessageParser *p = self(parser);
        if (p->m_chunked)
            p->m_body += "0\r\n\r\n";
        // What follows is the next message's head, under the head limit again.
        p->m_inHead = true;
        p->m_headBytes = 0;
        p->m_pendingStop = Stop::MessageComplete;
        http_parser_pause(parser, 1);
        return 0;
    }

    static const http_parser_settings &settings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings value;
            http_parser_settings_init(&value);
            value.on_message_begin = onMessageBegin;
            value.on_url = onUrl;
            value.on_status = onStatus;
            value.on_header_field = onHeaderField;
            value.on_header_value = onHeaderValue;
            value.on_headers_complete = onHeadersComplete;
            value.on_body = onBody;
            value.on_chunk_header = onChunkHeader;
            value.on_chunk_complete = onChunkComplete;
            value.on_message_complete = onMessageComplete;
            return value;
        }();
        return s;
    }
};

HttpMessageParser::HttpMessageParser(bool request)
    : m_parser(std::make_unique<http_parser>())
    , m_request(request)
{
    http_parser_init(m_parser.get(), request ? HTTP_REQUEST : HTTP_RESPONSE);
    m_parser->data = this;
}

HttpMessageParser::~HttpMessageParser() = default;

void HttpMessageParser::restart()
{
    http_parser_init(m_parser.get(), m_request ? HTTP_REQUEST : HTTP_RESPONSE);
    m_parser->data = this;
    m_head.clear();
    m_body.clear();
    m_pendingStop = Stop::NeedMoreData;
    m_headBytes = 0;
    m_chunkStart = nullptr;
    m_chunkEnd = nullptr;
    m_passedStart = nullptr;
    m_passedSize = 0;
    m_previousByte = 0;
    m_errorStatus = 0;
    m_errorText.clear();
    m_inHead = true;
    m_lastWasValue = false;
    m_chunked = false;
    m_lastChunk = false;
    m_untilClose = false;
    m_dead = false;
    m_obsFold = false;
    m_headDelivered = false;
    m_errorInHead = false;
}

void HttpMessageParser::fail(int status, const QString &text)
{
    m_dead = true;
    m_errorInHead = m_inHead || !m_headDelivered;
    m_errorStatus = status;
    m_errorText = text;
}

HttpMessageParser::Step HttpMessageParser::parse(const char *data, qsizetype size)
{
    Step step;
    if (m_dead) {
        step.stop = Stop::Error;
        return step;
    }
    if (size <= 0)
        return step;
    http_parser_pause(m_parser.get(), 0);
    m_pendingStop = Stop::NeedMoreData;

    // Never hand the parser more head than the limit allows: past it the answer is a 431,
    // whatever the rest says.
    qsizetype offered = size;
    const bool wasInHead = m_inHead;
    // The caller has seen this message's head (a HeadComplete of an earlier call).
    const bool headHandedOut = m_headDelivered && !m_inHead;
    if (wasInHead)
        offered = qMin(size, m_maxHeadBytes - m_headBytes + 1);

    m_chunkStart = data;
    m_chunkEnd = data + offered;
    const size_t parsed =
        http_parser_execute(m_parser.get(), &Callbacks::settings(), data, size_t(offered));
    step.consumed = qsizetype(parsed);
    if (m_passedStart) {
        if (m_passedStart + m_passedSize == data + step.consumed && !m_dead)
            step.passedBody = m_passedSize; // the caller sends them from its buffer
        else
            keepPassedBody(); // not the end of what was consumed: copied after all
        m_passedStart = nullptr;
        m_passedSize = 0;
    }
    if (parsed > 0)
        m_previousByte = data[parsed - 1];
    const auto error = static_cast<http_errno>(m_parser->http_errno);
    if (wasInHead)
        m_headBytes += m_inHead ? step.consumed : 0;

    if (m_dead) { // a callback refused the message
        step.stop = Stop::Error;
        return step;
    }
    if (error != HPE_OK && error != HPE_PAUSED) {
        if (error == HPE_HEADER_OVERFLOW) {
            fail(m_request ? 431 : 502,
                 tr("the header fields exceed %1 bytes").arg(m_maxHeadBytes));
        } else if (error == HPE_INVALID_TRANSFER_ENCODING ||
                   error == HPE_UNEXPECTED_CONTENT_LENGTH) {
            // Decided by http-parser once the head's fields are all in, possibly after our
            // callback took the head (checkHead() let it through): still an error of the
            // head unless the caller already had it. The same errors in a chunked body's
            // trailers come after the head went out (found by fuzzing).
            fail(framingErrorStatus(),
                 tr("malformed HTTP message: %1")
                     .arg(QString::fromLatin1(http_errno_description(error))));
            m_errorInHead = !headHandedOut;
        } else {
            fail(framingErrorStatus(),
                 tr("malformed HTTP message: %1")
                     .arg(QString::fromLatin1(http_errno_description(error))));
        }
        step.stop = Stop::Error;
        return step;
    }
    if (m_inHead && m_headBytes > m_maxHeadBytes) {
        fail(m_request ? 431 : 502, tr("the header fields exceed %1 bytes").arg(m_maxHeadBytes));
        step.stop = Stop::Error;
        return step;
    }
    step.stop = m_pendingStop;
    if (step.stop == Stop::MessageComplete && m_parser->upgrade)
        step.stop = Stop::Upgrade;
    // http-parser reports an upgrade without a pause when the head ends the message. Its
    // upgrade flag is up from the head on: while a body still streams, the message is not
    // over (found by fuzzing: the rest of a chunked body became tunnel bytes).
    if (step.stop == Stop::NeedMoreData && m_parser->upgrade && m_inHead)
        step.stop = Stop::Upgrade;
    return step;
}

void HttpMessageParser::keepPassedBody()
{
    if (!m_passedStart)
        return;
    m_body.append(m_passedStart, m_passedSize);
    m_passedStart = nullptr;
    m_passedSize = 0;
}

HttpMessageParser::Step HttpMessageParser::finish()
{
    Step step;
    if (m_dead) {
        step.stop = Stop::Error;
        return step;
    }
    http_parser_pause(m_parser.get(), 0);
    m_pendingStop = Stop::NeedMoreData;
    http_parser_execute(m_parser.get(), &Callbacks::settings(), nullptr, 0);
    const auto error = static_cast<http_errno>(m_parser->http_errno);
    if (error != HPE_OK && error != HPE_PAUSED) {
        fail(framingErrorStatus(), tr("the connection closed in the middle of a message"));
        step.stop = Stop::Error;
        return step;
    }
    step.stop = m_pendingStop;
    return step;
}

QByteArray HttpMessageParser::takeBody()
{
    QByteArray body;
    body.swap(m_body);
    return body;
}

bool HttpMessageParser::keepAlive() const
{
    return http_should_keep_alive(m_parser.get()) != 0;
}
