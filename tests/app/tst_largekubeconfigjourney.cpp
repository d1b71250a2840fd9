// The window with a kubeconfig of 2,000 GKE contexts (issue #17): it shows at once with
// "Reading ~/.kube/config..." in the table's place and stays responsive while the file is
// read on a worker thread, then shows every row. A load that started earlier and finishes
// later (an outside change read slowly, then the user's own write) never overwrites the
// newer contexts. The filter box narrows the 2,000 rows.
#include "app/AppSettings.h"
#include "app/ContextsModel.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/gui/ContextsPanel.h"
#include "app/gui/FileDialogSeam.h"
#include "app/gui/ForwarderPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBoxSeam.h"
#include "app/gui/RewritePanel.h"
#include "app/gui/TrayIcon.h"
#include "app/routes/RouteStore.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace {

constexpr int LargeCount = 2000;
constexpr int LoadTimeoutMs = 60000;

QString gkeName(int i)
{
    return QStringLiteral("gke_acme-prod_us-central1_cluster-%1").arg(i, 4, 10, QLatin1Char('0'));
}

// What `gcloud container clusters get-credentials` writes, `count` times (the window
// benchmark's tests/bench/gke-kubeconfig.sh in C++): ~1.4 KiB a context with the real CA.
QByteArray gkeShaped(int count, const QByteArray &prefix = "gke_acme-prod_us-central1_cluster-")
{
    const QByteArray fixture =
        FixtureKubeconfigs::read(FixtureKubeconfigs::fixturePath(QStringLiteral("gke.yaml")));
    QByteArray ca;
    for (const QByteArray &line : fixture.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("certificate-authority-data: ")) {
            ca = trimmed.mid(qstrlen("certificate-authority-data: "));
            break;
        }
    }
    QList<QByteArray> names;
    for (int i = 0; i < count; ++i)
        names << QByteArray(prefix).append(QByteArray::number(i).rightJustified(4, '0'));
    const auto name = [&names](int i) -> const QByteArray & {
        return names.at(i);
    };
    QByteArray out = "apiVersion: v1\nclusters:\n";
    for (int i = 0; i < count; ++i)
        out += "- cluster:\n    certificate-authority-data: " + ca + "\n    server: https://34." +
               QByteArray::number(100 + i / 62500) + '.' + QByteArray::number(i / 250 % 250) + '.' +
               QByteArray::number(i % 250 + 1) + "\n  name: " + name(i) + '\n';
    out += "contexts:\n";
    for (int i = 0; i < count; ++i)
        out += "- context:\n    cluster: " + name(i) + "\n    user: " + name(i) +
               "\n  name: " + name(i) + '\n';
    out += "current-context: " + name(0) + "\nkind: Config\npreferences: {}\nusers:\n";
    for (int i = 0; i < count; ++i)
        out += "- name: " + name(i) +
               "\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
               "      command: gke-gcloud-auth-plugin\n      provideClusterInfo: true\n";
    return out;
}

// Watches the window's event loop while `busy` holds: how often it turned (every 10 ms
// when free) and the longest it was held between two turns.
class LoopWatch
{
public:
    explicit LoopWatch(std::function<bool()> busy)
        : m_busy(std::move(busy))
    {
        m_sinceTurn.start();
        m_ticker.setInterval(10);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            if (m_busy()) {
                ++m_turns;
                m_longest = qMax(m_longest, m_sinceTurn.elapsed());
            }
            m_sinceTurn.restart();
        });
        m_ticker.start();
    }
    void restart()
    {
        m_turns = 0;
        m_longest = 0;
        m_sinceTurn.restart();
    }
    int turns() const { return m_turns; }
    qint64 longestPause() const { return qMax(m_longest, m_sinceTurn.elapsed()); }

private:
    std::function<bool()> m_busy;
    QTimer m_ticker;
    QElapsedTimer m_sinceTurn;
    int m_turns = 0;
    qint64 m_longest = 0;
};

} // namespace

class TestLargeKubeconfigJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowRespondsWhileALargeKubeconfigLoads();
    void aReloadFinishingOutOfOrderIsDropped_data();
    void aReloadFinishingOutOfOrderIsDropped();
    void filterNarrowsTwoThousandRows_data();
    void filterNarrowsTwoThousandRows();
    void theStartPreviewUsesTheLoadsTreeThenItGoes();
    void aPreviewParsesOffTheWindowsThread();
    void anApplyAfterTheTreeWentRecordsItsRouteWithoutParsing();
    void typingTheTailnetBuildsOnePreviewWhenTheTypingPauses();
    void theParsedTreeIsKeptOnlyWhileAnEditNeedsIt();
    void aCertificateOnlyChangeIsStillNoticed();
    void theLocalProxyStartsAndStopsWithoutHoldingTheWindow_data();
    void theLocalProxyStartsAndStopsWithoutHoldingTheWindow();
    void aQuitLeavesNoLocalContextWhateverTheProxyWasDoing_data();
    void aQuitLeavesNoLocalContextWhateverTheProxyWasDoing();
    void aPreviewAskedForWhileStartReadsTheCaStillComes();

