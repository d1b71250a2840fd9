#include "kubeconfig/KubeconfigDocument.h"
#include "kubeconfig/KubeconfigSet.h"
#include "tests/support/GeneratedKubeconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <sys/stat.h>
#include <unistd.h>

using Section = KubeconfigDocument::Section;

// Loading: bad input gives one clear line naming file, line and column; nothing else.
class TestKubeconfigLoad : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data();
    void badInput();
    void nestingPastYamlCppLimit();
    void missingFileIsEmptyConfig();
    void folderInsteadOfFile();
    void fifoIsRefusedWithoutBlocking();
    void unreadableFile();
    void fiftyMegabytesLoadFast();
    void twoThousandContextsFast();
};

static QString fixture(const QString &name)
{
    return QStringLiteral(KUBETAILOR_FIXTURES_DIR "/kubeconfigs/") + name;
}

void TestKubeconfigLoad::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("malformed YAML")
        << QStringLiteral("bad/malformed.yaml")
        << QStringLiteral("bad/malformed.yaml:6:1: end of sequence flow not found");
    QTest::newRow("clusters: \"x\"")
        << QStringLiteral("bad/clusters-is-string.yaml")
        << QStringLiteral(
               "bad/clusters-is-string.yaml:2:11: expected a list of clusters, found a string");
    QTest::newRow("context: a string")
        << QStringLiteral("bad/context-is-string.yaml")
        << QStringLiteral(
               "bad/context-is-string.yaml:3:12: context must be a mapping, found a string");
    QTest::newRow("duplicate user in one file")
        << QStringLiteral("bad/duplicate-user.yaml")
        << QStringLiteral(
               "bad/duplicate-user.yaml:6:3: user \"u\" is defined twice in this file "
               "(first at line 3); kubectl refuses such a file: remove or rename one of them");
    QTest::newRow("a list, not a kubeconfig")
        << QStringLiteral("bad/not-a-mapping.yaml")
        << QStringLiteral("bad/not-a-mapping.yaml:1:1: expected a kubeconfig (a mapping with "
                          "clusters, contexts and users), found a list");
    QTest::newRow("server: a list")
        << QStringLiteral("bad/server-is-list.yaml")
        << QStringLiteral(
               "bad/server-is-list.yaml:4:13: server must be a single value, found a list");
    QTest::newRow("current-context: a mapping")
        << QStringLiteral("bad/current-context-map.yaml")
        << QStringLiteral("bad/current-context-map.yaml:2:18: current-context must be a context "
                          "name, found a mapping");
    QTest::newRow("alias bomb (billion laughs)")
        << QStringLiteral("bad/alias-bomb.yaml")
        << QStringLiteral("bad/alias-bomb.yaml:7:8: aliases expand to more than");
}

void TestKubeconfigLoad::badInput()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedError);
    // CPU time, not wall time: a loaded CI machine must not fail a bound on our own work.
    const std::clock_t start = std::clock();
    const QString prefix = QStringLiteral(KUBETAILOR_FIXTURES_DIR "/kubeconfigs/");
    const Result<KubeconfigSet> set = KubeconfigSet::load({fixture(file)});
    QVERIFY(!set.ok());
    const QString error = set.error();
    QVERIFY2(error.startsWith(prefix), qPrintable(error));
    QVERIFY2(error.mid(prefix.size()).startsWith(expectedError), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    const qint64 cpuMs = qint64(std::clock() - start) * 1000 / CLOCKS_PER_SEC;
    QVERIFY2(cpuMs < 5000,
             qPrintable(QStringLiteral("bad input must fail fast: took %1 ms CPU").arg(cpuMs)));
}

void TestKubeconfigLoad::nestingPastYamlCppLimit()
{
    QByteArray deep = "apiVersion: v1\nextensions: ";
    deep += QByteArray(5000, '[');
    deep += QByteArray(5000, ']');
    deep += '\n';
    const Result<KubeconfigDocument> doc =
        KubeconfigDocument::fromBytes(deep, QStringLiteral("deep.yaml"));
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error().startsWith(QStringLiteral("deep.yaml:2:")), qPrintable(doc.error()));
    QVERIFY2(doc.error().contains(QStringLiteral("nested deeper than")), qPrintable(doc.error()));
}

