#pragma once

#include <QByteArray>
#include <QString>

// What the forwarder may log or show about a request: never a credential. A query parameter
// keeps its value only when it is one of Kubernetes' own (watch, labelSelector, limit, ...):
// every other value, a fragment and userinfo in an absolute-form target are replaced.
// Authorization and similar header values are replaced.
class LogRedactor
{
public:
    static QString redactTarget(const QByteArray &target);
    static bool isSafeParameter(const QByteArray &name);
    static bool isSecretHeader(const QByteArray &name);
    // "Bearer REDACTED" for "Bearer abc"; "REDACTED" otherwise.
    static QByteArray redactHeaderValue(const QByteArray &name, const QByteArray &value);

private:
    static QByteArray redactUserinfo(const QByteArray &path);
};
