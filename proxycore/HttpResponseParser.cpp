#include "HttpResponseParser.h"

HttpResponseParser::HttpResponseParser()
    : HttpMessageParser(false)
{}

bool HttpResponseParser::skipBody() const
{
    return m_requestMethod == "HEAD";
}
