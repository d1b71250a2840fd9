#include "HttpRequestParser.h"

HttpRequestParser::HttpRequestParser()
    : HttpMessageParser(true)
{}
