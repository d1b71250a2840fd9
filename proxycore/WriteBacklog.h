#pragma once

#include <QAbstractSocket>

// How many bytes a socket still has to send, and a signal for "it sent some": what
// back-pressure looks at. For a TlsSocket, bytesToWrite() is the ciphertext still queued for
// the kernel and bytesWritten() fires as it leaves (a QSslSocket, by contrast, encrypts at
// once and reports 0 while megabytes wait, which is why the forwarder does not use it).
class WriteBacklog
{
public:
    static qint64 pending(const QAbstractSocket *socket) { return socket->bytesToWrite(); }

    // Calls `drained` whenever `socket` sent bytes to the network.
    template <class Functor>
    static void onSent(QAbstractSocket *socket, const QObject *context, Functor drained)
    {
        QObject::connect(socket, &QIODevice::bytesWritten, context, drained);
    }
};
