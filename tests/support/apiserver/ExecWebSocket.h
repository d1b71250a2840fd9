#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

class QTcpSocket;

// The server side of `kubectl exec` over WebSocket (subprotocols v5.channel.k8s.io and
// v4.channel.k8s.io): RFC 6455 framing, every message prefixed by a channel byte (0 stdin,
// 1 stdout, 2 stderr, 3 error/status, 4 resize, 255 close a channel, v5 only).
// Commands: `cat` echoes stdin to stdout until stdin closes; `echo ARGS` prints ARGS;
// anything else fails with exit code 127.
class ExecWebSocket : public QObject
{
    Q_OBJECT

public:
    ExecWebSocket(QTcpSocket *socket, const QByteArray &protocol, const QStringList &command,
                  QObject *parent = nullptr);

    // Feeds bytes read from the socket after the 101 response.
    void feed(const QByteArray &bytes);
    // Runs the command once the 101 response has been written.
    void start();

    // The Sec-WebSocket-Accept value for a Sec-WebSocket-Key.
    static QByteArray acceptKey(const QByteArray &key);

private:
    void handleMessage(int opcode, const QByteArray &payload);
    void handleChannel(const QByteArray &message);
    void sendFrame(int opcode, const QByteArray &payload);
    void sendChannel(char channel, const QByteArray &data);
    void finish(bool success, const QString &message = QString(), int exitCode = 0);

    QTcpSocket *m_socket;
    QByteArray m_protocol;
    QStringList m_command;
    QByteArray m_input;
    QByteArray m_fragments;
    int m_fragmentOpcode = 0;
    bool m_finished = false;
};
