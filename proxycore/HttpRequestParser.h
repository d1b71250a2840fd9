#pragma once

#include "proxycore/HttpMessageParser.h"

// Requests from kubectl: a framing error is a 400, a head over the limit a 431.
class HttpRequestParser : public HttpMessageParser
{
public:
    HttpRequestParser();

protected:
    int framingErrorStatus() const override { return 400; }
};
