// Request framing comes from http-parser: what the forwarder sends on is what the parser
// saw, and an ambiguous message is refused instead of forwarded.
#include "proxycore/HttpRequestParser.h"
#include "proxycore/HttpResponseParser.h"

#include <QTest>

namespace {

struct Parsed
{
    QList<QByteArray> heads;  // "METHOD target"
    QList<QByteArray> bodies; // wire body per message
    int errorStatus = 0;
    QString errorText;
    bool upgrade = false;
    qsizetype passed = 0; // body bytes handed out as Step::passedBody, not through takeBody()
};

// Feeds `input` in slices of `slice` bytes, as data would arrive from a socket.
Parsed parseAll(HttpMessageParser &parser, const QByteArray &input, int slice)
{
    Parsed result;
    QByteArray pending;
    QByteArray body;
    qsizetype offset = 0;
    while (offset < input.size() || !pending.isEmpty()) {
        if (offset < input.size()) {
            pending += input.mid(offset, slice);
            offset += slice;
        }
        for (;;) {
            const HttpMessageParser::Step step = parser.parse(pending);
            body += parser.takeBody();
            body += pending.mid(step.consumed - step.passedBody, step.passedBody);
            result.passed += step.passedBody;
            pending.remove(0, step.consumed);
            if (step.stop == HttpMessageParser::Stop::Error) {
                result.errorStatus = parser.errorStatus();
                result.errorText = parser.errorText();
                return result;
            }
            if (step.stop == HttpMessageParser::Stop::HeadComplete) {
                const HttpMessageHead &head = parser.head();
                result.heads.append(head.statusCode ? QByteArray::number(head.statusCode)
                                                    : head.method + ' ' + head.target);
            } else if (step.stop == HttpMessageParser::Stop::MessageComplete ||
                       step.stop == HttpMessageParser::Stop::Upgrade) {
                result.bodies.append(body);
                body.clear();
                if (step.stop == HttpMessageParser::Stop::Upgrade) {
                    result.upgrade = true;
                    return result;
                }
            } else if (step.consumed == 0 || pending.isEmpty()) {
                break;
            }
        }
        if (offset >= input.size() && !pending.isEmpty()) {
            // Nothing more will come; whatever is left is an incomplete message.
            break;
        }
    }
    return result;
}

} // namespace

class TestHttpFraming : public QObject
{
    Q_OBJECT

private slots:
    void requests_data();
    void requests();
    void refusalEchoesNoRequestBytes();
    void headLimitIs431();
    void chunkedResponseStaysChunked();
    void responseToHeadHasNoBody();
    void responseUntilClose();
    void aRestartedParserForgetsTheLastConnection_data();
    void aRestartedParserForgetsTheLastConnection();
    void passedBodiesAreTheBodies_data();
    void passedBodiesAreTheBodies();
    void aHeadIsWrittenAsItWasRead_data();
    void aHeadIsWrittenAsItWasRead();
    void anErrorSaysWhetherItsHeadWasHandedOut_data();
    void anErrorSaysWhetherItsHeadWasHandedOut();
};

