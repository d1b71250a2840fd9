#pragma once

#include "kubeconfig/Result.h"
#include "kubeconfig/tailnet/TailscaleStatus.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads the document `tailscale status --json` prints. Pure: no process, no I/O.
class TailscaleStatusParser
{
    Q_DECLARE_TR_FUNCTIONS(TailscaleStatusParser)

public:
    // Fails when the bytes are not a status document it understands.
    static Result<TailscaleStatus> parse(const QByteArray &json);

    // "name.tail1234.ts.net." -> "name.tail1234.ts.net"
    static QString stripTrailingDot(const QString &dnsName);
};
