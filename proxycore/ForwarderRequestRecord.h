#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One request the forwarder handled, as the request log shows it: never a credential (the
// path has secret-looking query values replaced, see LogRedactor).
struct ForwarderRequestRecord
{
    QDateTime started;   // UTC: local time would cost a time zone lookup per request
    QString method;      // "GET"; "TCP" for a passthrough connection
    QString path;        // redacted target; the upstream host:port for a passthrough connection
    int status = 0;      // HTTP status sent to the client; 0 when none was (client went away)
    qint64 bytesIn = 0;  // from the client
    qint64 bytesOut = 0; // to the client
    qint64 durationMs = 0;
    bool answeredLocally = false; // /healthz or an error the forwarder made itself
    QString note;                 // why it failed, when it did

    // "GET /api/v1/pods 200 312 B in, 4.1 KiB out, 35 ms"
    QString summary() const;
};

Q_DECLARE_METATYPE(ForwarderRequestRecord)
