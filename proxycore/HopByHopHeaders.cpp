#include "HopByHopHeaders.h"

bool HopByHopHeaders::isHopByHop(const QByteArray &name)
{
    static const char *const names[] = {
        "connection", "proxy-connection",   "keep-alive",
        "te",         "transfer-encoding",  "trailer",
        "upgrade",    "proxy-authenticate", "proxy-authorization",
    };
    for (const char *hop : names) {
        if (name.compare(hop, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HopByHopHeaders::isFraming(const QByteArray &name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0 ||
           name.compare("transfer-encoding", Qt::CaseInsensitive) == 0 ||
           name.compare("host", Qt::CaseInsensitive) == 0;
}

void HopByHopHeaders::strip(HttpMessageHead &head, bool upgrade)
{
    const QList<QByteArray> named = head.tokens("Connection"); // lower case
    const QByteArray upgradeValue = upgrade ? head.value("Upgrade") : QByteArray();
    // Compared in place, case-insensitively: a lower-case copy of every field name cost an
    // allocation per field, twice per proxied request.
    const auto namedByConnection = [&named](const QByteArray &name) {
        for (const QByteArray &token : named) {
            if (name.compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    head.fields.removeIf([&](const HttpMessageHead::Field &field) {
        return isHopByHop(field.first) ||
               (namedByConnection(field.first) && !isFraming(field.first));
    });
    if (upgrade && !upgradeValue.isEmpty()) {
        head.add("Connection", "Upgrade");
        head.add("Upgrade", upgradeValue);
    }
}
