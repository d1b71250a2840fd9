#pragma once

#include "proxycore/HttpMessageHead.h"

// The head a request goes upstream with: the client's fields but the hop-by-hop ones, our
// HTTP version, Host set to the upstream's authority, Transfer-Encoding: chunked again when
// the body is chunked, and "Connection: Upgrade" when the client asked for one.
class UpstreamRequestHead
{
public:
    static bool asksForUpgrade(const HttpMessageHead &head);
    static HttpMessageHead rewrite(const HttpMessageHead &request, bool chunked,
                                   const QByteArray &upstreamAuthority);
};