void TestHttpFraming::requests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("heads");
    QTest::addColumn<QList<QByteArray>>("bodies");
    QTest::addColumn<int>("errorStatus");

    const QByteArray host = "Host: 127.0.0.1:8443\r\n";
    QTest::newRow("GET without body")
        << QByteArray("GET /api/v1/pods?limit=500 HTTP/1.1\r\n" + host + "\r\n")
        << QList<QByteArray>{"GET /api/v1/pods?limit=500"} << QList<QByteArray>{""} << 0;
    QTest::newRow("POST with Content-Length")
        << QByteArray("POST /api/v1/namespaces/default/pods HTTP/1.1\r\n" + host +
                      "Content-Length: 11\r\n\r\n{\"a\":\"xyz\"}")
        << QList<QByteArray>{"POST /api/v1/namespaces/default/pods"}
        << QList<QByteArray>{"{\"a\":\"xyz\"}"} << 0;
    QTest::newRow("chunked body stays chunked, extensions dropped")
        << QByteArray(
               "POST /x HTTP/1.1\r\n" + host +
               "Transfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        << QList<QByteArray>{"POST /x"}
        << QList<QByteArray>{"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"} << 0;
    QTest::newRow("pipelined requests come one at a time")
        << QByteArray("GET /a HTTP/1.1\r\n" + host + "\r\nPOST /b HTTP/1.1\r\n" + host +
                      "Content-Length: 3\r\n\r\nxyzGET /c HTTP/1.1\r\n" + host + "\r\n")
        << QList<QByteArray>{"GET /a", "POST /b", "GET /c"} << QList<QByteArray>{"", "xyz", ""}
        << 0;
    QTest::newRow("Content-Length and Transfer-Encoding together is a 400")
        << QByteArray(
               "POST /x HTTP/1.1\r\n" + host +
               "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /smuggled "
               "HTTP/1.1\r\n" +
               host + "\r\n")
        << QList<QByteArray>{} << QList<QByteArray>{} << 400;
    // Field names are tokens (RFC 9110 §5.6.2): letters, digits and fifteen marks.
    QTest::newRow("a name with every mark a token allows")
        << QByteArray("GET /t HTTP/1.1\r\n" + host + "X-!#$%&'*+-.^_`|~09az: v\r\n\r\n")
        << QList<QByteArray>{"GET /t"} << QList<QByteArray>{""} << 0;
    for (const char *name : {"X Y", "X(Y", "X\"Y", "X/Y", "X@Y", "X[Y", "X{Y", "X\x7fY", "X\x80Y",
                             "X\xffY", "X,Y", "X;Y", "X=Y", "X?Y", "X\\Y"}) {
        QTest::addRow("a name with byte 0x%02x is a 400",
                      static_cast<unsigned char>(QByteArrayView(name).at(1)))
            << QByteArray("GET /t HTTP/1.1\r\n" + host + name + ": v\r\n\r\n")
            << QList<QByteArray>{} << QList<QByteArray>{} << 400;
    }
    QTest::newRow("two differing Content-Length fields is a 400")
        << QByteArray("POST /x HTTP/1.1\r\n" + host +
                      "Content-Length: 3\r\nContent-Length: 40\r\n\r\nabc")
        << QList<QByteArray>{} << QList<QByteArray>{} << 400;
    QTest::newRow("Transfer-Encoding not ending in chunked is a 400")
        << QByteArray("POST /x HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip\r\n\r\nabc")
        << QList<QByteArray>{} << QList<QByteArray>{} << 400;
    // Refused before HeadComplete: the forwarder never sends a head it then answers with
    // an error (a bodiless DELETE would run upstream).
    const QByteArray del = "DELETE /api/v1/namespaces/prod HTTP/1.1\r\n" + host;
    QTest::newRow("Transfer-Encoding chunked, identity is a 400 before the head is out")
        << QByteArray(del + "Transfer-Encoding: chunked, identity\r\n\r\n") << QList<QByteArray>{}
        << QList<QByteArray>{} << 400;
    QTest::newRow("Transfer-Encoding xchunked is a 400 before the head is out")
        << QByteArray(del + "Transfer-Encoding: xchunked\r\n\r\n") << QList<QByteArray>{}
        << QList<QByteArray>{} << 400;
    QTest::newRow("a field named Transfer-EncodingY is a 400 before the head is out (fuzzer)")
        << QByteArray(del + "Transfer-EncodingY: xchunked\r\n\r\n") << QList<QByteArray>{}
        << QList<QByteArray>{} << 400;
    QTest::newRow("an upgrade request in HTTP/2.1 is a 505 (fuzzer)")
        << QByteArray("GET /x HTTP/2.1\r\n" + host +
                      "Connection: Upgrade\r\nUpgrade: websocket\r\n\r\nGET /y HTTP/1.1\r\n\r\n")
        << QList<QByteArray>{} << QList<QByteArray>{} << 505;
    QTest::newRow("an upgrade request's chunked body is parsed to its end, in any slices (fuzzer)")
        << QByteArray("GET /x HTTP/1.1\r\n" + host +
                      "Connection: Upgrade\r\nUpgrade: websocket\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n5\r\nhello]\r\n0\r\n\r\n")
        << QList<QByteArray>{"GET /x"} << QList<QByteArray>{} << 400;
    QTest::newRow("a control byte starting a field value is a 400 (fuzzer)")
        << QByteArray("GET / HTTP/1.1\r\n" + host +
                      "Upgrade: \x7f"
                      "ebsocket\r\n\r\n")
        << QList<QByteArray>{} << QList<QByteArray>{} << 400;
    QTest::newRow("two Transfer-Encoding fields is a 400")
        << QByteArray(del + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "0\r\n\r\n")
        << QList<QByteArray>{} << QList<QByteArray>{} << 400;
    QTest::newRow("Transfer-Encoding folded over two lines is a 400")
        << QByteArray(del + "Transfer-Encoding: chunked\r\n , identity\r\n\r\n")
        << QList<QByteArray>{} << QList<QByteArray>{} << 400;
    QTest::newRow("any folded header field is a 400")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\r\n\tb\r\n\r\n") << QList<QByteArray>{}
        << QList<QByteArray>{} << 400;
    QTest::newRow("a value arriving in pieces is no fold")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a b c d e f g\r\n\r\n")
        << QList<QByteArray>{"GET /"} << QList<QByteArray>{""} << 0;
    QTest::newRow("Transfer-Encoding gzip, chunked is a 501")
        << QByteArray("POST /x HTTP/1.1\r\n" + host +
                      "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n")
        << QList<QByteArray>{} << QList<QByteArray>{} << 501;
    QTest::newRow("Transfer-Encoding Chunked in any case is chunked")
        << QByteArray("POST /x HTTP/1.1\r\n" + host +
                      "Transfer-Encoding: Chunked\r\n\r\n1\r\na\r\n0\r\n\r\n")
        << QList<QByteArray>{"POST /x"} << QList<QByteArray>{"1\r\na\r\n0\r\n\r\n"} << 0;
    QTest::newRow("HTTP/1.0 with Transfer-Encoding is a 400")
        << QByteArray("POST /x HTTP/1.0\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << QList<QByteArray>{} << QList<QByteArray>{} << 400;
    QTest::newRow("Connection naming Content-Length is a 400, no body becomes a request")
        << QByteArray("POST /x HTTP/1.1\r\n" + host +
                      "Connection: content-length\r\nContent-Length: 38\r\n\r\n" + del + "\r\n")
        << QList<QByteArray>{} << QList<QByteArray>{} << 400;
    QTest::newRow("Connection naming Transfer-Encoding is a 400")
        << QByteArray("POST /x HTTP/1.1\r\n" + host +
                      "Connection: keep-alive, Transfer-Encoding\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n0\r\n\r\n")
        << QList<QByteArray>{} << QList<QByteArray>{} << 400;
    QTest::newRow("Connection naming Host is a 400")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "Connection: host\r\n\r\n")
        << QList<QByteArray>{} << QList<QByteArray>{} << 400;
    QTest::newRow("garbage start line is a 400")
        << QByteArray("HELLO\x01 / HTTP/1.1\r\n\r\n") << QList<QByteArray>{} << QList<QByteArray>{}
        << 400;
    QTest::newRow("header field with a space before the colon is a 400")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "Content-Length : 5\r\n\r\nhello")
        << QList<QByteArray>{} << QList<QByteArray>{} << 400;
}

