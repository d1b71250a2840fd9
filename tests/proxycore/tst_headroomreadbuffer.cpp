// The forwarder's upstream read buffer: bytes come out as they went in, whatever the read
// and consume pattern; a response head put in front of body bytes lands in the room before
// them when it fits (the body is not moved) and is copied with them when it does not; and
// an emptied buffer holds no memory.
#include "proxycore/HeadroomReadBuffer.h"

#include <QBuffer>
#include <QTest>

namespace {

// A device that hands out at most `step` bytes a read, like a socket with a TLS record at a
// time.
class SlicedDevice : public QIODevice
{
public:
    SlicedDevice(const QByteArray &bytes, qint64 step)
        : m_bytes(bytes)
        , m_step(step)
    {
        open(ReadOnly | Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return qMin(m_step, m_bytes.size() - m_at); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, bytesAvailable());
        memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_at = 0;
};

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 26);
    return bytes;
}

} // namespace

class TestHeadroomReadBuffer : public QObject
{
    Q_OBJECT

private slots:
    void bytesComeOutAsTheyWentIn_data();
    void bytesComeOutAsTheyWentIn();
    void aPrefixThatFitsGoesInFrontWithoutMovingTheBytes_data();
    void aPrefixThatFitsGoesInFrontWithoutMovingTheBytes();
    void aPrefixThatDoesNotFitIsCopiedWithTheBytes();
    void anEmptiedBufferHoldsNoMemory();
    void bytesKeptBackOverManyReadsDoNotGrowTheBuffer();
};

void TestHeadroomReadBuffer::bytesComeOutAsTheyWentIn_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("readStep");
    QTest::addColumn<int>("consumeStep");
    QTest::newRow("one read, consumed at once") << 12595 << 16384 << 12595;
    QTest::newRow("TLS-record reads, consumed in small pieces") << 40000 << 16384 << 700;
    QTest::newRow("byte reads, consumed a byte at a time") << 300 << 1 << 1;
    QTest::newRow("reads smaller than the consumes") << 5000 << 3 << 1000;
}

void TestHeadroomReadBuffer::bytesComeOutAsTheyWentIn()
{
    QFETCH(int, size);
    QFETCH(int, readStep);
    QFETCH(int, consumeStep);
    const QByteArray input = pattern(size);
    SlicedDevice device(input, readStep);
    HeadroomReadBuffer buffer(64);
    QByteArray output;
    while (output.size() < input.size()) {
        while (device.bytesAvailable() > 0 && buffer.size() < 4 * consumeStep)
            QVERIFY(buffer.readFrom(&device, device.bytesAvailable()) > 0);
        const qsizetype n = qMin<qsizetype>(consumeStep, buffer.size());
        QVERIFY(n > 0);
        output += QByteArrayView(buffer.data(), n);
        buffer.consume(n);
    }
    QCOMPARE(output, input);
    QVERIFY(buffer.isEmpty());
}

void TestHeadroomReadBuffer::aPrefixThatFitsGoesInFrontWithoutMovingTheBytes_data()
{
    QTest::addColumn<int>("consumedFirst");
    QTest::addColumn<int>("prefixSize");
    QTest::newRow("into the headroom of a fresh read") << 0 << 300;
    QTest::newRow("into the room of a consumed upstream head") << 400 << 1200;
    QTest::newRow("exactly the room there is") << 0 << 1024;
}

void TestHeadroomReadBuffer::aPrefixThatFitsGoesInFrontWithoutMovingTheBytes()
{
    QFETCH(int, consumedFirst);
    QFETCH(int, prefixSize);
    const QByteArray input = pattern(12595);
    SlicedDevice device(input, 16384);
    HeadroomReadBuffer buffer(1024);
    QCOMPARE(buffer.readFrom(&device, input.size()), qint64(input.size()));
    buffer.consume(consumedFirst);
    const char *body = buffer.data();
    const QByteArray prefix(prefixSize, 'H');
    const qsizetype bodySize = buffer.size() - 10;
    const QByteArrayView joined = buffer.withPrefix(prefix, bodySize);
    QCOMPARE(joined.size(), prefix.size() + bodySize);
    QCOMPARE(joined.first(prefix.size()), QByteArrayView(prefix));
    QCOMPARE(joined.sliced(prefix.size()), input.sliced(consumedFirst, bodySize));
    // Not moved: the view ends in the body where it was read.
    QCOMPARE(static_cast<const void *>(joined.data() + prefix.size()),
             static_cast<const void *>(body));
    buffer.consume(bodySize);
    QCOMPARE(buffer.view(), input.last(10));
}

void TestHeadroomReadBuffer::aPrefixThatDoesNotFitIsCopiedWithTheBytes()
{
    const QByteArray input = pattern(5000);
    SlicedDevice device(input, 16384);
    HeadroomReadBuffer buffer(16);
    QCOMPARE(buffer.readFrom(&device, input.size()), qint64(input.size()));
    const QByteArray prefix(100, 'H');
    const QByteArrayView joined = buffer.withPrefix(prefix, 4000);
    QCOMPARE(joined.toByteArray(), prefix + input.first(4000));
    buffer.consume(4000);
    QCOMPARE(buffer.view(), input.sliced(4000));
}

void TestHeadroomReadBuffer::anEmptiedBufferHoldsNoMemory()
{
    const QByteArray input = pattern(12595);
    SlicedDevice device(input, 16384);
    HeadroomReadBuffer buffer;
    buffer.readFrom(&device, input.size());
    (void)buffer.withPrefix(QByteArray(2000, 'H'), 100); // uses the copy buffer too
    buffer.consume(input.size());
    QVERIFY(buffer.isEmpty());
    QCOMPARE(buffer.capacity(), 0);
}

// A chunked watch stream can leave a few bytes unconsumed after every read; what is kept
// moves back to the front instead of the buffer growing with every read.
void TestHeadroomReadBuffer::bytesKeptBackOverManyReadsDoNotGrowTheBuffer()
{
    const QByteArray input = pattern(200000);
    SlicedDevice device(input, 100);
    HeadroomReadBuffer buffer(64);
    QByteArray output;
    qsizetype largest = 0;
    while (device.bytesAvailable() > 0) {
        buffer.readFrom(&device, device.bytesAvailable());
        const qsizetype n = buffer.size() - 7; // seven bytes kept back each time
        output += QByteArrayView(buffer.data(), n);
        buffer.consume(n);
        largest = qMax(largest, buffer.capacity());
    }
    output += buffer.view();
    QCOMPARE(output, input);
    QVERIFY2(largest < 1024, qPrintable(QString::number(largest)));
}

QTEST_GUILESS_MAIN(TestHeadroomReadBuffer)
#include "tst_headroomreadbuffer.moc"
