#pragma once

#include <QByteArray>
#include <QString>

// Errors the forwarder answers itself are Kubernetes `Status` objects, so kubectl prints
// their message as it prints the API server's own errors.
class KubernetesStatus
{
public:
    // The Status `reason` for an HTTP code (BadRequest, Forbidden, ServiceUnavailable, ...).
    static QString reasonFor(int httpCode);

    // {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
    //  "message":...,"reason":...,"code":...}
    static QByteArray body(int httpCode, const QString &message,
                           const QString &reason = QString());

    // A complete HTTP/1.1 response carrying body(); `close` adds Connection: close.
    static QByteArray httpResponse(int httpCode, const QString &message, bool close,
                                   const QString &reason = QString());
};
