#include "HopByHopHeaders.h"

#include <QByteArrayView>

#include <initializer_list>

namespace {

// Case-insensitive, the length compared first: most fields of a request differ in length
// from every name, and each is checked twice per proxied request.
bool isOneOf(QByteArrayView name, std::initializer_list<QByteArrayView> names)
{
    for (const QByteArrayView candidate : names) {
        if (name.size() == candidate.size() && name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool HopByHopHeaders::isHopByHop(QByteArrayView name)
{
    return isOneOf(name, {"connection", "proxy-connection", "keep-alive", "te", "transfer-encoding",
                          "trailer", "upgrade", "proxy-authenticate", "proxy-authorization"});
}

bool HopByHopHeaders::isFraming(QByteArrayView name)
{
    return isOneOf(name, {"content-length", "transfer-encoding", "host"});
}

void HopByHopHeaders::strip(HttpMessageHead &head, bool upgrade)
{
    const QList<QByteArray> named = head.tokens("Connection"); // lower case
    const QByteArray upgradeValue = upgrade ? head.value("Upgrade") : QByteArray();
    // Compared in place, case-insensitively: a lower-case copy of every field name cost an
    // allocation per field, twice per proxied request.
    const auto namedByConnection = [&named](QByteArrayView name) {
        for (const QByteArray &token : named) {
            if (name.compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    head.removeFieldsIf([&](QByteArrayView name, QByteArrayView) {
        return isHopByHop(name) || (namedByConnection(name) && !isFraming(name));
    });
    if (upgrade && !upgradeValue.isEmpty()) {
        head.add("Connection", "Upgrade");
        head.add("Upgrade", upgradeValue);
    }
}
