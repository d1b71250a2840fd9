// OpenFileLimit: the forwarder raises its open-file soft limit to fit its connections,
// never past the hard limit and never downwards.
#include "proxycore/OpenFileLimit.h"

#include <QTest>

#include <limits>
#include <sys/resource.h>

class TestOpenFileLimit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void raisesTheSoftLimit_data();
    void raisesTheSoftLimit();

private:
    rlimit m_saved{};
};

void TestOpenFileLimit::init()
{
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &m_saved), 0);
    if (m_saved.rlim_max != RLIM_INFINITY && m_saved.rlim_max < 2048)
        QSKIP("the hard open-file limit is below 2048 here");
    // Start like a login shell does: a low soft limit under a high hard one.
    rlimit low = m_saved;
    low.rlim_cur = 256;
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
    QCOMPARE(OpenFileLimit::current(), 256);
}

void TestOpenFileLimit::cleanup()
{
    setrlimit(RLIMIT_NOFILE, &m_saved);
}

void TestOpenFileLimit::raisesTheSoftLimit_data()
{
    QTest::addColumn<qint64>("wanted");
    QTest::addColumn<QString>("expected"); // a number, or "hard"

    QTest::newRow("already enough: unchanged") << qint64(100) << QStringLiteral("256");
    QTest::newRow("1,000 streams: 2,064 descriptors") << qint64(2064) << QStringLiteral("2064");
    QTest::newRow("more than the hard limit: the hard limit")
        << qint64(std::numeric_limits<int>::max()) << QStringLiteral("hard");
}

void TestOpenFileLimit::raisesTheSoftLimit()
{
    QFETCH(qint64, wanted);
    QFETCH(QString, expected);
    const qint64 got = OpenFileLimit::raiseTo(wanted);
    QCOMPARE(got, OpenFileLimit::current());
    if (expected == QLatin1String("hard")) {
        if (m_saved.rlim_max == RLIM_INFINITY)
            QSKIP("no hard limit to stop at");
        QCOMPARE(got, qint64(m_saved.rlim_max));
    } else {
        QCOMPARE(got, expected.toLongLong());
    }
}

QTEST_GUILESS_MAIN(TestOpenFileLimit)
#include "tst_openfilelimit.moc"
