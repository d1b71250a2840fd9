#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// The start line and header fields of one HTTP/1.1 request or response, as the parser saw
// them: field names keep their case and order, so what goes upstream is what came in.
struct HttpMessageHead
{
    using Field = QPair<QByteArray, QByteArray>;

    QByteArray method;       // requests
    QByteArray target;       // requests: origin-form "/api/v1/pods?watch=1"
    int statusCode = 0;      // responses
    QByteArray reasonPhrase; // responses
    int versionMajor = 1;
    int versionMinor = 1;
    QList<Field> fields;

    // Case-insensitive field access; value() joins repeated fields with ", ".
    bool has(const QByteArray &name) const;
    QByteArray value(const QByteArray &name) const;
    QList<QByteArray> values(const QByteArray &name) const;
    void add(const QByteArray &name, const QByteArray &value) { fields.append(Field(name, value)); }
    void remove(const QByteArray &name);
    // Replaces every field called `name` by one, at the place of the first.
    void set(const QByteArray &name, const QByteArray &value);

    // Comma-separated tokens of every field called `name`, lower-cased ("Connection").
    QList<QByteArray> tokens(const QByteArray &name) const;

    QByteArray serializeRequest() const;
    QByteArray serializeResponse() const;
    int byteSize() const;

private:
    void appendFields(QByteArray &out) const;
    static void appendNumber(QByteArray &out, int number);
};
