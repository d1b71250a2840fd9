#pragma once

#include <QByteArray>
#include <QtGlobal>

// The bytes of the test API server's large responses: position i always holds the same
// byte, and no short period repeats, so a dropped, doubled or reordered chunk changes the
// SHA-256. Tests compute the expected digest with the same function.
namespace DeterministicBytes {

inline quint64 splitMix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// `length` bytes starting at stream position `offset`.
inline QByteArray generate(qint64 offset, qint64 length)
{
    QByteArray out(length, Qt::Uninitialized);
    char *data = out.data();
    quint64 block = quint64(offset) / 8;
    quint64 word = splitMix64(block);
    for (qint64 i = 0; i < length; ++i) {
        const quint64 position = quint64(offset + i);
        if (position / 8 != block) {
            block = position / 8;
            word = splitMix64(block);
        }
        data[i] = char((word >> (8 * (position % 8))) & 0xff);
    }
    return out;
}

} // namespace DeterministicBytes
