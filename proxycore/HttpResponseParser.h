#pragma once

#include "proxycore/HttpMessageParser.h"

// Responses from the upstream: a framing error is a 502. A response to HEAD has no body
// whatever its Content-Length says, so the parser must know the request's method.
class HttpResponseParser : public HttpMessageParser
{
public:
    HttpResponseParser();

    void setRequestMethod(const QByteArray &method) { m_requestMethod = method; }

protected:
    bool skipBody() const override;
    int framingErrorStatus() const override { return 502; }

private:
    QByteArray m_requestMethod;
};