private:
    void openWindow();
    void startAsAReturningUser();
    void chooseForTheLocalProxy(const QString &context);
    QStringList shownNames() const;

    QString m_config;
    KubectlRunner m_kubectl;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KubeconfigService> m_service;
    std::unique_ptr<ForwarderController> m_forwarder;
    std::unique_ptr<MainWindow> m_window;
};

void TestLargeKubeconfigJourney::initTestCase()
{
    MessageBoxSeam::setTestMode(true);
    FileDialogSeam::setTestMode(true);
}

void TestLargeKubeconfigJourney::init()
{
    QDir(FixtureKubeconfigs::kubeDir()).removeRecursively();
    m_config = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    QVERIFY(FixtureKubeconfigs::write(m_config, gkeShaped(LargeCount)));
    m_settings = std::make_unique<AppSettings>();
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles({m_config});
}

void TestLargeKubeconfigJourney::cleanup()
{
    m_window.reset();
    m_forwarder.reset();
    m_service.reset();
    m_settings.reset();
}

// As the app starts it: the service has not read anything when the window is made.
void TestLargeKubeconfigJourney::openWindow()
{
    m_forwarder = std::make_unique<ForwarderController>(m_service.get());
    m_window = std::make_unique<MainWindow>(m_service.get(), m_forwarder.get(), m_settings.get());
    m_window->setTrayAvailable(true);
}

// A returning user: the proxy typed last time is filled in, so the start previews.
void TestLargeKubeconfigJourney::startAsAReturningUser()
{
    m_settings->setLastHostname(QStringLiteral("tailscale-operator"));
    m_settings->setLastTailnet(QStringLiteral("tail1234.ts.net"));
    openWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_service->isLoaded(), LoadTimeoutMs);
}

// The user selects the context, looks at its preview (parsed on a worker, the tree gone
// after), and the local proxy gets a free port, in the panel and in the settings the tray
// uses.
void TestLargeKubeconfigJourney::chooseForTheLocalProxy(const QString &context)
{
    m_window->contextsPanel()->selectContexts({context});
    QCOMPARE(m_window->forwarderPanel()->context(), context);
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isParsingInBackground(), LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isParsed(), 10000);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_settings->setForwarderPort(probe.serverPort());
    m_window->forwarderPanel()->setPort(probe.serverPort());
}

QStringList TestLargeKubeconfigJourney::shownNames() const
{
    const QAbstractItemModel *shown = m_window->contextsPanel()->view()->model();
    QStringList names;
    for (int row = 0; row < shown->rowCount(); ++row)
        names << shown->index(row, 0).data(ContextsModel::ContextNameRole).toString();
    return names;
}

void TestLargeKubeconfigJourney::windowRespondsWhileALargeKubeconfigLoads()
{
    QVERIFY(QFileInfo(m_config).size() > 2 * 1024 * 1024);
    QElapsedTimer clock;
    clock.start();
    openWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    qInfo("window exposed after %lld ms", clock.elapsed());

    // Shown before the file is read: the table's place says what is being read, and what
    // needs the contexts is off.
    ContextsPanel *panel = m_window->contextsPanel();
    QVERIFY(m_service->isLoading());
    QVERIFY(!m_service->isLoaded());
    QVERIFY(panel->showsLoadingState());
    QVERIFY(panel->loadingLabel()->isVisible());
    QCOMPARE(panel->loadingLabel()->text(), QStringLiteral("Reading ~/.kube/config\u2026"));
    QVERIFY(!panel->filterEdit()->isEnabled());
    auto *check = m_window->findChild<QAction *>(QStringLiteral("checkConnectionAction"));
    QVERIFY(check);
    QVERIFY(!check->isEnabled());

    // The event loop keeps turning while the worker reads the 2,000 contexts.
    int turns = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (m_service->isLoading())
            ++turns;
    });
    ticker.start();
    QSignalSpy reloaded(m_service.get(), &KubeconfigService::reloaded);
    QVERIFY(reloaded.wait(LoadTimeoutMs));
    qInfo("all rows after %lld ms, %d event loop turns while loading", clock.elapsed(), turns);
    QVERIFY2(turns >= 2, qPrintable(QString::number(turns)));

    QCOMPARE(m_service->model()->rowCount(), LargeCount);
    QCOMPARE(shownNames().size(), LargeCount);
    QCOMPARE(shownNames().first(), gkeName(0));
    QCOMPARE(shownNames().last(), gkeName(LargeCount - 1));
    QVERIFY(!panel->showsLoadingState());
    QVERIFY(panel->view()->isVisible());
    QVERIFY(panel->filterEdit()->isEnabled());
    QVERIFY(check->isEnabled());
    QCOMPARE(panel->selectedContexts(), QStringList{gkeName(0)});
    QCOMPARE(m_window->statusText(), QStringLiteral("2000 contexts from ~/.kube/config"));
}

