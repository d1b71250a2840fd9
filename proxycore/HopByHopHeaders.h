#pragma once

#include "proxycore/HttpMessageHead.h"

// RFC 9110 §7.6.1: fields meant for one connection only. A proxy removes them, and every
// field that the Connection field names, before forwarding a message. Everything else
// (Authorization, Impersonate-*, Sec-WebSocket-*, X-Stream-Protocol-Version) passes unchanged.
// Framing fields (Content-Length, Transfer-Encoding, Host) are never removed because
// Connection names them: a message must keep its length across the hop.
class HopByHopHeaders
{
public:
    static bool isHopByHop(QByteArrayView name);
    static bool isFraming(QByteArrayView name);

    // Removes the hop-by-hop fields. With `upgrade`, the message asks for (or answers) a
    // protocol switch: its Upgrade field is kept and "Connection: Upgrade" is set.
    static void strip(HttpMessageHead &head, bool upgrade = false);
};
