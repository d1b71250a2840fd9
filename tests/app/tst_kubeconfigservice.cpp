// KubeconfigService: the parsed set is kept a while after the work that asked for it, then
// released, the keep-alive counting from the end of that work however long it took; an edit
// written on a worker (a large kubeconfig) is shown when it is in, never races a write of
// the window's own, and is not reported as another program's change. kubectl reads what
// was written.
#include "app/KubeconfigService.h"
#include "app/KubeconfigWatcher.h"
#include "app/routes/RouteStore.h"
#include "kubeconfig/RewritePlan.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace {

constexpr int KeepAliveMs = 200;
const QString Gke = QStringLiteral("gke_acme-prod_us-central1_payments");
const QString GkeLocal = Gke + QStringLiteral("-local");

// What the forwarder's start asks for: `<context>-local` pointing at loopback.
KubeconfigService::Edit addLocalContext()
{
    return [](ContextEditor &editor) {
        return editor.upsertLocalContext(Gke, QString(), QStringLiteral("https://127.0.0.1:8443"),
                                         QByteArray(), QString(), true);
    };
}

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
    void anEditOnAWorkerIsWrittenThenShown();
    void anEditThatWritesNothing_data();
    void anEditThatWritesNothing();
    void aWriteOfTheWindowsOwnWaitsForTheWorker();
    void itsOwnWriteIsNotAnotherProgramsChange();
    void aQuitWhileTheWorkerWritesLeavesTheFileWritten();
    void aRewriteOnAWorkerIsWrittenRememberedAndShown();

private:
    QJsonObject kubectlView();

    QString m_file;
    KubectlRunner m_kubectl;
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

QJsonObject TestKubeconfigService::kubectlView()
{
    if (!m_kubectl.isAvailable())
        return QJsonObject();
    QString error;
    const QJsonObject view = KubectlConfigView::read(m_kubectl, m_file, &error);
    if (view.isEmpty())
        qWarning("kubectl config view failed: %s", qPrintable(error));
    return view;
}

void TestKubeconfigService::anEditOnAWorkerIsWrittenThenShown()
{
    KubeconfigService service;
    service.setFiles({m_file});
    QVERIFY(service.reload());
    QSignalSpy written(&service, &KubeconfigService::written);
    QSignalSpy reloaded(&service, &KubeconfigService::reloaded);
    std::optional<Result<QString>> outcome;
    service.editInBackground(QStringLiteral("adding a local context"), addLocalContext(),
                             [&](const Result<QString> &result) {
                                 // Shown before it is said to be done.
                                 QVERIFY(service.context(GkeLocal).has_value());
                                 outcome = result;
                             });
    QVERIFY(service.isWritingInBackground());
    QVERIFY(!service.context(GkeLocal).has_value());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->error()));
    QCOMPARE(outcome->value(), GkeLocal);
    QVERIFY(!service.isWritingInBackground());
    QCOMPARE(written.count(), 1);
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(service.contextNames(), (QStringList{Gke, GkeLocal}));
    QVERIFY2(service.canUndo(), qPrintable(service.undoBlockedReason()));
    const QJsonObject view = kubectlView();
    if (!view.isEmpty())
        QCOMPARE(KubectlConfigView::namedEntry(view, QStringLiteral("clusters"), GkeLocal)
                     .value(QStringLiteral("server"))
                     .toString(),
                 QStringLiteral("https://127.0.0.1:8443"));

    // The forwarder's stop takes it out again; undo of the last write waits meanwhile.
    outcome.reset();
    service.editInBackground(
        QStringLiteral("removing the local context"),
        [](ContextEditor &editor) {
            const Status deleted = editor.deleteContext(GkeLocal);
            return deleted ? Result<QString>::ok(GkeLocal)
                           : Result<QString>::failure(deleted.error());
        },
        [&](const Result<QString> &result) { outcome = result; });
    QVERIFY2(!service.canUndo(), "undo offered while a write runs");
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->error()));
    QCOMPARE(service.contextNames(), QStringList{Gke});
    QCOMPARE(written.count(), 2);

    // Undone like any write of the window's: the local context is back.
    QVERIFY2(service.canUndo(), qPrintable(service.undoBlockedReason()));
    QVERIFY(service.undo());
    QCOMPARE(service.contextNames(), (QStringList{Gke, GkeLocal}));
}

void TestKubeconfigService::anEditThatWritesNothing_data()
{
    QTest::addColumn<bool>("fails");
    QTest::newRow("the edit fails") << true;
    QTest::newRow("the edit changes nothing") << false;
}

