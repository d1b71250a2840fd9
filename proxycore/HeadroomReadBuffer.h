#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

// Bytes read from a socket and not consumed yet, with room kept in front of them: the
// forwarder puts a rewritten response head right before the body bytes it read and sends
// both with one write, without moving the body (12.6 KB for a PodList) to make room.
// Consuming bytes moves an offset; the block is given back once everything is consumed, so
// an idle stream (a watch between events) holds no read-sized allocation.
class HeadroomReadBuffer
{
public:
    explicit HeadroomReadBuffer(qsizetype headroom = 1024)
        : m_headroom(headroom)
    {}

    qsizetype size() const { return m_bytes.size() - m_start; }
    bool isEmpty() const { return size() == 0; }
    const char *data() const { return m_bytes.constData() + m_start; }
    QByteArrayView view() const { return QByteArrayView(data(), size()); }

    // Appends at most `maxSize` bytes read from `device`; returns how many, or -1 when the
    // read failed.
    qint64 readFrom(QIODevice *device, qint64 maxSize);
    // Drops the first `bytes`.
    void consume(qsizetype bytes);
    void clear();
    // The first `bytes`, with `prefix` right before them: written into the room in front
    // when it fits (the room the consumed bytes left, or the headroom), else copied into a
    // buffer of the call's own. Valid until this buffer is next changed.
    QByteArrayView withPrefix(QByteArrayView prefix, qsizetype bytes);
    QByteArray toByteArray() const { return view().toByteArray(); }
    // Bytes allocated, the consumed ones in front included.
    qsizetype capacity() const { return m_bytes.capacity() + m_joined.capacity(); }

private:
    QByteArray m_bytes;
    QByteArray m_joined; // withPrefix() when the prefix does not fit in front
    qsizetype m_start = 0;
    qsizetype m_headroom;
};
