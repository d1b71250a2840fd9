#pragma once

#include <QObject>
#include <QPointer>

class QAbstractSocket;

// Copies bytes both ways between two connected sockets until either side closes, then
// flushes what is left to the other side and closes it too. A direction pauses while the
// receiving socket's write buffer is above `bufferBytes`, so a slow reader slows the writer
// instead of filling memory. Used for passthrough mode and after a 101 Switching Protocols.
class ByteTunnel : public QObject
{
    Q_OBJECT

public:
    // The sockets stay owned by their parents; the tunnel only moves bytes.
    ByteTunnel(QAbstractSocket *a, QAbstractSocket *b, qsizetype bufferBytes,
               QObject *parent = nullptr);

    // Bytes that arrived before the tunnel began (already read from `a`/`b`).
    void start(const QByteArray &pendingFromA = QByteArray(),
               const QByteArray &pendingFromB = QByteArray());

    qint64 bytesAtoB() const { return m_aToB; }
    qint64 bytesBtoA() const { return m_bToA; }

signals:
    void finished();

private:
    void pump(QAbstractSocket *from, QAbstractSocket *to, qint64 *counter);
    void onClosed(QAbstractSocket *closed);
    void checkFinished();

    QPointer<QAbstractSocket> m_a;
    QPointer<QAbstractSocket> m_b;
    qsizetype m_bufferBytes;
    qint64 m_aToB = 0;
    qint64 m_bToA = 0;
    bool m_closing = false;
    bool m_finished = false;
};
