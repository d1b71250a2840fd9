#include "ByteTunnel.h"

#include "proxycore/WriteBacklog.h"

#include <QAbstractSocket>

ByteTunnel::ByteTunnel(QAbstractSocket *a, QAbstractSocket *b, qsizetype bufferBytes,
                       QObject *parent)
    : QObject(parent)
    , m_a(a)
    , m_b(b)
    , m_bufferBytes(bufferBytes)
{}

void ByteTunnel::start(const QByteArray &pendingFromA, const QByteArray &pendingFromB)
{
    QAbstractSocket *a = m_a;
    QAbstractSocket *b = m_b;
    a->setReadBufferSize(m_bufferBytes);
    b->setReadBufferSize(m_bufferBytes);
    if (!pendingFromA.isEmpty()) {
        b->write(pendingFromA);
        m_aToB += pendingFromA.size();
    }
    if (!pendingFromB.isEmpty()) {
        a->write(pendingFromB);
        m_bToA += pendingFromB.size();
    }
    connect(a, &QIODevice::readyRead, this, [this] { pump(m_a, m_b, &m_aToB); });
    connect(b, &QIODevice::readyRead, this, [this] { pump(m_b, m_a, &m_bToA); });
    WriteBacklog::onSent(b, this, [this] {
        pump(m_a, m_b, &m_aToB);
        checkFinished();
    });
    WriteBacklog::onSent(a, this, [this] {
        pump(m_b, m_a, &m_bToA);
        checkFinished();
    });
    connect(a, &QAbstractSocket::disconnected, this, [this] { onClosed(m_a); });
    connect(b, &QAbstractSocket::disconnected, this, [this] { onClosed(m_b); });
    connect(a, &QAbstractSocket::errorOccurred, this, [this] { onClosed(m_a); });
    connect(b, &QAbstractSocket::errorOccurred, this, [this] { onClosed(m_b); });
    pump(a, b, &m_aToB);
    pump(b, a, &m_bToA);
    if (a->state() != QAbstractSocket::ConnectedState)
        onClosed(a);
    else if (b->state() != QAbstractSocket::ConnectedState)
        onClosed(b);
}

void ByteTunnel::pump(QAbstractSocket *from, QAbstractSocket *to, qint64 *counter)
{
    if (!from || !to)
        return;
    while (from->bytesAvailable() > 0 && WriteBacklog::pending(to) < m_bufferBytes) {
        const QByteArray chunk = from->read(qMin<qint64>(from->bytesAvailable(), 64 * 1024));
        if (chunk.isEmpty())
            break;
        to->write(chunk);
        *counter += chunk.size();
    }
}

void ByteTunnel::onClosed(QAbstractSocket *closed)
{
    if (m_closing) {
        checkFinished();
        return;
    }
    m_closing = true;
    // Hand over what the closing side still had buffered, then close the other side once
    // its write buffer drained (disconnectFromHost waits for that).
    QAbstractSocket *other = closed == m_a ? m_b.data() : m_a.data();
    if (closed && other && closed->isOpen()) {
        const QByteArray rest = closed->readAll();
        if (!rest.isEmpty()) {
            other->write(rest);
            (closed == m_a ? m_aToB : m_bToA) += rest.size();
        }
    }
    if (other && other->state() == QAbstractSocket::ConnectedState)
        other->disconnectFromHost();
    if (closed && closed->state() != QAbstractSocket::UnconnectedState)
        closed->abort();
    checkFinished();
}

void ByteTunnel::checkFinished()
{
    if (!m_closing || m_finished)
        return;
    const bool aDone = !m_a || m_a->state() == QAbstractSocket::UnconnectedState;
    const bool bDone = !m_b || m_b->state() == QAbstractSocket::UnconnectedState;
    if (aDone && bDone) {
        m_finished = true;
        emit finished();
    }
}
