#pragma once

#include "kubeconfig/tailnet/TailscaleStatus.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads the document `tailscale status --json` prints. Pure: no process, no I/O.
class TailscaleStatusParser
{
    Q_DECLARE_TR_FUNCTIONS(TailscaleStatusParser)

public:
    // False with `error` set when the bytes are not a status document it understands.
    static bool parse(const QByteArray &json, TailscaleStatus *status, QString *error);

    // "name.tail1234.ts.net." -> "name.tail1234.ts.net"
    static QString stripTrailingDot(const QString &dnsName);
};
