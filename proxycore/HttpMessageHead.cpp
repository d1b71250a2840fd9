#include "HttpMessageHead.h"

#include <charconv>
#include <cstring>

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// QByteArray::append() goes through insert(), about a hundred instructions a call; the
// heads are built of many short pieces, twice per proxied request.
char *grow(QByteArray &bytes, qsizetype by)
{
    const qsizetype at = bytes.size();
    bytes.resize(at + by);
    return bytes.data() + at;
}

char *put(char *out, QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        std::memcpy(out, bytes.data(), size_t(bytes.size()));
    return out + bytes.size();
}

char *putNumber(char *out, int number)
{
    return std::to_chars(out, out + 12, number).ptr;
}

// What QByteArray::trimmed() drops: the values were trimmed that way before, and a value
// must read the same whatever the head's representation.
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

} // namespace

QByteArrayView HttpMessageHead::fieldName(qsizetype i) const
{
    const Span &span = m_spans.at(i);
    return QByteArrayView(m_bytes.constData() + span.nameAt, span.nameSize);
}

QByteArrayView HttpMessageHead::fieldValue(qsizetype i) const
{
    const Span &span = m_spans.at(i);
    return QByteArrayView(m_bytes.constData() + span.valueAt, span.valueSize);
}

QList<HttpMessageHead::Field> HttpMessageHead::fields() const
{
    QList<Field> result;
    result.reserve(m_spans.size());
    for (qsizetype i = 0; i < m_spans.size(); ++i)
        result.append(Field(fieldName(i).toByteArray(), fieldValue(i).toByteArray()));
    return result;
}

void HttpMessageHead::setFields(const QList<Field> &fields)
{
    m_bytes.clear();
    m_spans.clear();
    for (const Field &field : fields)
        add(field.first, field.second);
}

qsizetype HttpMessageHead::indexOf(QByteArrayView name) const
{
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        if (sameName(fieldName(i), name))
            return i;
    }
    return -1;
}

bool HttpMessageHead::has(QByteArrayView name) const
{
    return indexOf(name) >= 0;
}

qsizetype HttpMessageHead::count(QByteArrayView name) const
{
    qsizetype result = 0;
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        if (sameName(fieldName(i), name))
            ++result;
    }
    return result;
}

QByteArray HttpMessageHead::value(QByteArrayView name) const
{
    QByteArray result;
    bool first = true;
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        if (!sameName(fieldName(i), name))
            continue;
        if (!first)
            result += ", ";
        result += fieldValue(i);
        first = false;
    }
    return result;
}

QList<QByteArrayView> HttpMessageHead::values(QByteArrayView name) const
{
    QList<QByteArrayView> result;
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        if (sameName(fieldName(i), name))
            result.append(fieldValue(i));
    }
    return result;
}

HttpMessageHead::Span HttpMessageHead::spanFor(QByteArrayView name, QByteArrayView value)
{
    // A view into this head's own bytes (a value copied from another field) would dangle
    // once appending moves them.
    const auto ownBytes = [this](QByteArrayView view) {
        return !view.isEmpty() && view.data() >= m_bytes.constData() &&
               view.data() < m_bytes.constData() + m_bytes.size();
    };
    if (ownBytes(name) || ownBytes(value)) {
        const QByteArray copiedName = name.toByteArray();
        const QByteArray copiedValue = value.toByteArray();
        return spanFor(copiedName, copiedValue);
    }
    Span span;
    span.nameAt = int(m_bytes.size());
    span.nameSize = int(name.size());
    span.valueAt = span.nameAt + span.nameSize;
    span.valueSize = int(value.size());
    put(put(grow(m_bytes, name.size() + value.size()), name), value);
    return span;
}

void HttpMessageHead::add(QByteArrayView name, QByteArrayView value)
{
    m_spans.append(spanFor(name, value));
}

void HttpMessageHead::remove(QByteArrayView name)
{
    removeFieldsIf([name](QByteArrayView field, QByteArrayView) { return sameName(field, name); });
}

