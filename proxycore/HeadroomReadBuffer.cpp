#include "HeadroomReadBuffer.h"

#include <QIODevice>

#include <cstring>

qint64 HeadroomReadBuffer::readFrom(QIODevice *device, qint64 maxSize)
{
    if (maxSize <= 0)
        return 0;
    qsizetype end = m_headroom;
    if (isEmpty()) {
        m_bytes = QByteArray();
        m_start = m_headroom;
    } else if (m_start > 2 * m_headroom) {
        // Bytes kept back across many reads (a chunk's start): no endless growth behind them.
        const qsizetype kept = size();
        std::memmove(m_bytes.data() + m_headroom, data(), size_t(kept));
        m_start = m_headroom;
        end = m_headroom + kept;
    } else {
        end = m_bytes.size();
    }
    m_bytes.resize(end + maxSize);
    const qint64 got = device->read(m_bytes.data() + end, maxSize);
    m_bytes.resize(end + qMax<qint64>(got, 0));
    if (isEmpty())
        clear();
    return got;
}

void HeadroomReadBuffer::consume(qsizetype bytes)
{
    m_start += qMin(bytes, size());
    if (isEmpty())
        clear();
}

void HeadroomReadBuffer::clear()
{
    m_bytes = QByteArray();
    m_joined = QByteArray();
    m_start = 0;
}

QByteArrayView HeadroomReadBuffer::withPrefix(QByteArrayView prefix, qsizetype bytes)
{
    bytes = qMin(bytes, size());
    if (prefix.isEmpty())
        return QByteArrayView(data(), bytes);
    if (prefix.size() <= m_start) {
        char *front = m_bytes.data() + m_start - prefix.size();
        std::memcpy(front, prefix.data(), size_t(prefix.size()));
        return QByteArrayView(front, prefix.size() + bytes);
    }
    m_joined.clear();
    m_joined.reserve(prefix.size() + bytes);
    m_joined.append(prefix);
    m_joined.append(data(), bytes);
    return m_joined;
}
