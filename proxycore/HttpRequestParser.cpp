#include "HttpRequestParser.h"

namespace {

bool namesFramingField(const HttpMessageHead &head)
{
    const QList<QByteArray> named = head.tokens("Connection");
    return named.contains("content-length") || named.contains("transfer-encoding") ||
           named.contains("host");
}

} // namespace

HttpRequestParser::HttpRequestParser()
    : HttpMessageParser(true)
{}

int HttpRequestParser::checkHead(const HttpMessageHead &head, QString *error) const
{
    // HTTP/1.x only (kubectl speaks 1.1): another version's framing and upgrade rules are not
    // what http-parser applies, and it read such a head differently depending on how the
    // bytes arrived (found by fuzzing).
    if (head.versionMajor != 1 || head.versionMinor > 1) {
        *error = tr("the local forwarder speaks HTTP/1.1 (and 1.0) only");
        return 505;
    }
    // A message's framing must survive the hop: a field that Connection names is removed
    // before forwarding, and without its length the body would become the next request.
    if (namesFramingField(head)) {
        *error = tr("malformed HTTP message: the Connection field names a framing field "
                    "(Content-Length, Transfer-Encoding or Host)");
        return 400;
    }
    const qsizetype fields = head.count("Transfer-Encoding");
    if (fields == 0)
        return 0;
    if (head.versionMajor == 1 && head.versionMinor == 0) {
        *error = tr("malformed HTTP message: an HTTP/1.0 request cannot carry Transfer-Encoding");
        return 400;
    }
    if (fields > 1) {
        *error = tr("malformed HTTP message: more than one Transfer-Encoding field");
        return 400;
    }
    const QList<QByteArray> codings = head.tokens("Transfer-Encoding");
    if (codings == QList<QByteArray>{"chunked"} && isChunked())
        return 0;
    if (codings.size() > 1 && codings.last() == "chunked" && codings.count("chunked") == 1 &&
        isChunked()) {
        *error = tr("the request's Transfer-Encoding is not supported: the local forwarder "
                    "takes only \"chunked\"");
        return 501;
    }
    *error = tr("malformed HTTP message: the request's Transfer-Encoding is not exactly "
                "\"chunked\", so its length cannot be known");
    return 400;
}