void TestLargeKubeconfigJourney::aReloadFinishingOutOfOrderIsDropped_data()
{
    QTest::addColumn<bool>("newerInBackground");
    QTest::newRow("a newer background load (an outside change) finishes first") << true;
    QTest::newRow("a reload for the app's own write meanwhile") << false;
}

void TestLargeKubeconfigJourney::aReloadFinishingOutOfOrderIsDropped()
{
    QFETCH(bool, newerInBackground);
    QVERIFY(FixtureKubeconfigs::write(m_config, gkeShaped(3, "old-")));
    QVERIFY(m_service->reload());
    openWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("old-0000"), QStringLiteral("old-0001"),
                                        QStringLiteral("old-0002")}));

    // The first load reads the file, then is held back before it hands its result over.
    auto read = std::make_shared<QSemaphore>();
    auto release = std::make_shared<QSemaphore>();
    auto calls = std::make_shared<std::atomic<int>>(0);
    m_service->setLoaderForTesting([read, release, calls](const QStringList &files) {
        Result<KubeconfigSet> loaded = KubeconfigSet::load(files);
        if (calls->fetch_add(1) == 0) {
            read->release();
            release->acquire();
        }
        return loaded;
    });
    m_service->reloadInBackground();
    QVERIFY(read->tryAcquire(1, LoadTimeoutMs));

    // The file changes; the newer load reads it and is shown.
    QVERIFY(FixtureKubeconfigs::replaceAtomically(m_config, gkeShaped(2, "new-")));
    const QStringList newer{QStringLiteral("new-0000"), QStringLiteral("new-0001")};
    if (newerInBackground) {
        m_service->reloadInBackground();
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(), newer, LoadTimeoutMs);
    } else {
        QVERIFY(m_service->reload());
        QCOMPARE(shownNames(), newer);
    }

    // The older load finishes last: dropped, the newer contexts stay.
    QSignalSpy reloaded(m_service.get(), &KubeconfigService::reloaded);
    release->release();
    QTRY_COMPARE_WITH_TIMEOUT(m_service->loadsRunning(), 0, LoadTimeoutMs);
    QCoreApplication::processEvents();
    QCOMPARE(reloaded.count(), 0);
    QCOMPARE(shownNames(), newer);
    QCOMPARE(m_service->contextNames(), newer);
    QVERIFY(!m_service->isLoading());
    QVERIFY(!m_window->contextsPanel()->showsLoadingState());
}

void TestLargeKubeconfigJourney::filterNarrowsTwoThousandRows_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("first");
    QTest::newRow("one context by its number")
        << QStringLiteral("cluster-1999") << 1 << gkeName(1999);
    QTest::newRow("a hundred, any case") << QStringLiteral("CLUSTER-19") << 100 << gkeName(1900);
    QTest::newRow("by server address") << QStringLiteral("34.100.7.") << 250 << gkeName(1750);
    QTest::newRow("by provider, all") << QStringLiteral("gke") << LargeCount << gkeName(0);
    QTest::newRow("nothing") << QStringLiteral("no-such-cluster") << 0 << QString();
}

void TestLargeKubeconfigJourney::filterNarrowsTwoThousandRows()
{
    QFETCH(QString, typed);
    QFETCH(int, rows);
    QFETCH(QString, first);
    QVERIFY(m_service->reload());
    openWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QLineEdit *filter = m_window->contextsPanel()->filterEdit();
    filter->setFocus();
    QElapsedTimer clock;
    clock.start();
    QTest::keyClicks(filter, typed);
    qInfo("%lld ms for %lld keystrokes over %d rows", clock.elapsed(), qint64(typed.size()),
          LargeCount);
    const QStringList shown = shownNames();
    QCOMPARE(shown.size(), rows);
    QCOMPARE(shown.value(0), first);
}

