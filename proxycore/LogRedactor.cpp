#include "LogRedactor.h"

#include <QList>

namespace {
const QByteArray redacted = QByteArrayLiteral("REDACTED");
}

bool LogRedactor::isSecretParameter(const QByteArray &name)
{
    const QByteArray lower = QByteArray::fromPercentEncoding(name).toLower();
    for (const char *word : {"token", "password", "passwd", "secret", "signature", "credential",
                             "auth", "apikey", "api_key", "api-key", "session", "code"}) {
        if (lower.contains(word))
            return true;
    }
    return lower == "key" || lower == "sig";
}

bool LogRedactor::isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" ||
           lower == "set-cookie" || lower.contains("token") || lower.contains("secret") ||
           lower == "x-api-key";
}

QByteArray LogRedactor::redactHeaderValue(const QByteArray &name, const QByteArray &value)
{
    if (!isSecretHeader(name))
        return value;
    const qsizetype space = value.indexOf(' ');
    if (space > 0 && name.compare("authorization", Qt::CaseInsensitive) == 0)
        return value.left(space) + ' ' + redacted;
    return redacted;
}

QString LogRedactor::redactTarget(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return QString::fromUtf8(target);
    QByteArray out = target.left(question + 1);
    const QList<QByteArray> pairs = target.mid(question + 1).split('&');
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QByteArray &pair = pairs.at(i);
        if (i > 0)
            out += '&';
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        if (equals >= 0 && isSecretParameter(name))
            out += name + '=' + redacted;
        else
            out += pair;
    }
    return QString::fromUtf8(out);
}
