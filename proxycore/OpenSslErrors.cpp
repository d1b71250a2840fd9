#include "OpenSslErrors.h"

#include <QStringList>

#include <openssl/err.h>

QString OpenSslErrors::take()
{
    QStringList messages;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        messages << QString::fromLatin1(text);
    }
    return messages.join(QStringLiteral("; "));
}