// As the app starts: the window is there before the load, selects the current context when
// the rows come and previews it. That preview uses the tree the load parsed (the file is
// parsed once), and the tree goes as soon as the load is handled, not a keep-alive later:
// a window just started holds the rows only. A context the user then picks is parsed again.
void TestLargeKubeconfigJourney::theStartPreviewUsesTheLoadsTreeThenItGoes()
{
    m_service->setParsedKeepAlive(10 * 60 * 1000); // only the load's own release can drop it
    startAsAReturningUser();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_window->contextsPanel()->selectedContexts(), QStringList{gkeName(0)});
    QVERIFY(m_window->rewritePanel()->plan().has_value());
    QCOMPARE(m_service->timesParsedAgain(), 0);
    QVERIFY2(!m_service->isParsed(), "the tree outlived the load that parsed it");

    const QString chosen = gkeName(42);
    m_window->contextsPanel()->selectContexts({chosen});
    // 2,000 contexts: parsed again on a worker, not inside the click.
    QVERIFY(m_service->isParsingInBackground());
    QVERIFY(!m_window->rewritePanel()->plan().has_value());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->rewritePanel()->plan().has_value(), LoadTimeoutMs);
    QCOMPARE(m_window->rewritePanel()->plan()->options().contexts, QStringList{chosen});
    QCOMPARE(m_service->timesParsedAgain(), 1);
    QVERIFY2(m_service->isParsed(), "a preview the user asked for keeps the tree a while");
}

// A preview of a large kubeconfig parses on a worker: the click returns at once, the panel
// says it is reading, Apply waits, and the preview comes when the parse is in. A parse of
// bytes a newer load replaced meanwhile is dropped.
void TestLargeKubeconfigJourney::aPreviewParsesOffTheWindowsThread()
{
    m_service->setParsedKeepAlive(0);
    startAsAReturningUser();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isParsed(), 10000);
    auto *apply = m_window->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply);

    const QString chosen = gkeName(777);
    m_window->contextsPanel()->selectContexts({chosen});
    QVERIFY(m_service->isParsingInBackground());
    QVERIFY(!m_window->rewritePanel()->plan().has_value());
    QVERIFY(!apply->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->rewritePanel()->plan().has_value(), LoadTimeoutMs);
    QCOMPARE(m_window->rewritePanel()->plan()->changedContexts(), QStringList{chosen});
    QVERIFY(apply->isEnabled());

    // The bytes change under a running parse: its result is not taken.
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isParsed(), 10000);
    m_window->contextsPanel()->selectContexts({gkeName(778)});
    QVERIFY(m_service->isParsingInBackground());
    const int parsedBefore = m_service->timesParsedAgain();
    QVERIFY(m_service->reload()); // the load's own tree previews the selection
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isParsingInBackground(), LoadTimeoutMs);
    QCOMPARE(m_service->timesParsedAgain(), parsedBefore);
    QVERIFY(m_window->rewritePanel()->plan().has_value());
    QCOMPARE(m_window->rewritePanel()->plan()->changedContexts(), QStringList{gkeName(778)});
}

