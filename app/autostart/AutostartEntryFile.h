#pragma once

#include "kubeconfig/Result.h"

#include <QCoreApplication>

// A login entry kept as one file (an XDG .desktop entry, a launchd plist): written
// atomically into a folder created on demand, removed idempotently.
class AutostartEntryFile
{
    Q_DECLARE_TR_FUNCTIONS(AutostartEntryFile)

public:
    // `writeFailed` is the backend's message with %1 = path and %2 = the reason.
    static Status write(const QString &path, const QByteArray &content, const QString &writeFailed);
    // Succeeds when there is nothing to remove; `removeFailed` as for write().
    static Status remove(const QString &path, const QString &removeFailed);
};
