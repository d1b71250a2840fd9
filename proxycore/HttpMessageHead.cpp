#include "HttpMessageHead.h"

#include <charconv>

bool HttpMessageHead::has(const QByteArray &name) const
{
    for (const Field &field : fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray HttpMessageHead::value(const QByteArray &name) const
{
    return values(name).join(", ");
}

QList<QByteArray> HttpMessageHead::values(const QByteArray &name) const
{
    QList<QByteArray> result;
    for (const Field &field : fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            result.append(field.second);
    }
    return result;
}

void HttpMessageHead::remove(const QByteArray &name)
{
    fields.removeIf([&name](const Field &field) {
        return field.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

void HttpMessageHead::set(const QByteArray &name, const QByteArray &value)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).first.compare(name, Qt::CaseInsensitive) == 0) {
            at = i;
            break;
        }
    }
    remove(name);
    if (at < 0 || at > fields.size())
        fields.append(Field(name, value));
    else
        fields.insert(at, Field(name, value));
}

QList<QByteArray> HttpMessageHead::tokens(const QByteArray &name) const
{
    QList<QByteArray> result;
    for (const QByteArray &value : values(name)) {
        for (const QByteArray &token : value.split(',')) {
            const QByteArray trimmed = token.trimmed().toLower();
            if (!trimmed.isEmpty())
                result.append(trimmed);
        }
    }
    return result;
}

void HttpMessageHead::appendFields(QByteArray &out) const
{
    for (const Field &field : fields) {
        out += field.first;
        out += ": ";
        out += field.second;
        out += "\r\n";
    }
    out += "\r\n";
}

// Written into one buffer of the head's size: a temporary per field and per number cost an
// allocation each, twice per proxied request.
QByteArray HttpMessageHead::serializeRequest() const
{
    QByteArray out;
    out.reserve(byteSize() + 32);
    out += method;
    out += ' ';
    out += target;
    out += " HTTP/";
    appendNumber(out, versionMajor);
    out += '.';
    appendNumber(out, versionMinor);
    out += "\r\n";
    appendFields(out);
    return out;
}

QByteArray HttpMessageHead::serializeResponse() const
{
    QByteArray out;
    out.reserve(byteSize() + 32);
    out += "HTTP/";
    appendNumber(out, versionMajor);
    out += '.';
    appendNumber(out, versionMinor);
    out += ' ';
    appendNumber(out, statusCode);
    out += ' ';
    out += reasonPhrase;
    out += "\r\n";
    appendFields(out);
    return out;
}

void HttpMessageHead::appendNumber(QByteArray &out, int number)
{
    char digits[16];
    const std::to_chars_result written = std::to_chars(digits, digits + sizeof digits, number);
    out.append(digits, written.ptr - digits);
}

int HttpMessageHead::byteSize() const
{
    int size = int(method.size() + target.size() + reasonPhrase.size()) + 16;
    for (const Field &field : fields)
        size += int(field.first.size() + field.second.size()) + 4;
    return size;
}
