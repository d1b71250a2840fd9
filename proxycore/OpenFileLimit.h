#pragma once

#include <QtGlobal>

// The process's limit on open files, which bounds how many connections the forwarder can
// hold (two descriptors per proxied stream). Linux starts programs with a soft limit of 1,024
// and a much higher hard limit; like Go's runtime, the forwarder raises the soft limit as far
// as it needs, never past the hard one. No-op where there is no such limit (Windows).
class OpenFileLimit
{
public:
    // The soft limit now, or -1 when the platform has none.
    static qint64 current();
    // Raises the soft limit to `wanted` (capped at the hard limit) if it is lower; returns
    // the soft limit afterwards (-1: no limit on this platform).
    static qint64 raiseTo(qint64 wanted);
};