// The user previews, looks away (the tree goes), then applies: the write reads the file it
// writes, but the route the app remembers comes from the rows it keeps, not from parsing
// 2,000 contexts again inside the click.
void TestLargeKubeconfigJourney::anApplyAfterTheTreeWentRecordsItsRouteWithoutParsing()
{
    m_service->setParsedKeepAlive(0);
    startAsAReturningUser();
    if (QTest::currentTestFailed())
        return;
    const QString chosen = gkeName(1500);
    m_window->contextsPanel()->selectContexts({chosen});
    QTRY_VERIFY_WITH_TIMEOUT(m_window->rewritePanel()->plan().has_value(), LoadTimeoutMs);
    QCOMPARE(m_window->rewritePanel()->plan()->changedContexts(), QStringList{chosen});
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isParsed(), 10000);
    auto *apply = m_window->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply && apply->isEnabled());

    const int parsedBefore = m_service->timesParsedAgain();
    RewritePanel *panel = m_window->rewritePanel();
    LoopWatch loop([panel] { return panel->isApplying(); });
    QElapsedTimer click;
    click.start();
    QTest::mouseClick(apply, Qt::LeftButton);
    qInfo("Apply returned after %lld ms", click.elapsed());
    // Written on a worker: the window says so, and a second click does nothing.
    QVERIFY(panel->isApplying());
    QCOMPARE(m_window->statusText(), QStringLiteral("Writing ~/.kube/config\u2026"));
    QVERIFY(!apply->isEnabled());
    QVERIFY(!panel->apply());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isApplying(), LoadTimeoutMs);
    qInfo("written after %lld ms (a %d-context file), %d event loop turns meanwhile, the longest "
          "%lld ms apart",
          click.elapsed(), LargeCount, loop.turns(), loop.longestPause());
    QVERIFY2(loop.turns() >= 2, qPrintable(QString::number(loop.turns())));
    QVERIFY2(m_window->statusText().startsWith(QStringLiteral("Rewrote 1 context")),
             qPrintable(m_window->statusText()));
    QCOMPARE(m_service->context(chosen)->server,
             QStringLiteral("https://tailscale-operator.tail1234.ts.net:443"));
    QVERIFY2(m_service->canUndo(), qPrintable(m_service->undoBlockedReason()));
    QCOMPARE(m_service->timesParsedAgain(), parsedBefore);
    const std::optional<Route> route = RouteStore().find(chosen);
    QVERIFY(route.has_value());
    QCOMPARE(route->fqdn, m_window->rewritePanel()->plan()->options().fqdn);
    QCOMPARE(route->replacedServer, QStringLiteral("https://34.100.6.1")); // cluster 1500
}

// A plan of 2,000 contexts takes about half a second: one per keystroke made typing the
// tailnet lag by seconds. It is built once the typing pauses, and the plan shown for what was
// typed before cannot be applied meanwhile.
void TestLargeKubeconfigJourney::typingTheTailnetBuildsOnePreviewWhenTheTypingPauses()
{
    m_service->setParsedKeepAlive(10 * 60 * 1000);
    startAsAReturningUser();
    if (QTest::currentTestFailed())
        return;
    const QString chosen = gkeName(321);
    m_window->contextsPanel()->selectContexts({chosen});
    QTRY_VERIFY_WITH_TIMEOUT(m_window->rewritePanel()->plan().has_value(), LoadTimeoutMs);
    auto *apply = m_window->findChild<QPushButton *>(QStringLiteral("applyButton"));
    auto *tailnet = m_window->findChild<QComboBox *>(QStringLiteral("tailnetCombo"));
    QVERIFY(apply && tailnet && tailnet->lineEdit());
    QVERIFY(apply->isEnabled());

    const int planned = m_window->rewritePanel()->timesPlanned();
    tailnet->lineEdit()->selectAll();
    QTest::keyClicks(tailnet->lineEdit(), QStringLiteral("tail5678.ts.net"));
    QCOMPARE(m_window->rewritePanel()->timesPlanned(), planned);
    QVERIFY(!m_window->rewritePanel()->plan().has_value());
    QVERIFY(!apply->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->rewritePanel()->plan().has_value(), LoadTimeoutMs);
    QCOMPARE(m_window->rewritePanel()->timesPlanned(), planned + 1);
    QCOMPARE(m_window->rewritePanel()->plan()->options().fqdn,
             QStringLiteral("tailscale-operator.tail5678.ts.net"));
    QVERIFY(apply->isEnabled());
}