void TestKubeconfigService::anEditThatWritesNothing()
{
    QFETCH(bool, fails);
    KubeconfigService service;
    service.setFiles({m_file});
    QVERIFY(service.reload());
    const QByteArray before = FixtureKubeconfigs::read(m_file);
    QSignalSpy written(&service, &KubeconfigService::written);
    std::optional<Result<QString>> outcome;
    service.editInBackground(
        QStringLiteral("an edit"),
        [fails](ContextEditor &) {
            return fails ? Result<QString>::failure(QStringLiteral("no such context 'x'"))
                         : Result<QString>::ok(QStringLiteral("nothing"));
        },
        [&](const Result<QString> &result) { outcome = result; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QCOMPARE(outcome->ok(), !fails);
    if (fails)
        QCOMPARE(outcome->error(), QStringLiteral("no such context 'x'"));
    QCOMPARE(written.count(), 0);
    QCOMPARE(FixtureKubeconfigs::read(m_file), before);
    QVERIFY(!service.isWritingInBackground());
}

// The user switches context (or applies a rewrite) while the forwarder's start writes its
// local context: the switch waits for that write, then reads what it wrote. Racing it, the
// switch would find the file's lock taken, or a file that is no longer what it read.
void TestKubeconfigService::aWriteOfTheWindowsOwnWaitsForTheWorker()
{
    KubeconfigService service;
    service.setFiles({m_file});
    QVERIFY(service.reload());
    std::optional<Result<QString>> outcome;
    service.editInBackground(QStringLiteral("adding a local context"), addLocalContext(),
                             [&](const Result<QString> &result) { outcome = result; });
    const Status switched = service.setCurrentContext(GkeLocal);
    QVERIFY2(switched.ok(), qPrintable(switched.error()));
    QVERIFY2(outcome.has_value(), "the background write's outcome came after the switch");
    QVERIFY2(outcome->ok(), qPrintable(outcome->error()));
    QCOMPARE(service.currentContext(), GkeLocal);
    const QJsonObject view = kubectlView();
    if (!view.isEmpty()) {
        QCOMPARE(view.value(QStringLiteral("current-context")).toString(), GkeLocal);
        QCOMPARE(KubectlConfigView::names(view, QStringLiteral("contexts")),
                 (QStringList{Gke, GkeLocal}));
    }
}

// The watcher sees the file change while the worker writes: that is this app's own write,
// not a change another program made, and the status bar must not say so.
void TestKubeconfigService::itsOwnWriteIsNotAnotherProgramsChange()
{
    KubeconfigService service;
    service.setFiles({m_file});
    service.watcher()->setDebounceInterval(20);
    // The read after the write is slow (a large file): the watcher reports meanwhile.
    auto reads = std::make_shared<std::atomic<int>>(0);
    service.setLoaderForTesting([reads](const QStringList &files) {
        if (reads->fetch_add(1) == 2)
            QThread::msleep(500);
        return KubeconfigSet::load(files);
    });
    QVERIFY(service.reload()); // read 0
    QSignalSpy changed(&service, &KubeconfigService::changedOnDisk);
    bool done = false;
    service.editInBackground(QStringLiteral("adding a local context"), addLocalContext(),
                             [&](const Result<QString> &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QTest::qWait(300); // longer than the debounce, and a reload, take
    QCOMPARE(changed.count(), 0);
    QCOMPARE(service.contextNames(), (QStringList{Gke, GkeLocal}));

    // Another program's change afterwards is still reported.
    QByteArray content = FixtureKubeconfigs::read(m_file);
    content.replace("namespace: ", "namespace: x");
    content += "\n# kubectl was here\n";
    QVERIFY(FixtureKubeconfigs::replaceAtomically(m_file, content));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
}

void TestKubeconfigService::aQuitWhileTheWorkerWritesLeavesTheFileWritten()
{
    auto service = std::make_unique<KubeconfigService>();
    service->setFiles({m_file});
    QVERIFY(service->reload());
    bool told = false;
    service->editInBackground(QStringLiteral("adding a local context"), addLocalContext(),
                              [&](const Result<QString> &) { told = true; });
    service.reset();
    QVERIFY2(!told, "a service being destroyed called back");
    QVERIFY(FixtureKubeconfigs::read(m_file).contains(GkeLocal.toUtf8()));
    const QJsonObject view = kubectlView();
    if (!view.isEmpty())
        QCOMPARE(KubectlConfigView::names(view, QStringLiteral("contexts")),
                 (QStringList{Gke, GkeLocal}));
}

// Apply of a large kubeconfig: the plan's changes are written on a worker; the route the app
// remembers comes from the rows shown before the write (the server it replaced).
void TestKubeconfigService::aRewriteOnAWorkerIsWrittenRememberedAndShown()
{
    KubeconfigService service;
    service.setFiles({m_file});
    QVERIFY(service.reload());
    const QString before = service.context(Gke)->server;
    RewriteOptions options;
    options.contexts = {Gke};
    options.fqdn = QStringLiteral("tailscale-operator.tail1234.ts.net");
    options.pluginExists = [](const QString &, const QString &) {
        return true;
    };
    Result<RewritePlan> plan = RewritePlan::build(*service.set(), options);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QSignalSpy written(&service, &KubeconfigService::written);
    std::optional<Result<ApplyReport>> outcome;
    service.applyRewriteInBackground(plan.value(), [&](const Result<ApplyReport> &report) {
        QCOMPARE(service.context(Gke)->server,
                 QStringLiteral("https://tailscale-operator.tail1234.ts.net:443"));
        outcome = report;
    });
    QVERIFY(service.isWritingInBackground());
    QCOMPARE(service.context(Gke)->server, before);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->error()));
    QCOMPARE(written.count(), 1);
    const std::optional<Route> route = RouteStore().find(Gke);
    QVERIFY(route.has_value());
    QCOMPARE(route->fqdn, options.fqdn);
    QCOMPARE(route->replacedServer, before);
    QVERIFY2(service.canUndo(), qPrintable(service.undoBlockedReason()));
    const QJsonObject view = kubectlView();
    if (!view.isEmpty()) {
        const QJsonObject cluster =
            KubectlConfigView::namedEntry(view, QStringLiteral("clusters"), Gke);
        QCOMPARE(cluster.value(QStringLiteral("server")).toString(),
                 QStringLiteral("https://tailscale-operator.tail1234.ts.net:443"));
        QVERIFY(!cluster.contains(QStringLiteral("certificate-authority-data")));
    }
}

QTEST_GUILESS_MAIN(TestKubeconfigService)
#include "tst_kubeconfigservice.moc"