void TestHttpFraming::requests()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, heads);
    QFETCH(QList<QByteArray>, bodies);
    QFETCH(int, errorStatus);

    for (const int slice : {1, 7, 4096}) {
        HttpRequestParser parser;
        const Parsed parsed = parseAll(parser, input, slice);
        const QByteArray where =
            "slice " + QByteArray::number(slice) + ": " + parsed.errorText.toUtf8();
        QVERIFY2(parsed.errorStatus == errorStatus, where.constData());
        QCOMPARE(parsed.heads, heads);
        if (errorStatus)
            continue;
        QCOMPARE(parsed.bodies, bodies);
    }
}

void TestHttpFraming::refusalEchoesNoRequestBytes()
{
    // A malformed line may be a credential that lost its colon: the error names the fault,
    // never the bytes (the text goes into the log and the Status body).
    HttpRequestParser parser;
    const Parsed parsed = parseAll(
        parser, "GET / HTTP/1.1\r\nHost: 127.0.0.1:8443\r\nAuthorization Bearer s3cr3t: x\r\n\r\n",
        4096);
    QCOMPARE(parsed.errorStatus, 400);
    QVERIFY2(!parsed.errorText.contains(QStringLiteral("s3cr3t")), qPrintable(parsed.errorText));
}

void TestHttpFraming::headLimitIs431()
{
    HttpRequestParser parser;
    parser.setMaxHeadBytes(64 * 1024);
    const QByteArray big =
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n";
    const Parsed parsed = parseAll(parser, big, 16 * 1024);
    QCOMPARE(parsed.errorStatus, 431);

    HttpRequestParser fits;
    fits.setMaxHeadBytes(64 * 1024);
    const QByteArray small =
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + QByteArray(60 * 1024, 'a') + "\r\n\r\n";
    QCOMPARE(parseAll(fits, small, 16 * 1024).errorStatus, 0);
}

