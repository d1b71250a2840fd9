// The forwarder's pool of idle upstream connections: a connection given back is taken again
// by the next request; it goes when the upstream closes it, sends what nobody asked for, or
// has waited idleMs, each connection by its own release time; a connection taken again is
// never closed by the time it spent waiting before. Plain loopback TCP stands in for the
// upstream: the pool sees only QAbstractSocket.
#include "proxycore/UpstreamPool.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

constexpr int TimeoutMs = 5000;

// A connected pair on 127.0.0.1: `near` is what the forwarder holds, `far` the upstream's end.
struct Connection
{
    QPointer<QTcpSocket> near;
    QPointer<QTcpSocket> far;
};

} // namespace

class TestUpstreamPool : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aConnectionGivenBackIsTakenAgain();
    void theUpstreamEndsAnIdleConnection_data();
    void theUpstreamEndsAnIdleConnection();
    void eachIdleConnectionGoesAfterItsOwnWait();
    void aConnectionTakenAgainOutlivesItsEarlierWait();
    void noMoreThanMaxIdleWait();
    void aConnectionGoesBackToTheUserThatGaveItBack();
    void anEarlierUsersConnectionsAreCutWhenAnotherTakesIt();
    void aReadyReadWithNothingToReadKeepsAnIdleConnection();
    void aUserGivingItBackWhileReadingItKeepsIt();

private:
    Connection connect();

    std::unique_ptr<QTcpServer> m_server;
};

void TestUpstreamPool::init()
{
    m_server = std::make_unique<QTcpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
}

void TestUpstreamPool::cleanup()
{
    m_server.reset();
}

Connection TestUpstreamPool::connect()
{
    Connection pair;
    pair.near = new QTcpSocket;
    pair.near->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    if (!pair.near->waitForConnected(TimeoutMs))
        return {};
    if (!m_server->hasPendingConnections() && !m_server->waitForNewConnection(TimeoutMs))
        return {};
    pair.far = m_server->nextPendingConnection();
    return pair;
}

void TestUpstreamPool::aConnectionGivenBackIsTakenAgain()
{
    UpstreamPool pool(QStringLiteral("127.0.0.1"), 1, nullptr, 1000, 60 * 1000, 8);
    QCOMPARE(pool.takeIdle(), nullptr);
    const Connection first = connect();
    QVERIFY(first.near && first.far);
    pool.release(first.near);
    QCOMPARE(pool.idleCount(), 1);
    QAbstractSocket *taken = pool.takeIdle();
    QCOMPARE(taken, first.near.data());
    QCOMPARE(pool.idleCount(), 0);
    QCOMPARE(taken->state(), QAbstractSocket::ConnectedState);
    delete taken;
}

void TestUpstreamPool::theUpstreamEndsAnIdleConnection_data()
{
    QTest::addColumn<bool>("closes");
    QTest::newRow("the upstream closes it") << true;
    QTest::newRow("the upstream sends bytes nobody asked for") << false;
}

