#include "ExecWebSocket.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace {

enum Opcode { Continuation = 0, Text = 1, Binary = 2, Close = 8, Ping = 9, Pong = 10 };
enum Channel : char { Stdin = 0, Stdout = 1, Stderr = 2, Error = 3, Resize = 4 };
constexpr unsigned char CloseChannel = 255;

} // namespace

ExecWebSocket::ExecWebSocket(QTcpSocket *socket, const QByteArray &protocol,
                             const QStringList &command, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_protocol(protocol)
    , m_command(command)
{}

QByteArray ExecWebSocket::acceptKey(const QByteArray &key)
{
    return QCryptographicHash::hash(
               QByteArray(key.trimmed() + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
               QCryptographicHash::Sha1)
        .toBase64();
}

void ExecWebSocket::start()
{
    const QString program = m_command.value(0);
    if (program == QLatin1String("cat"))
        return; // echoes until stdin closes
    if (program == QLatin1String("echo")) {
        sendChannel(Stdout, m_command.mid(1).join(QLatin1Char(' ')).toUtf8() + '\n');
        finish(true);
        return;
    }
    sendChannel(Stderr, "exec: \"" + program.toUtf8() + "\": executable file not found\n");
    finish(false, QStringLiteral("command terminated with non-zero exit code: 127"), 127);
}

void ExecWebSocket::feed(const QByteArray &bytes)
{
    m_input += bytes;
    while (m_input.size() >= 2) {
        const auto *data = reinterpret_cast<const unsigned char *>(m_input.constData());
        const bool fin = data[0] & 0x80;
        const int opcode = data[0] & 0x0f;
        const bool masked = data[1] & 0x80;
        quint64 length = data[1] & 0x7f;
        qsizetype offset = 2;
        if (length == 126) {
            if (m_input.size() < 4)
                return;
            length = (quint64(data[2]) << 8) | data[3];
            offset = 4;
        } else if (length == 127) {
            if (m_input.size() < 10)
                return;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | data[2 + i];
            offset = 10;
        }
        const qsizetype maskOffset = offset;
        if (masked)
            offset += 4;
        if (length > 16 * 1024 * 1024) {
            m_socket->abort();
            return;
        }
        if (quint64(m_input.size()) < quint64(offset) + length)
            return;
        QByteArray payload = m_input.mid(offset, qsizetype(length));
        if (masked) {
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload[i] ^ m_input[maskOffset + (i % 4)]);
        }
        m_input.remove(0, offset + qsizetype(length));

        if (opcode >= Close) {
            handleMessage(opcode, payload); // control frames are never fragmented
        } else if (!fin) {
            if (opcode != Continuation)
                m_fragmentOpcode = opcode;
            m_fragments += payload;
        } else if (opcode == Continuation) {
            handleMessage(m_fragmentOpcode, m_fragments + payload);
            m_fragments.clear();
        } else {
            handleMessage(opcode, payload);
        }
    }
}

void ExecWebSocket::handleMessage(int opcode, const QByteArray &payload)
{
    switch (opcode) {
    case Ping:
        sendFrame(Pong, payload);
        break;
    case Close:
        if (!m_finished) {
            m_finished = true;
            sendFrame(Close, payload.left(2));
        }
        m_socket->disconnectFromHost();
        break;
    case Text:
    case Binary:
        handleChannel(payload);
        break;
    default:
        break;
    }
}

void ExecWebSocket::handleChannel(const QByteArray &message)
{
    if (message.isEmpty() || m_finished)
        return;
    const auto channel = static_cast<unsigned char>(message.at(0));
    const QByteArray data = message.mid(1);
    if (channel == Stdin && m_command.value(0) == QLatin1String("cat") && !data.isEmpty())
        sendChannel(Stdout, data);
    else if (channel == CloseChannel && m_protocol.startsWith("v5.") && !data.isEmpty() &&
             data.at(0) == Stdin)
        finish(true); // stdin closed: cat reaches end of file and exits 0
}

void ExecWebSocket::sendFrame(int opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame += char(0x80 | opcode);
    const qsizetype size = payload.size();
    if (size < 126) {
        frame += char(size);
    } else if (size < 65536) {
        frame += char(126);
        frame += char((size >> 8) & 0xff);
        frame += char(size & 0xff);
    } else {
        frame += char(127);
        for (int i = 7; i >= 0; --i)
            frame += char((quint64(size) >> (8 * i)) & 0xff);
    }
    m_socket->write(frame + payload);
}

void ExecWebSocket::sendChannel(char channel, const QByteArray &data)
{
    sendFrame(Binary, channel + data);
}

void ExecWebSocket::finish(bool success, const QString &message, int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    QJsonObject status{{QStringLiteral("metadata"), QJsonObject()},
                       {QStringLiteral("status"),
                        success ? QStringLiteral("Success") : QStringLiteral("Failure")}};
    if (!success) {
        status.insert(QStringLiteral("message"), message);
        status.insert(QStringLiteral("reason"), QStringLiteral("NonZeroExitCode"));
        status.insert(QStringLiteral("details"),
                      QJsonObject{{QStringLiteral("causes"),
                                   QJsonArray{QJsonObject{
                                       {QStringLiteral("reason"), QStringLiteral("ExitCode")},
                                       {QStringLiteral("message"), QString::number(exitCode)}}}}});
    }
    sendChannel(Error, QJsonDocument(status).toJson(QJsonDocument::Compact));
    // 1000 normal closure; the client answers with its close frame, then we hang up.
    sendFrame(Close, QByteArray("\x03\xe8", 2));
}