void TestHttpFraming::chunkedResponseStaysChunked()
{
    HttpResponseParser parser;
    parser.setRequestMethod("GET");
    const QByteArray input = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "1a\r\n{\"type\":\"ADDED\",\"x\":12345}\r\n0\r\n\r\n";
    const Parsed parsed = parseAll(parser, input, 5);
    QCOMPARE(parsed.errorStatus, 0);
    QCOMPARE(parsed.heads, QList<QByteArray>{"200"});
    QCOMPARE(parsed.bodies,
             QList<QByteArray>{"1a\r\n{\"type\":\"ADDED\",\"x\":12345}\r\n0\r\n\r\n"});
    QVERIFY(parser.isChunked());
}

void TestHttpFraming::aRestartedParserForgetsTheLastConnection_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::newRow("after a complete response")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nX-Old: 1\r\n\r\nabc");
    QTest::newRow("after half a head") << QByteArray("HTTP/1.1 200 OK\r\nX-Old: 1\r\nConte");
    QTest::newRow("after half a chunked body")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab");
    QTest::newRow("after a malformed response") << QByteArray("HTTP/1.1 200 OK\r\nX:\x01\r\n\r\n");
    QTest::newRow("after a body until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\nstream");
}

// The forwarder keeps one response parser per client connection and restarts it for each
// upstream connection it uses: nothing of what it read before may leak into the next.
void TestHttpFraming::aRestartedParserForgetsTheLastConnection()
{
    QFETCH(QByteArray, before);
    HttpResponseParser parser;
    parser.setRequestMethod("GET");
    parser.setPassBodyThrough(true);
    QByteArray pending = before;
    for (int i = 0; i < 4 && !pending.isEmpty(); ++i) {
        const HttpMessageParser::Step step = parser.parse(pending);
        parser.takeBody();
        pending.remove(0, step.consumed);
        if (step.stop == HttpMessageParser::Stop::Error)
            break;
    }
    parser.restart();
    QCOMPARE(parser.errorStatus(), 0);
    QVERIFY(parser.errorText().isEmpty());
    QVERIFY(parser.inHead());
    QVERIFY(!parser.hasBody());

    HttpResponseParser fresh;
    fresh.setRequestMethod("GET");
    fresh.setPassBodyThrough(true);
    const QByteArray next = "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\nnope";
    for (HttpMessageParser *reader :
         {static_cast<HttpMessageParser *>(&parser), static_cast<HttpMessageParser *>(&fresh)}) {
        const Parsed parsed = parseAll(*reader, next, 7);
        QCOMPARE(parsed.errorStatus, 0);
        QCOMPARE(parsed.heads, QList<QByteArray>{"404"});
        QCOMPARE(parsed.bodies, QList<QByteArray>{"nope"});
        QCOMPARE(reader->head().fields(), (QList<HttpMessageHead::Field>{{"Content-Length", "4"}}));
        QCOMPARE(reader->head().reasonPhrase, QByteArray("Not Found"));
        QVERIFY(!reader->isChunked());
        QVERIFY(!reader->readsUntilClose());
        QVERIFY(reader->keepAlive());
    }
}