void TestUpstreamPool::theUpstreamEndsAnIdleConnection()
{
    QFETCH(bool, closes);
    UpstreamPool pool(QStringLiteral("127.0.0.1"), 1, nullptr, 1000, 60 * 1000, 8);
    const Connection kept = connect();
    const Connection ended = connect();
    QVERIFY(kept.near && ended.near);
    pool.release(kept.near);
    pool.release(ended.near);
    QCOMPARE(pool.idleCount(), 2);
    if (closes)
        ended.far->close();
    else
        ended.far->write("HTTP/1.1 408 Request Timeout\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(pool.idleCount(), 1, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(ended.near.isNull(), TimeoutMs); // closed and deleted
    QCOMPARE(pool.takeIdle(), kept.near.data());
}

// Released 300 ms apart with a wait of 600 ms: the first goes at about 600 ms, the second
// about 300 ms later, not with the first and not never.
void TestUpstreamPool::eachIdleConnectionGoesAfterItsOwnWait()
{
    constexpr int waitMs = 600;
    UpstreamPool pool(QStringLiteral("127.0.0.1"), 1, nullptr, 1000, waitMs, 8);
    const Connection older = connect();
    const Connection newer = connect();
    QVERIFY(older.near && newer.near);
    QElapsedTimer clock;
    clock.start();
    pool.release(older.near);
    QTest::qWait(waitMs / 2);
    pool.release(newer.near);
    QSignalSpy olderClosed(older.far.data(), &QAbstractSocket::disconnected);
    QSignalSpy newerClosed(newer.far.data(), &QAbstractSocket::disconnected);

    QTRY_COMPARE_WITH_TIMEOUT(olderClosed.size(), 1, TimeoutMs);
    QVERIFY2(clock.elapsed() >= waitMs - 50, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(newerClosed.size(), 0);
    QCOMPARE(pool.idleCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(newerClosed.size(), 1, TimeoutMs);
    QVERIFY2(clock.elapsed() >= waitMs + waitMs / 2 - 50,
             qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(pool.idleCount(), 0);
}

void TestUpstreamPool::aConnectionTakenAgainOutlivesItsEarlierWait()
{
    constexpr int waitMs = 200;
    UpstreamPool pool(QStringLiteral("127.0.0.1"), 1, nullptr, 1000, waitMs, 8);
    const Connection pair = connect();
    QVERIFY(pair.near);
    pool.release(pair.near);
    QTest::qWait(waitMs / 2);
    QAbstractSocket *taken = pool.takeIdle();
    QCOMPARE(taken, pair.near.data());
    taken->setParent(nullptr);
    QSignalSpy closed(pair.far.data(), &QAbstractSocket::disconnected);
    QTest::qWait(waitMs * 2);
    QCOMPARE(closed.size(), 0);
    QCOMPARE(taken->state(), QAbstractSocket::ConnectedState);

    // Given back once more, it waits its full time again from then.
    pool.release(taken);
    QTest::qWait(waitMs / 2);
    QCOMPARE(pool.idleCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, TimeoutMs);
}

void TestUpstreamPool::noMoreThanMaxIdleWait()
{
    UpstreamPool pool(QStringLiteral("127.0.0.1"), 1, nullptr, 1000, 60 * 1000, 1);
    const Connection first = connect();
    const Connection second = connect();
    QVERIFY(first.near && second.near);
    QSignalSpy secondClosed(second.far.data(), &QAbstractSocket::disconnected);
    pool.release(first.near);
    pool.release(second.near);
    QCOMPARE(pool.idleCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(secondClosed.size(), 1, TimeoutMs);
    QCOMPARE(pool.takeIdle(), first.near.data());
}

// A session that gives its connection back and asks again gets the same one, whose signal
// connections it kept, even when another was given back since.
void TestUpstreamPool::aConnectionGoesBackToTheUserThatGaveItBack()
{
    UpstreamPool pool(QStringLiteral("127.0.0.1"), 1, nullptr, 1000, 60 * 1000, 8);
    QObject first;
    QObject second;
    const Connection mine = connect();
    const Connection theirs = connect();
    QVERIFY(mine.near && theirs.near);
    pool.release(mine.near, &first);
    pool.release(theirs.near, &second); // the newest
    QCOMPARE(pool.takeIdle(&first), mine.near.data());
    QCOMPARE(pool.takeIdle(&first), theirs.near.data()); // none of its own left: any
    QCOMPARE(pool.takeIdle(&first), nullptr);
}

void TestUpstreamPool::anEarlierUsersConnectionsAreCutWhenAnotherTakesIt()
{
    UpstreamPool pool(QStringLiteral("127.0.0.1"), 1, nullptr, 1000, 60 * 1000, 8);
    QObject earlier;
    QObject later;
    const Connection pair = connect();
    QVERIFY(pair.near);
    int earlierCalls = 0;
    int laterCalls = 0;
    QObject::connect(pair.near, &QIODevice::bytesWritten, &earlier, [&] { ++earlierCalls; });
    pool.release(pair.near, &earlier);
    QCOMPARE(pool.takeIdle(&later), pair.near.data());
    QObject::connect(pair.near, &QIODevice::bytesWritten, &later, [&] { ++laterCalls; });
    emit pair.near->bytesWritten(1);
    QCOMPARE(earlierCalls, 0);
    QCOMPARE(laterCalls, 1);

    // Given back by the later user and taken by it again: its connections stay.
    pool.release(pair.near, &later);
    QCOMPARE(pool.takeIdle(&later), pair.near.data());
    emit pair.near->bytesWritten(1);
    QCOMPARE(laterCalls, 2);
    delete pair.near;
}

// A TLS connection announces a session ticket the upstream sends after the handshake with
// readyRead and nothing to read: that is no answer to anything, and the connection stays.
void TestUpstreamPool::aReadyReadWithNothingToReadKeepsAnIdleConnection()
{
    UpstreamPool pool(QStringLiteral("127.0.0.1"), 1, nullptr, 1000, 60 * 1000, 8);
    const Connection pair = connect();
    QVERIFY(pair.near);
    pool.release(pair.near);
    emit pair.near->readyRead();
    QTest::qWait(50);
    QCOMPARE(pool.idleCount(), 1);
    QVERIFY(!pair.near.isNull());
    QCOMPARE(pool.takeIdle(), pair.near.data());
}

// A session reads the end of a response in its readyRead slot and gives the connection back
// there; the pool's own readyRead connection, called next in the same emission, must not
// take that readyRead for unasked bytes.
void TestUpstreamPool::aUserGivingItBackWhileReadingItKeepsIt()
{
    UpstreamPool pool(QStringLiteral("127.0.0.1"), 1, nullptr, 1000, 60 * 1000, 8);
    QObject user;
    const Connection pair = connect();
    QVERIFY(pair.near);
    QTcpSocket *socket = pair.near;
    QObject::connect(socket, &QIODevice::readyRead, &user, [&pool, &user, socket] {
        socket->readAll();
        pool.release(socket, &user);
    });
    pool.release(socket, &user); // the pool's connections come after the user's
    QCOMPARE(pool.takeIdle(&user), socket);
    QCOMPARE(pool.idleCount(), 0);
    pair.far->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(pool.idleCount(), 1, TimeoutMs);
    QTest::qWait(50);
    QCOMPARE(pool.idleCount(), 1);
    QVERIFY(!pair.near.isNull());
    QCOMPARE(pool.takeIdle(&user), socket);
}

QTEST_GUILESS_MAIN(TestUpstreamPool)
#include "tst_upstreampool.moc"
