#pragma once

#include <QByteArray>
#include <QString>

// What the forwarder may log or show about a request: never a credential. Query parameters
// named like a secret (token, access_token, password, ...) lose their value; Authorization
// and similar header values are replaced.
class LogRedactor
{
public:
    static QString redactTarget(const QByteArray &target);
    static bool isSecretParameter(const QByteArray &name);
    static bool isSecretHeader(const QByteArray &name);
    // "Bearer REDACTED" for "Bearer abc"; "REDACTED" otherwise.
    static QByteArray redactHeaderValue(const QByteArray &name, const QByteArray &value);
};
