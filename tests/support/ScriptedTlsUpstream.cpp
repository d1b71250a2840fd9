#include "ScriptedTlsUpstream.h"

namespace {

// Length of the first complete request in `buffer`, or 0 while incomplete.
qsizetype completeRequestLength(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    const QByteArray head = buffer.left(headEnd).toLower();
    const qsizetype bodyStart = headEnd + 4;
    if (head.contains("\r\ntransfer-encoding: chunked")) {
        const qsizetype end = buffer.indexOf("\r\n0\r\n\r\n", bodyStart - 2);
        return end < 0 ? 0 : end + 7;
    }
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at < 0)
        return bodyStart;
    const qsizetype lineEnd = head.indexOf("\r\n", at + 2);
    const qsizetype length =
        head.mid(at + 17, (lineEnd < 0 ? head.size() : lineEnd) - at - 17).trimmed().toLongLong();
    return buffer.size() >= bodyStart + length ? bodyStart + length : 0;
}

} // namespace

ScriptedTlsUpstream::ScriptedTlsUpstream(const QSslCertificate &certificate, const QSslKey &key,
                                         QObject *parent)
    : QTcpServer(parent)
    , m_certificate(certificate)
    , m_key(key)
{}

void ScriptedTlsUpstream::setCannedResponse(const QByteArray &response)
{
    m_handler = [response](QSslSocket *socket, const QByteArray &) {
        socket->write(response);
    };
}

QByteArray ScriptedTlsUpstream::received() const
{
    QByteArray all;
    for (const QByteArray &bytes : m_receivedPerConnection)
        all += bytes;
    return all;
}

void ScriptedTlsUpstream::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_tcpConnections;
    const qsizetype index = m_receivedPerConnection.size();
    m_receivedPerConnection.append(QByteArray());
    socket->setProperty("index", index);
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        ++m_encrypted;
        m_last = socket;
    });
    connect(socket, &QIODevice::readyRead, this, [this, socket] { onData(socket); });
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

void ScriptedTlsUpstream::onData(QSslSocket *socket)
{
    const QByteArray data = socket->readAll();
    const qsizetype index = socket->property("index").toLongLong();
    m_receivedPerConnection[index] += data;
    if (socket->property("upgraded").toBool()) {
        if (m_echo)
            socket->write(data);
        return;
    }
    QByteArray pending = socket->property("pending").toByteArray() + data;
    for (;;) {
        const qsizetype length = completeRequestLength(pending);
        if (length == 0)
            break;
        const QByteArray request = pending.left(length);
        pending.remove(0, length);
        m_requests.append(request);
        if (request.toLower().contains("\r\nupgrade:"))
            socket->setProperty("upgraded", true);
        if (m_handler)
            m_handler(socket, request);
        if (socket->property("upgraded").toBool()) {
            if (m_echo && !pending.isEmpty())
                socket->write(pending);
            pending.clear();
            break;
        }
    }
    socket->setProperty("pending", pending);
}
