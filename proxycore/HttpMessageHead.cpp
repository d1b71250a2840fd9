#include "HttpMessageHead.h"

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

QByteArray HttpMessageHead::serializeFields() const
{
    QByteArray out;
    for (const Field &field : fields)
        out += field.first + ": " + field.second + "\r\n";
    out += "\r\n";
    return out;
}

QByteArray HttpMessageHead::serializeRequest() const
{
    return method + ' ' + target + " HTTP/" + QByteArray::number(versionMajor) + '.' +
           QByteArray::number(versionMinor) + "\r\n" + serializeFields();
}

QByteArray HttpMessageHead::serializeResponse() const
{
    return "HTTP/" + QByteArray::number(versionMajor) + '.' + QByteArray::number(versionMinor) +
           ' ' + QByteArray::number(statusCode) + ' ' + reasonPhrase + "\r\n" + serializeFields();
}

int HttpMessageHead::byteSize() const
{
    int size = int(method.size() + target.size() + reasonPhrase.size()) + 16;
    for (const Field &field : fields)
        size += int(field.first.size() + field.second.size()) + 4;
    return size;
}