// The app runs all day: the parsed YAML of 2,000 contexts (tens of MiB) is not kept while
// the window only shows rows. The load's tree serves the start preview and goes with the
// load; a preview the user asks for and its Apply parse it again from the bytes
// read, and it goes again after the write. kubectl reads the file the window wrote.
void TestLargeKubeconfigJourney::theParsedTreeIsKeptOnlyWhileAnEditNeedsIt()
{
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl found ($KUBECTL)");
    m_service->setParsedKeepAlive(300);
    openWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_service->isLoaded(), LoadTimeoutMs);
    QCOMPARE(m_service->model()->rowCount(), LargeCount);
    QTRY_VERIFY2_WITH_TIMEOUT(!m_service->isParsed(),
                              "the window shows rows: the parsed files are not kept", 10000);

    // Filtering needs no tree; choosing a context previews it (its own warnings), which
    // parses again, and the tree goes again when the user pauses.
    const QString chosen = gkeName(1234);
    QTest::keyClicks(m_window->contextsPanel()->filterEdit(), QStringLiteral("cluster-1234"));
    QVERIFY(!m_service->isParsed());
    m_window->contextsPanel()->selectContexts({chosen});
    QCOMPARE(m_window->contextsPanel()->selectedContexts(), QStringList{chosen});
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isParsed(), 10000);

    // Typing the proxy shows the change: parsed again for the preview.
    m_window->rewritePanel()->setTailnet(QString());
    m_window->rewritePanel()->setHostname(QStringLiteral("tailscale-operator"));
    m_window->rewritePanel()->setTailnet(QStringLiteral("tail1234.ts.net"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->rewritePanel()->plan().has_value(), LoadTimeoutMs);
    QVERIFY(m_service->isParsed());
    QCOMPARE(m_window->rewritePanel()->plan()->changedContexts(), QStringList{chosen});
    auto *apply = m_window->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->rewritePanel()->isApplying(), LoadTimeoutMs);
    QVERIFY2(m_window->statusText().startsWith(QStringLiteral("Rewrote 1 context")),
             qPrintable(m_window->statusText()));

    // The write is in; nothing edits: the tree goes once the keep-alive has passed.
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isParsed(), 10000);
    QCOMPARE(m_service->context(chosen)->server,
             QStringLiteral("https://tailscale-operator.tail1234.ts.net:443"));
    QString error;
    const QJsonObject view = KubectlConfigView::read(m_kubectl, m_config, &error);
    QVERIFY2(!view.isEmpty(), qPrintable(error));
    const QJsonObject routed =
        KubectlConfigView::namedEntry(view, QStringLiteral("clusters"), chosen);
    QCOMPARE(routed.value(QStringLiteral("server")).toString(),
             QStringLiteral("https://tailscale-operator.tail1234.ts.net:443"));
    QVERIFY(!routed.contains(QStringLiteral("certificate-authority-data")));
    const QJsonObject neighbour =
        KubectlConfigView::namedEntry(view, QStringLiteral("clusters"), gkeName(1235));
    QVERIFY(neighbour.contains(QStringLiteral("certificate-authority-data")));
    QCOMPARE(view.value(QStringLiteral("clusters")).toArray().size(), LargeCount);
}

// The rows the service keeps have no CA (2,000 PEM bodies): a cloud CLI that writes only a
// new CA is still reported, from the CA's digest.
void TestLargeKubeconfigJourney::aCertificateOnlyChangeIsStillNoticed()
{
    const QByteArray before = gkeShaped(20);
    QVERIFY(FixtureKubeconfigs::write(m_config, before));
    m_service->setParsedKeepAlive(0);
    QVERIFY(m_service->reload());
    openWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isParsed(), 10000);

    const QString changed = gkeName(7);
    const qsizetype name = before.indexOf(QByteArray("  name: " + changed.toUtf8() + "\n"));
    const QByteArray key = "certificate-authority-data: ";
    const qsizetype ca = before.lastIndexOf(key, name) + key.size();
    const qsizetype end = before.indexOf('\n', ca);
    QVERIFY(name > 0 && ca > key.size() && end > ca && end < name);
    QByteArray after = before;
    after.replace(
        ca, end - ca,
        QByteArray("-----BEGIN CERTIFICATE-----\nMIIBrotated\n-----END CERTIFICATE-----\n")
            .toBase64());
    QVERIFY(FixtureKubeconfigs::replaceAtomically(m_config, after));
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_window->statusText().contains(QStringLiteral("%1 was changed").arg(changed)),
        qPrintable(m_window->statusText()), LoadTimeoutMs);
    QVERIFY2(!m_window->statusText().contains(gkeName(6)), qPrintable(m_window->statusText()));
}

void TestLargeKubeconfigJourney::theLocalProxyStartsAndStopsWithoutHoldingTheWindow_data()
{
    QTest::addColumn<QString>("from");
    QTest::newRow("the window's Local proxy panel") << QStringLiteral("panel");
    QTest::newRow("the tray menu") << QStringLiteral("tray");
}

