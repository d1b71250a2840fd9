#include "UpstreamRequestHead.h"

#include "proxycore/HopByHopHeaders.h"

bool UpstreamRequestHead::asksForUpgrade(const HttpMessageHead &head)
{
    return head.has("Upgrade") && head.tokens("Connection").contains("upgrade");
}

HttpMessageHead UpstreamRequestHead::rewrite(const HttpMessageHead &request, bool chunked,
                                             const QByteArray &upstreamAuthority)
{
    HttpMessageHead head = request;
    // The hop upstream is ours: it speaks our version, whatever the client spoke.
    head.versionMajor = 1;
    head.versionMinor = 1;
    HopByHopHeaders::strip(head, asksForUpgrade(request));
    if (chunked)
        head.add("Transfer-Encoding", "chunked");
    head.set("Host", upstreamAuthority);
    return head;
}