void HttpMessageHead::set(QByteArrayView name, QByteArrayView value)
{
    const qsizetype at = indexOf(name);
    const Span span = spanFor(name, value);
    remove(QByteArrayView(m_bytes.constData() + span.nameAt, span.nameSize));
    if (at < 0 || at > m_spans.size())
        m_spans.append(span);
    else
        m_spans.insert(at, span);
}

QList<QByteArray> HttpMessageHead::tokens(QByteArrayView name) const
{
    QList<QByteArray> result;
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        if (!sameName(fieldName(i), name))
            continue;
        const QByteArrayView value = fieldValue(i);
        qsizetype start = 0;
        while (start <= value.size()) {
            qsizetype end = value.indexOf(',', start);
            if (end < 0)
                end = value.size();
            const QByteArrayView token = value.sliced(start, end - start).trimmed();
            if (!token.isEmpty())
                result.append(token.toByteArray().toLower());
            start = end + 1;
        }
    }
    return result;
}

void HttpMessageHead::clear()
{
    method.clear();
    target.clear();
    statusCode = 0;
    reasonPhrase.clear();
    versionMajor = 1;
    versionMinor = 1;
    m_spans.clear();
    // Keeps the buffer's room for the next message, unless a copy of this head shares it.
    if (m_bytes.isDetached())
        m_bytes.resize(0);
    else
        m_bytes = QByteArray();
}

void HttpMessageHead::beginField(QByteArrayView namePiece)
{
    add(namePiece, QByteArrayView());
}

void HttpMessageHead::appendToName(QByteArrayView piece)
{
    // Only ever right after the name's previous piece: the name ends the buffer.
    put(grow(m_bytes, piece.size()), piece);
    Span &span = m_spans.last();
    span.nameSize += int(piece.size());
    span.valueAt += int(piece.size());
}

void HttpMessageHead::appendToValue(QByteArrayView piece)
{
    // Only ever right after the field's name or its value's previous piece.
    put(grow(m_bytes, piece.size()), piece);
    m_spans.last().valueSize += int(piece.size());
}

void HttpMessageHead::trimValues()
{
    for (Span &span : m_spans) {
        const char *value = m_bytes.constData() + span.valueAt;
        while (span.valueSize > 0 && isSpace(value[0])) {
            ++value;
            ++span.valueAt;
            --span.valueSize;
        }
        while (span.valueSize > 0 && isSpace(value[span.valueSize - 1]))
            --span.valueSize;
    }
}

char *HttpMessageHead::putFields(char *out) const
{
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        out = put(out, fieldName(i));
        out = put(out, ": ");
        out = put(out, fieldValue(i));
        out = put(out, "\r\n");
    }
    return put(out, "\r\n");
}

// Written into one buffer of at least the head's size (byteSize() allows for the longest
// numbers), then cut to what was written: one allocation per head.
QByteArray HttpMessageHead::serializeRequest() const
{
    QByteArray out(byteSize(), Qt::Uninitialized);
    char *end = put(out.data(), method);
    end = put(end, " ");
    end = put(end, target);
    end = put(end, " HTTP/");
    end = putNumber(end, versionMajor);
    end = put(end, ".");
    end = putNumber(end, versionMinor);
    end = put(end, "\r\n");
    end = putFields(end);
    out.truncate(end - out.constData());
    return out;
}

QByteArray HttpMessageHead::serializeResponse() const
{
    QByteArray out(byteSize(), Qt::Uninitialized);
    char *end = put(out.data(), "HTTP/");
    end = putNumber(end, versionMajor);
    end = put(end, ".");
    end = putNumber(end, versionMinor);
    end = put(end, " ");
    end = putNumber(end, statusCode);
    end = put(end, " ");
    end = put(end, reasonPhrase);
    end = put(end, "\r\n");
    end = putFields(end);
    out.truncate(end - out.constData());
    return out;
}

int HttpMessageHead::byteSize() const
{
    // Start line: "HTTP/", three numbers of up to 11 characters each, separators, CRLF.
    int size = int(method.size() + target.size() + reasonPhrase.size()) + 5 + 3 * 11 + 8;
    for (const Span &span : m_spans)
        size += span.nameSize + span.valueSize + 4;
    return size + 2;
}
