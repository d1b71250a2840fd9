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
    const QList<QByteArray> named = head.tokens("Connection");
    const QByteArray upgradeValue = head.value("Upgrade");
    head.fields.removeIf([&named](const HttpMessageHead::Field &field) {
        const QByteArray lower = field.first.toLower();
        return isHopByHop(lower) || (named.contains(lower) && !isFraming(lower));
    });
    if (upgrade && !upgradeValue.isEmpty()) {
        head.add("Connection", "Upgrade");
        head.add("Upgrade", upgradeValue);
    }
}