void TestHttpFraming::responseToHeadHasNoBody()
{
    HttpResponseParser parser;
    parser.setRequestMethod("HEAD");
    const QByteArray input = "HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n"
                             "HTTP/1.1 204 No Content\r\n\r\n";
    const Parsed parsed = parseAll(parser, input, 4096);
    QCOMPARE(parsed.heads, (QList<QByteArray>{"200", "204"}));
    QCOMPARE(parsed.bodies, (QList<QByteArray>{"", ""}));
}

void TestHttpFraming::responseUntilClose()
{
    HttpResponseParser parser;
    parser.setRequestMethod("GET");
    QByteArray input("HTTP/1.1 200 OK\r\n\r\nstream");
    HttpMessageParser::Step step = parser.parse(input);
    QCOMPARE(step.stop, HttpMessageParser::Stop::HeadComplete);
    QVERIFY(parser.readsUntilClose());
    input.remove(0, step.consumed);
    step = parser.parse(input);
    QCOMPARE(step.consumed, input.size());
    QCOMPARE(parser.takeBody(), QByteArray("stream"));
    QCOMPARE(parser.finish().stop, HttpMessageParser::Stop::MessageComplete);

    // The forwarder's way: the body is a span of the input, not a copy.
    HttpResponseParser through;
    through.setRequestMethod("GET");
    through.setPassBodyThrough(true);
    input = "HTTP/1.1 200 OK\r\n\r\nstream";
    step = through.parse(input);
    input.remove(0, step.consumed);
    step = through.parse(input);
    QCOMPARE(step.consumed, input.size());
    // The head's step leaves its last line feed to this one: the body is what follows it.
    QCOMPARE(input, QByteArray("\nstream"));
    QCOMPARE(step.passedBody, qsizetype(6));
    QVERIFY(!through.hasBody());
    QCOMPARE(through.finish().stop, HttpMessageParser::Stop::MessageComplete);
}

void TestHttpFraming::passedBodiesAreTheBodies_data()
{
    // The forwarder's response parser hands a Content-Length body out as a span of its own
    // input (Step::passedBody) instead of a copy: what goes on the wire must be the same bytes,
    // in the same order, however the input is sliced.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("bodies");
    QTest::addColumn<bool>("passes"); // the whole input at once passes the bodies through

    const QByteArray list(12595, 'p');
    QTest::newRow("a PodList")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(list.size()) + "\r\n\r\n" + list)
        << QList<QByteArray>{list} << true;
    QTest::newRow("two responses in one read")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst"
                      "HTTP/1.1 404 Not Found\r\nContent-Length: 6\r\n\r\nsecond")
        << QList<QByteArray>{"first", "second"} << true;
    QTest::newRow("empty body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                                << QList<QByteArray>{QByteArray()} << false;
    QTest::newRow("204 then a body")
        << QByteArray("HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 200 OK\r\n"
                      "Content-Length: 2\r\n\r\nok")
        << QList<QByteArray>{QByteArray(), "ok"} << true;
    QTest::newRow("chunked: copied, re-framed")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "5;ext=1\r\nwatch\r\n0\r\nTrailer: x\r\n\r\n")
        << QList<QByteArray>{"5\r\nwatch\r\n0\r\n\r\n"} << false;
}

void TestHttpFraming::passedBodiesAreTheBodies()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, bodies);
    QFETCH(bool, passes);
    for (const int slice : {1, 7, 100, int(input.size())}) {
        for (const bool through : {false, true}) {
            HttpResponseParser parser;
            parser.setRequestMethod("GET");
            parser.setPassBodyThrough(through);
            const Parsed parsed = parseAll(parser, input, slice);
            const QByteArray what = QByteArray::number(slice) + (through ? " through" : " copied");
            QVERIFY2(parsed.errorText.isEmpty(), qPrintable(parsed.errorText));
            QCOMPARE(parsed.bodies, bodies);
            if (!through)
                QCOMPARE(parsed.passed, 0);
            else if (slice == input.size())
                QVERIFY2((parsed.passed > 0) == passes, what.constData());
        }
    }
}