void TestKubeconfigLoad::missingFileIsEmptyConfig()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope/config"));
    const QString gke = fixture(QStringLiteral("gke.yaml"));
    const Result<KubeconfigSet> set = KubeconfigSet::load({missing, gke});
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QCOMPARE(set.value().files(), (QStringList{missing, gke}));
    QCOMPARE(set.value().contextNames(),
             QStringList{QStringLiteral("gke_acme-prod_us-central1_payments")});
    QVERIFY(!set.value().document(0).exists());
}

void TestKubeconfigLoad::folderInsteadOfFile()
{
    QTemporaryDir dir;
    const Result<KubeconfigSet> set = KubeconfigSet::load({dir.path()});
    QVERIFY(!set.ok());
    QCOMPARE(set.error(), dir.path() + QStringLiteral(": is a folder, not a kubeconfig file"));
}

// KUBECONFIG pointing at a named pipe: kubectl blocks on it forever; kubetailor says what it
// is at once (the test would time out if the read blocked).
void TestKubeconfigLoad::fifoIsRefusedWithoutBlocking()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("config"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Result<KubeconfigDocument> doc = KubeconfigDocument::load(fifo);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error(), fifo + QStringLiteral(": is not a regular file (a pipe or a device?); "
                                                "point KUBECONFIG or --kubeconfig at a kubeconfig "
                                                "file"));
}

void TestKubeconfigLoad::unreadableFile()
{
    if (geteuid() == 0)
        QSKIP("running as root: file permissions do not stop reading");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    QFile::copy(fixture(QStringLiteral("gke.yaml")), path);
    QFile::setPermissions(path, QFileDevice::WriteOwner);
    const Result<KubeconfigSet> set = KubeconfigSet::load({path});
    QVERIFY(!set.ok());
    QVERIFY2(set.error().startsWith(path + QStringLiteral(": cannot read:")),
             qPrintable(set.error()));
}

void TestKubeconfigLoad::fiftyMegabytesLoadFast()
{
    // A 50 MB file: a real-looking kubeconfig padded with a large extension (as a file
    // with thousands of inline certificates would be).
    QByteArray big = "apiVersion: v1\nclusters:\n";
    const QByteArray ca(1400, 'Q');
    int n = 0;
    while (big.size() < 50 * 1024 * 1024) {
        big += "- cluster:\n    certificate-authority-data: " + ca + "\n    server: https://10.0.";
        big += QByteArray::number(n / 250) + '.' + QByteArray::number(n % 250) + "\n  name: c";
        big += QByteArray::number(n) + '\n';
        ++n;
    }
    big += "kind: Config\n";
    // CPU time: the wall clock depends on what else the machine runs.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const Result<KubeconfigDocument> doc =
        KubeconfigDocument::fromBytes(big, QStringLiteral("big.yaml"));
    const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(doc.value().names(Section::Clusters).size(), n);
    qInfo("50 MB, %d clusters: loaded in %lld ms CPU (%lld ms wall)", n, cpuMs, timer.elapsed());
    QVERIFY2(cpuMs < 10000, qPrintable(QStringLiteral("took %1 ms CPU").arg(cpuMs)));
}

void TestKubeconfigLoad::twoThousandContextsFast()
{
    const QByteArray yaml = GeneratedKubeconfig::gkeShaped(2000);
    const std::clock_t cpuStart = std::clock();
    const Result<KubeconfigDocument> doc =
        KubeconfigDocument::fromBytes(yaml, QStringLiteral("many.yaml"));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    const KubeconfigSet set = KubeconfigSet::fromDocuments({doc.value()});
    const QList<ContextInfo> infos = set.contexts();
    const qint64 ms = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    QCOMPARE(infos.size(), 2000);
    QCOMPARE(infos.last().provider, Provider::Gke);
    qInfo("2,000 contexts: loaded and described in %lld ms CPU", ms);
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("took %1 ms CPU").arg(ms)));
}

QTEST_GUILESS_MAIN(TestKubeconfigLoad)
#include "tst_kubeconfigload.moc"