// Start reads the context's CA from 2,000 parsed contexts and writes <context>-local into the
// 3 MB file; Stop writes it out again. Each took 0.6-0.7 s on the window's thread: now the
// window keeps turning while the worker reads and writes, says what it is doing, and gives
// the outcome when it is done. kubectl reads the file in between.
void TestLargeKubeconfigJourney::theLocalProxyStartsAndStopsWithoutHoldingTheWindow()
{
    QFETCH(QString, from);
    m_service->setParsedKeepAlive(0);
    QVERIFY(m_service->reload());
    openWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    std::unique_ptr<TrayIcon> tray;
    if (from == QLatin1String("tray")) {
        tray = std::make_unique<TrayIcon>(m_service.get(), m_forwarder.get(), m_settings.get());
        // As the app joins them: the tray's messages go to the window's status bar too.
        connect(tray.get(), &TrayIcon::statusMessage, m_window.get(), &MainWindow::showStatus);
        connect(tray.get(), &TrayIcon::errorMessage, m_window.get(), &MainWindow::showError);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isParsed(), 10000);

    const QString chosen = gkeName(0); // the current context, which the tray starts
    const QString local = chosen + QStringLiteral("-local");
    chooseForTheLocalProxy(chosen);
    if (QTest::currentTestFailed())
        return;
    const auto port = quint16(m_settings->forwarderPort());

    LoopWatch loop([this] { return m_forwarder->isBusy(); });
    auto *button =
        m_window->forwarderPanel()->findChild<QPushButton *>(QStringLiteral("startStopButton"));
    QVERIFY(button);
    const auto trigger = [&] {
        if (tray) {
            QVERIFY(tray->forwarderAction() && tray->forwarderAction()->isEnabled());
            tray->forwarderAction()->trigger();
        } else {
            QTest::mouseClick(button, Qt::LeftButton);
        }
    };

    QElapsedTimer click;
    click.start();
    loop.restart();
    trigger();
    if (QTest::currentTestFailed())
        return;
    qInfo("Start returned after %lld ms", click.elapsed());
    QCOMPARE(m_forwarder->busy(), ForwarderController::Busy::Starting);
    QCOMPARE(button->text(), QStringLiteral("Starting\u2026"));
    if (tray) {
        QTRY_VERIFY(tray->forwarderAction() && !tray->forwarderAction()->isEnabled());
        QCOMPARE(tray->forwarderAction()->text(),
                 QStringLiteral("Local proxy for %1 is starting\u2026").arg(chosen));
        tray->forwarderAction()->trigger(); // a second start while the first runs: ignored
    } else {
        QTest::mouseClick(button, Qt::LeftButton); // the same
    }
    QTRY_VERIFY_WITH_TIMEOUT(!m_forwarder->isBusy(), LoadTimeoutMs);
    qInfo("running after %lld ms, %d event loop turns meanwhile, the longest %lld ms apart",
          click.elapsed(), loop.turns(), loop.longestPause());
    QVERIFY2(loop.turns() >= 2, qPrintable(QString::number(loop.turns())));
    QVERIFY2(m_forwarder->isRunning(), qPrintable(m_forwarder->lastError()));
    QCOMPARE(m_forwarder->port(), port);
    QCOMPARE(m_forwarder->localContext(), local);
    QVERIFY2(m_window->statusText().contains(QStringLiteral("listens on")),
             qPrintable(m_window->statusText()));
    QCOMPARE(button->text(), QStringLiteral("&Stop"));
    QVERIFY(m_service->context(local).has_value());
    QCOMPARE(m_service->model()->rowCount(), LargeCount + 1);
    QVERIFY2(m_service->canUndo(), qPrintable(m_service->undoBlockedReason()));

    QString error;
    if (m_kubectl.isAvailable()) {
        const QJsonObject view = KubectlConfigView::read(m_kubectl, m_config, &error);
        QVERIFY2(!view.isEmpty(), qPrintable(error));
        QCOMPARE(KubectlConfigView::namedEntry(view, QStringLiteral("clusters"), local)
                     .value(QStringLiteral("server"))
                     .toString(),
                 m_forwarder->localUrl());
        QCOMPARE(view.value(QStringLiteral("contexts")).toArray().size(), LargeCount + 1);
    }

    click.restart();
    loop.restart();
    trigger();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_forwarder->busy(), ForwarderController::Busy::Stopping);
    QVERIFY(!m_service->canUndo()); // the write in progress is not undone under its feet
    QTRY_VERIFY_WITH_TIMEOUT(!m_forwarder->isBusy(), LoadTimeoutMs);
    qInfo("stopped after %lld ms, %d event loop turns meanwhile, the longest %lld ms apart",
          click.elapsed(), loop.turns(), loop.longestPause());
    QVERIFY2(loop.turns() >= 2, qPrintable(QString::number(loop.turns())));
    QVERIFY(!m_forwarder->isRunning());
    QVERIFY2(m_forwarder->lastError().isEmpty(), qPrintable(m_forwarder->lastError()));
    QVERIFY(!m_service->context(local).has_value());
    QCOMPARE(m_service->model()->rowCount(), LargeCount);
    QVERIFY2(m_window->statusText().contains(QStringLiteral("stopped")),
             qPrintable(m_window->statusText()));
    QCOMPARE(button->text(), QStringLiteral("&Start"));
    if (m_kubectl.isAvailable()) {
        const QJsonObject view = KubectlConfigView::read(m_kubectl, m_config, &error);
        QVERIFY2(!view.isEmpty(), qPrintable(error));
        QVERIFY(KubectlConfigView::namedEntry(view, QStringLiteral("contexts"), local).isEmpty());
        QCOMPARE(view.value(QStringLiteral("contexts")).toArray().size(), LargeCount);
    }
}

