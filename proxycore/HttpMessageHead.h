#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QVarLengthArray>

// The start line and header fields of one HTTP/1.1 request or response, as the parser saw
// them: field names keep their case and order, so what goes upstream is what came in.
//
// The fields' bytes live in one buffer, each field a span of it: reading a head costs one
// allocation, not two per field, and removing a field moves no bytes. fieldName() and
// fieldValue() (and values()) are views into the head, valid until it is changed.
class HttpMessageHead
{
public:
    using Field = QPair<QByteArray, QByteArray>;

    QByteArray method;       // requests
    QByteArray target;       // requests: origin-form "/api/v1/pods?watch=1"
    int statusCode = 0;      // responses
    QByteArray reasonPhrase; // responses
    int versionMajor = 1;
    int versionMinor = 1;

    qsizetype fieldCount() const { return m_spans.size(); }
    QByteArrayView fieldName(qsizetype i) const;
    QByteArrayView fieldValue(qsizetype i) const;
    // Copies, for tests and messages.
    QList<Field> fields() const;
    void setFields(const QList<Field> &fields);

    // Case-insensitive field access; value() joins repeated fields with ", ".
    bool has(QByteArrayView name) const;
    qsizetype count(QByteArrayView name) const;
    QByteArray value(QByteArrayView name) const;
    QList<QByteArrayView> values(QByteArrayView name) const;
    void add(QByteArrayView name, QByteArrayView value);
    void remove(QByteArrayView name);
    // Replaces every field called `name` by one, at the place of the first.
    void set(QByteArrayView name, QByteArrayView value);
    // Removes the fields for which `drop(name, value)` is true.
    template <typename Predicate> void removeFieldsIf(Predicate drop)
    {
        qsizetype kept = 0;
        for (qsizetype i = 0; i < m_spans.size(); ++i) {
            if (!drop(fieldName(i), fieldValue(i)))
                m_spans[kept++] = m_spans.at(i);
        }
        m_spans.resize(kept);
    }

    // Comma-separated tokens of every field called `name`, lower-cased ("Connection").
    QList<QByteArray> tokens(QByteArrayView name) const;

    QByteArray serializeRequest() const;
    QByteArray serializeResponse() const;
    // At least the serialized size.
    int byteSize() const;

    // For the parser: a field arrives as pieces of its name, then pieces of its value.
    void clear();
    // Room for `bytes` of names and values, so a head is read into one allocation of about
    // its size (a watch keeps its heads for as long as it runs).
    void reserve(qsizetype bytes) { m_bytes.reserve(bytes); }
    void beginField(QByteArrayView namePiece);
    void appendToName(QByteArrayView piece);
    void appendToValue(QByteArrayView piece);
    // Drops the whitespace around each value (RFC 9112 §5: it is not part of the value).
    void trimValues();

private:
    struct Span
    {
        int nameAt = 0;
        int nameSize = 0;
        int valueAt = 0;
        int valueSize = 0;
    };

    // The first field called `name`, or -1.
    qsizetype indexOf(QByteArrayView name) const;
    Span spanFor(QByteArrayView name, QByteArrayView value);
    char *putFields(char *out) const;

    QByteArray m_bytes;
    QVarLengthArray<Span, 16> m_spans;
};
