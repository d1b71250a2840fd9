// KubeconfigService's parsed set: kept a while after the work that asked for it, then
// released; the keep-alive counts from the end of that work, however long it took.
#include "app/KubeconfigService.h"
#include "tests/support/FixtureKubeconfigs.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

namespace {

constexpr int KeepAliveMs = 200;

} // namespace

class TestKubeconfigService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void theTreeOutlivesTheWorkThatAskedForIt_data();
    void theTreeOutlivesTheWorkThatAskedForIt();
    void aBackgroundParseIsKeptForTheWorkItServes_data();
    void aBackgroundParseIsKeptForTheWorkItServes();

private:
    QString m_file;
};

void TestKubeconfigService::init()
{
    m_file = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    QFile::remove(m_file);
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("gke.yaml"), m_file));
}

void TestKubeconfigService::theTreeOutlivesTheWorkThatAskedForIt_data()
{
    QTest::addColumn<int>("workMs");
    QTest::newRow("work shorter than the keep-alive") << KeepAliveMs / 10;
    // A preview of 2,000 contexts builds its plan for about half a second.
    QTest::newRow("work longer than the keep-alive") << 3 * KeepAliveMs;
}

void TestKubeconfigService::theTreeOutlivesTheWorkThatAskedForIt()
{
    QFETCH(int, workMs);
    KubeconfigService service;
    service.setFiles({m_file});
    service.setParsedKeepAlive(KeepAliveMs);
    QVERIFY(service.reload());
    QVERIFY2(!service.isParsed(), "a load's tree goes with the load");

    bool worked = false;
    // From the event loop, as the window builds a preview.
    QTimer::singleShot(0, &service, [&] {
        const std::shared_ptr<const KubeconfigSet> set = service.set();
        QThread::msleep(workMs);
        worked = set && service.isParsed();
    });
    QTRY_VERIFY_WITH_TIMEOUT(worked, 5000);
    // The loop turns once after the work: the keep-alive starts only now.
    QCoreApplication::processEvents();
    QVERIFY2(service.isParsed(), "the tree went as soon as the work that asked for it ended");
    QTRY_VERIFY2_WITH_TIMEOUT(!service.isParsed(), "the tree is never released", 5000);
    QCOMPARE(service.timesParsedAgain(), 1);
}

void TestKubeconfigService::aBackgroundParseIsKeptForTheWorkItServes_data()
{
    theTreeOutlivesTheWorkThatAskedForIt_data();
}

// A large kubeconfig is parsed on a worker; the preview waiting for it is built when the
// parse is in, and the tree stays a keep-alive after that preview, not after the parse.
void TestKubeconfigService::aBackgroundParseIsKeptForTheWorkItServes()
{
    QFETCH(int, workMs);
    KubeconfigService service;
    service.setFiles({m_file});
    service.setParsedKeepAlive(KeepAliveMs);
    QVERIFY(service.reload());
    QVERIFY(!service.isParsed());

    bool worked = false;
    connect(&service, &KubeconfigService::parsedInBackground, &service, [&] {
        const std::shared_ptr<const KubeconfigSet> set = service.set();
        QThread::msleep(workMs);
        worked = set && service.isParsed();
    });
    service.parseInBackground();
    QVERIFY(service.isParsingInBackground());
    QTRY_VERIFY_WITH_TIMEOUT(worked, 10000);
    QCoreApplication::processEvents();
    QVERIFY2(service.isParsed(), "the tree went as soon as the preview it was parsed for ended");
    QTRY_VERIFY2_WITH_TIMEOUT(!service.isParsed(), "the tree is never released", 5000);
    QCOMPARE(service.timesParsedAgain(), 1);
}

QTEST_GUILESS_MAIN(TestKubeconfigService)
#include "tst_kubeconfigservice.moc"