void TestLargeKubeconfigJourney::aQuitLeavesNoLocalContextWhateverTheProxyWasDoing_data()
{
    QTest::addColumn<QString>("phase");
    QTest::newRow("while the context's CA is read") << QStringLiteral("reading");
    QTest::newRow("while <context>-local is written") << QStringLiteral("writing");
    QTest::newRow("once it runs (the quit stops it)") << QStringLiteral("running");
}

// Quit from the tray right after Start, or while the proxy runs: whatever the worker was doing,
// the app ends with the kubeconfig as it was, no `<context>-local` pointing at a port nobody
// listens on.
void TestLargeKubeconfigJourney::aQuitLeavesNoLocalContextWhateverTheProxyWasDoing()
{
    QFETCH(QString, phase);
    m_service->setParsedKeepAlive(0);
    QVERIFY(m_service->reload());
    openWindow();
    const QString chosen = gkeName(3);
    chooseForTheLocalProxy(chosen);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->forwarderPanel()->start());
    QCOMPARE(m_forwarder->busy(), ForwarderController::Busy::Starting);
    if (phase == QLatin1String("writing")) {
        QTRY_VERIFY_WITH_TIMEOUT(m_service->isWritingInBackground(), LoadTimeoutMs);
    } else if (phase == QLatin1String("running")) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_forwarder->isBusy(), LoadTimeoutMs);
        QVERIFY(m_forwarder->isRunning());
        QVERIFY(
            FixtureKubeconfigs::read(m_config).contains(QByteArray(chosen.toUtf8() + "-local")));
    } else {
        QVERIFY(!m_service->isWritingInBackground());
    }

    // As the app quits: Stop (its removal starts on a worker), the window goes, then the
    // forwarder, then the service.
    m_forwarder->stop();
    m_window.reset();
    m_forwarder.reset();
    m_service.reset();
    const QByteArray written = FixtureKubeconfigs::read(m_config);
    QVERIFY(!written.contains(QByteArray(chosen.toUtf8() + "-local")));
    if (m_kubectl.isAvailable()) {
        QString error;
        const QJsonObject view = KubectlConfigView::read(m_kubectl, m_config, &error);
        QVERIFY2(!view.isEmpty(), qPrintable(error));
        QCOMPARE(view.value(QStringLiteral("contexts")).toArray().size(), LargeCount);
        QCOMPARE(view.value(QStringLiteral("clusters")).toArray().size(), LargeCount);
    }
}

// Start reads the context's CA from a parse on a worker; the user picks another context to
// preview meanwhile. That preview waits for a parse too: the one already running serves it,
// also when the start then fails (the port is taken) and writes nothing.
void TestLargeKubeconfigJourney::aPreviewAskedForWhileStartReadsTheCaStillComes()
{
    m_service->setParsedKeepAlive(0);
    startAsAReturningUser();
    if (QTest::currentTestFailed())
        return;
    chooseForTheLocalProxy(gkeName(5));
    if (QTest::currentTestFailed())
        return;
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    m_window->forwarderPanel()->setPort(taken.serverPort());
    QSignalSpy errors(m_window->forwarderPanel(), &ForwarderPanel::errorMessage);
    QVERIFY(m_window->forwarderPanel()->start());
    QCOMPARE(m_forwarder->busy(), ForwarderController::Busy::Starting);
    QVERIFY(m_service->isParsingInBackground());

    const QString other = gkeName(6);
    m_window->contextsPanel()->selectContexts({other});
    QVERIFY(!m_window->rewritePanel()->plan().has_value());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->rewritePanel()->plan().has_value(), 20000);
    QCOMPARE(m_window->rewritePanel()->plan()->changedContexts(), QStringList{other});
    QTRY_VERIFY_WITH_TIMEOUT(!m_forwarder->isBusy(), LoadTimeoutMs);
    QVERIFY(!m_forwarder->isRunning());
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().startsWith(
                 QStringLiteral("The local proxy did not start: ")),
             qPrintable(errors.first().first().toString()));
    QVERIFY(!m_service->context(gkeName(5) + QStringLiteral("-local")).has_value());
}

QTEST_MAIN(TestLargeKubeconfigJourney)
#include "tst_largekubeconfigjourney.moc"