void TestHttpFraming::aHeadIsWrittenAsItWasRead_data()
{
    QTest::addColumn<bool>("request");
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("kubectl's GET") << true
                                   << QByteArray("GET /api/v1/namespaces/default/pods?limit=500 "
                                                 "HTTP/1.1\r\nHost: 127.0.0.1:8443\r\n"
                                                 "User-Agent: kubectl/v1.33.1 (linux/amd64)\r\n"
                                                 "Accept: application/json\r\n"
                                                 "Authorization: Bearer abc\r\n\r\n");
    QTest::newRow("HTTP/1.0, no fields") << true << QByteArray("GET / HTTP/1.0\r\n\r\n");
    QTest::newRow("200 with a PodList's fields")
        << false
        << QByteArray("HTTP/1.1 200 OK\r\nAudit-Id: 0b1c\r\nCache-Control: no-cache, private\r\n"
                      "Content-Type: application/json\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("404 with a long reason")
        << false << QByteArray("HTTP/1.1 404 Not Found At All\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("an empty reason")
        << false << QByteArray("HTTP/1.1 599 \r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("HTTP/1.0 response") << false << QByteArray("HTTP/1.0 304 Not Modified\r\n\r\n");
}

// What the forwarder writes for a head it read (serializeRequest/serializeResponse) is the
// same bytes, when the head was written the canonical way to begin with.
void TestHttpFraming::aHeadIsWrittenAsItWasRead()
{
    QFETCH(bool, request);
    QFETCH(QByteArray, head);
    HttpRequestParser requestParser;
    HttpResponseParser responseParser;
    HttpMessageParser &parser = request ? static_cast<HttpMessageParser &>(requestParser)
                                        : static_cast<HttpMessageParser &>(responseParser);
    const HttpMessageParser::Step step = parser.parse(head);
    QCOMPARE(int(step.stop), int(HttpMessageParser::Stop::HeadComplete));
    QCOMPARE(request ? parser.head().serializeRequest() : parser.head().serializeResponse(), head);
}

void TestHttpFraming::anErrorSaysWhetherItsHeadWasHandedOut_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("slice");
    QTest::addColumn<int>("headsOut");
    QTest::addColumn<bool>("inHead");
    const QByteArray chunked =
        "POST /x HTTP/1.1\r\nHost: 127.0.0.1:8443\r\nTransfer-Encoding: chunked\r\n\r\n";
    QTest::newRow("two Content-Length fields in the head")
        << QByteArray("POST /x HTTP/1.1\r\nHost: 127.0.0.1:8443\r\nContent-Length: 3\r\n"
                      "Content-Length: 40\r\n\r\nabc")
        << 4096 << 0 << true;
    // The head was forwarded already: the session cannot answer it with a 400 of its own.
    // (Found by fuzzing: http-parser's duplicate Content-Length error in a trailer.)
    for (const int slice : {4096, 7}) {
        QTest::addRow("two Content-Length fields in the trailers, %d-byte reads", slice)
            << QByteArray(chunked + "0\r\nContent-Length: 3\r\nContent-Length: 40\r\n\r\n") << slice
            << 1 << false;
        QTest::addRow("a chunk size that is not hex, %d-byte reads", slice)
            << QByteArray(chunked + "zz\r\nhello\r\n0\r\n\r\n") << slice << 1 << false;
    }
}

void TestHttpFraming::anErrorSaysWhetherItsHeadWasHandedOut()
{
    QFETCH(QByteArray, input);
    QFETCH(int, slice);
    QFETCH(int, headsOut);
    QFETCH(bool, inHead);
    HttpRequestParser parser;
    const Parsed parsed = parseAll(parser, input, slice);
    QCOMPARE(parsed.heads.size(), headsOut);
    QCOMPARE(parsed.errorStatus, 400);
    QCOMPARE(parser.errorInHead(), inHead);
}

QTEST_GUILESS_MAIN(TestHttpFraming)
#include "tst_httpframing.moc"
