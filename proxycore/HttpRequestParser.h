#pragma once

#include "proxycore/HttpMessageParser.h"

// Requests from kubectl: a framing error is a 400, a head over the limit a 431. A head whose
// framing the forwarder cannot pass on unambiguously is refused before anything is sent:
// a Transfer-Encoding other than exactly "chunked" (a coding ending in chunked is a 501, as
// Go and nginx answer; anything else a 400), two Transfer-Encoding fields, Transfer-Encoding
// on HTTP/1.0, and a Connection field naming Content-Length, Transfer-Encoding or Host.
class HttpRequestParser : public HttpMessageParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestParser)

public:
    HttpRequestParser();

protected:
    int framingErrorStatus() const override { return 400; }
    int checkHead(const HttpMessageHead &head, QString *error) const override;
};
