#include "KubernetesStatus.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray reasonPhrase(int httpCode)
{
    switch (httpCode) {
    case 400: return QByteArrayLiteral("Bad Request");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 421: return QByteArrayLiteral("Misdirected Request");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Error");
    }
}

} // namespace

QString KubernetesStatus::reasonFor(int httpCode)
{
    // The names of k8s.io/apimachinery's StatusReason values where one fits.
    switch (httpCode) {
    case 400: return QStringLiteral("BadRequest");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("NotFound");
    case 405: return QStringLiteral("MethodNotAllowed");
    case 408: return QStringLiteral("Timeout");
    case 413: return QStringLiteral("RequestEntityTooLarge");
    case 429: return QStringLiteral("TooManyRequests");
    case 500: return QStringLiteral("InternalError");
    case 503: return QStringLiteral("ServiceUnavailable");
    case 504: return QStringLiteral("Timeout");
    default: return QString::fromLatin1(reasonPhrase(httpCode)).remove(QLatin1Char(' '));
    }
}

QByteArray KubernetesStatus::body(int httpCode, const QString &message, const QString &reason)
{
    const QJsonObject status{
        {QStringLiteral("kind"), QStringLiteral("Status")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("status"), QStringLiteral("Failure")},
        {QStringLiteral("message"), message},
        {QStringLiteral("reason"), reason.isEmpty() ? reasonFor(httpCode) : reason},
        {QStringLiteral("code"), httpCode},
    };
    return QJsonDocument(status).toJson(QJsonDocument::Compact);
}

QByteArray KubernetesStatus::httpResponse(int httpCode, const QString &message, bool close,
                                          const QString &reason)
{
    const QByteArray payload = body(httpCode, message, reason);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(httpCode) + ' '
        + reasonPhrase(httpCode) + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(payload.size()) + "\r\nCache-Control: no-cache, private\r\n";
    if (close)
        response += "Connection: close\r\n";
    response += "\r\n" + payload;
    return response;
}
