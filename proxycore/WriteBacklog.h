#pragma once

#include <QAbstractSocket>
#include <QSslSocket>

// How many bytes a socket still has to send, and a signal for "it sent some". QSslSocket
// encrypts a write at once and keeps the ciphertext in its TCP socket: its bytesToWrite()
// stays near 0 while megabytes wait, and its bytesWritten() fires before anything left.
// Back-pressure must look at encryptedBytesToWrite() and wait for encryptedBytesWritten().
class WriteBacklog
{
public:
    static qint64 pending(const QAbstractSocket *socket)
    {
        qint64 bytes = socket->bytesToWrite();
        if (const auto *tls = qobject_cast<const QSslSocket *>(socket))
            bytes += tls->encryptedBytesToWrite();
        return bytes;
    }

    // Calls `drained` whenever `socket` sent bytes to the network.
    template <class Functor>
    static void onSent(QAbstractSocket *socket, const QObject *context, Functor drained)
    {
        QObject::connect(socket, &QIODevice::bytesWritten, context, drained);
        if (auto *tls = qobject_cast<QSslSocket *>(socket))
            QObject::connect(tls, &QSslSocket::encryptedBytesWritten, context, drained);
    }
};
