#pragma once

#include <QString>

// OpenSSL's thread-local error queue as text, for messages that say why a call failed.
class OpenSslErrors
{
public:
    // Every queued error, oldest first, joined with "; ", and the queue emptied; empty when
    // nothing was queued (a failure without an OpenSSL reason, e.g. the peer closed).
    static QString take();
};
