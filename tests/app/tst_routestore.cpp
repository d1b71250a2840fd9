// The remembered routes in the app's settings: they survive a restart (a new RouteStore,
// as a new process reads them), one per context, names with '/' and ':' (EKS ARNs) intact.
#include "app/AppSetup.h"
#include "app/routes/RouteRecorder.h"
#include "app/routes/RouteStore.h"
#include "kubeconfig/KubeconfigDocument.h"
#include "kubeconfig/KubeconfigSet.h"
#include "kubeconfig/KubeconfigSnapshot.h"
#include "kubeconfig/RewritePlan.h"
#include "tests/support/GeneratedKubeconfig.h"

#include <QSettings>
#include <QTest>

namespace {

Route route(const QString &context, const QString &fqdn, const QString &cluster = QString())
{
    Route r;
    r.context = context;
    r.cluster = cluster.isEmpty() ? context : cluster;
    r.fqdn = fqdn;
    r.replacedServer = QStringLiteral("https://34.118.10.20");
    return r;
}

// "a" routes a in place (proxy one.tail1234.ts.net), "a@two" to two.tail1234.ts.net, "a+"
// adds its sibling a-tailnet, "a+b" adds its sibling named b.
Route parsed(const QString &text)
{
    const QString proxy = text.section(QLatin1Char('@'), 1);
    const QString spec = text.section(QLatin1Char('@'), 0, 0);
    Route r = route(spec.section(QLatin1Char('+'), 0, 0),
                    (proxy.isEmpty() ? QStringLiteral("one") : proxy) +
                        QStringLiteral(".tail1234.ts.net"));
    if (spec.contains(QLatin1Char('+'))) {
        r.mode = Route::Mode::NewContext;
        const QString added = spec.section(QLatin1Char('+'), 1);
        r.addedContext = added.isEmpty() ? r.context + QStringLiteral("-tailnet") : added;
    }
    return r;
}

QList<Route> parsedAll(const QStringList &texts)
{
    QList<Route> routes;
    for (const QString &text : texts)
        routes << parsed(text);
    return routes;
}

QStringList described(const QList<Route> &routes)
{
    QStringList texts;
    for (const Route &r : routes)
        texts << r.context + QLatin1Char('>') + r.routedContext() + QLatin1Char('@') + r.fqdn;
    return texts;
}

} // namespace

class TestRouteStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void roundTrip_data();
    void roundTrip();
    void recordingAContextAgainReplacesItsRoute();
    void recordingSeveralAtOnceIsRecordingEachInTurn_data();
    void recordingSeveralAtOnceIsRecordingEachInTurn();
    void aRewriteOfManyContextsWritesTheListOnce();
    void theKeptRowsGiveTheRoutesTheParsedFilesGive_data();
    void theKeptRowsGiveTheRoutesTheParsedFilesGive();
    void forgetByContextOrSibling();
    void keepModeDefaultsToApplyAgain();
    void lastProxyForCluster();
};

void TestRouteStore::initTestCase()
{
    AppSetup::configureApplication();
}

void TestRouteStore::init()
{
    QSettings().clear();
}

void TestRouteStore::roundTrip_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<bool>("newContext");
    QTest::addColumn<bool>("keepCa");
    QTest::newRow("gke, in place") << "gke_acme-prod_us-central1_payments" << false << false;
    QTest::newRow("eks ARN with / and :")
        << "arn:aws:eks:eu-west-1:123456789012:cluster/orders" << false << false;
    QTest::newRow("aks, sibling context") << "orders-aks" << true << false;
    QTest::newRow("keep-ca") << "k3s-default" << false << true;
}

void TestRouteStore::roundTrip()
{
    QFETCH(QString, context);
    QFETCH(bool, newContext);
    QFETCH(bool, keepCa);
    Route r = route(context, QStringLiteral("tailscale-operator.tail1234.ts.net"));
    r.keepCa = keepCa;
    if (newContext) {
        r.mode = Route::Mode::NewContext;
        r.addedContext = context + QStringLiteral("-tailnet");
    }
    {
        RouteStore store;
        store.record(r);
    }
    RouteStore restarted;
    QCOMPARE(restarted.routes().size(), 1);
    QCOMPARE(restarted.routes().constFirst(), r);
    QVERIFY(restarted.find(r.routedContext()));
}

void TestRouteStore::recordingAContextAgainReplacesItsRoute()
{
    RouteStore store;
    store.record(route(QStringLiteral("a"), QStringLiteral("one.tail1234.ts.net")));
    store.record(route(QStringLiteral("b"), QStringLiteral("two.tail1234.ts.net")));
    store.record(route(QStringLiteral("a"), QStringLiteral("three.tail1234.ts.net")));
    const QList<Route> routes = RouteStore().routes();
    QCOMPARE(routes.size(), 2);
    QCOMPARE(RouteStore().find(QStringLiteral("a"))->fqdn, QStringLiteral("three.tail1234.ts.net"));
}

void TestRouteStore::recordingSeveralAtOnceIsRecordingEachInTurn_data()
{
    QTest::addColumn<QStringList>("stored");
    QTest::addColumn<QStringList>("recorded");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nothing recorded") << QStringList{QStringLiteral("a")} << QStringList()
                                      << QStringList{QStringLiteral("a>a@one.tail1234.ts.net")};
    QTest::newRow("new ones after those stored, in order")
        << QStringList{QStringLiteral("a")} << QStringList{QStringLiteral("b"), QStringLiteral("c")}
        << QStringList{QStringLiteral("a>a@one.tail1234.ts.net"),
                       QStringLiteral("b>b@one.tail1234.ts.net"),
                       QStringLiteral("c>c@one.tail1234.ts.net")};
    QTest::newRow("a new one replaces the stored one of its context")
        << QStringList{QStringLiteral("a"), QStringLiteral("b")}
        << QStringList{QStringLiteral("a@two")}
        << QStringList{QStringLiteral("b>b@one.tail1234.ts.net"),
                       QStringLiteral("a>a@two.tail1234.ts.net")};
    QTest::newRow("the last of one context wins")
        << QStringList() << QStringList{QStringLiteral("a@one"), QStringLiteral("a@two")}
        << QStringList{QStringLiteral("a>a@two.tail1234.ts.net")};
    QTest::newRow("a sibling and the context in place both stay")
        << QStringList{QStringLiteral("a+")} << QStringList{QStringLiteral("a")}
        << QStringList{QStringLiteral("a>a-tailnet@one.tail1234.ts.net"),
                       QStringLiteral("a>a@one.tail1234.ts.net")};
    QTest::newRow("a sibling named like a context replaces its route")
        << QStringList{QStringLiteral("b")} << QStringList{QStringLiteral("x+b")}
        << QStringList{QStringLiteral("x>b@one.tail1234.ts.net")};
    QTest::newRow("replaced later in the same batch, still replaces what was stored")
        << QStringList{QStringLiteral("a+"), QStringLiteral("c")}
        << QStringList{QStringLiteral("y+a-tailnet"), QStringLiteral("y+")}
        << QStringList{QStringLiteral("c>c@one.tail1234.ts.net"),
                       QStringLiteral("y>y-tailnet@one.tail1234.ts.net")};
}

// A batch (a rewrite of all contexts) is stored as one record() each in order would store it,
// with one write.
void TestRouteStore::recordingSeveralAtOnceIsRecordingEachInTurn()
{
    QFETCH(QStringList, stored);
    QFETCH(QStringList, recorded);
    QFETCH(QStringList, expected);
    const auto storeFirst = [&](RouteStore &store) {
        QSettings().clear();
        for (const Route &r : parsedAll(stored))
            store.record(r);
    };
    RouteStore oneByOne;
    storeFirst(oneByOne);
    for (const Route &r : parsedAll(recorded))
        oneByOne.record(r);
    const QStringList inTurn = described(RouteStore().routes());
    QCOMPARE(inTurn, expected);

    RouteStore batch;
    storeFirst(batch);
    const int saved = batch.timesSaved();
    batch.record(parsedAll(recorded));
    QCOMPARE(described(RouteStore().routes()), inTurn);
    QCOMPARE(batch.timesSaved() - saved, recorded.isEmpty() ? 0 : 1);
}

// `kubetailor rewrite --all --in-place` on 2,000 contexts remembers 2,000 routes: one write of
// the list, not one each (that took 30 s).
void TestRouteStore::aRewriteOfManyContextsWritesTheListOnce()
{
    constexpr int count = 300;
    const Result<KubeconfigDocument> document = KubeconfigDocument::fromBytes(
        GeneratedKubeconfig::gkeShaped(count), QStringLiteral("/tmp/config"));
    QVERIFY2(document, qPrintable(document.error()));
    const KubeconfigSet set = KubeconfigSet::fromDocuments({document.value()});
    RewriteOptions options;
    options.all = true;
    options.fqdn = QStringLiteral("tailscale-operator.tail1234.ts.net");
    const Result<RewritePlan> plan = RewritePlan::build(set, options);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan.value().changedContexts().size(), count);

    RouteStore store;
    store.record(route(QStringLiteral("gke_acme-prod_us-central1_c7"),
                       QStringLiteral("old.tail1234.ts.net")));
    const int saved = store.timesSaved();
    RouteRecorder::record(store, set, plan.value());
    QCOMPARE(store.timesSaved() - saved, 1);
    const QList<Route> routes = RouteStore().routes();
    QCOMPARE(routes.size(), count);
    QCOMPARE(RouteStore().find(QStringLiteral("gke_acme-prod_us-central1_c7"))->fqdn,
             QStringLiteral("tailscale-operator.tail1234.ts.net"));
    QCOMPARE(routes.constLast().context, QStringLiteral("gke_acme-prod_us-central1_c299"));
}

void TestRouteStore::theKeptRowsGiveTheRoutesTheParsedFilesGive_data()
{
    QTest::addColumn<bool>("all");
    QTest::addColumn<bool>("sibling");
    QTest::addColumn<QStringList>("contexts");
    QTest::addColumn<QString>("ownProxy"); // for the second context, when set
    const QString first = QStringLiteral("gke_acme-prod_us-central1_c3");
    const QString second = QStringLiteral("gke_acme-prod_us-central1_c11");
    QTest::newRow("all, in place") << true << false << QStringList() << QString();
    QTest::newRow("two, in place, one with its own proxy")
        << false << false << QStringList{first, second} << QStringLiteral("other.tail1234.ts.net");
    QTest::newRow("one, as a sibling") << false << true << QStringList{second} << QString();
    QTest::newRow("all, as siblings") << true << true << QStringList() << QString();
}

// The window records the routes of an Apply from the rows it keeps (no CA, no YAML tree),
// the CLI from the parsed files: the same routes either way, with the tree released.
void TestRouteStore::theKeptRowsGiveTheRoutesTheParsedFilesGive()
{
    QFETCH(bool, all);
    QFETCH(bool, sibling);
    QFETCH(QStringList, contexts);
    QFETCH(QString, ownProxy);
    const Result<KubeconfigDocument> document = KubeconfigDocument::fromBytes(
        GeneratedKubeconfig::gkeShaped(20), QStringLiteral("/tmp/config"));
    QVERIFY2(document, qPrintable(document.error()));
    const KubeconfigSet set = KubeconfigSet::fromDocuments({document.value()});
    RewriteOptions options;
    options.all = all;
    options.contexts = contexts;
    options.fqdn = QStringLiteral("tailscale-operator.tail1234.ts.net");
    if (!ownProxy.isEmpty())
        options.fqdnByContext.insert(contexts.value(1), ownProxy);
    if (sibling)
        options.mode = RewriteOptions::Mode::NewContext;
    const Result<RewritePlan> plan = RewritePlan::build(set, options);
    QVERIFY2(plan, qPrintable(plan.error()));

    KubeconfigSnapshot rows(set);
    QVERIFY(rows.release());
    const QList<Route> fromFiles = RouteRecorder::routesOf(set, plan.value());
    const QList<Route> fromRows = RouteRecorder::routesOf(
        rows.contextNames(), [&rows](const QString &name) { return rows.context(name); },
        plan.value());
    QVERIFY(!rows.isParsed());
    QVERIFY(!fromFiles.isEmpty());
    QCOMPARE(described(fromRows), described(fromFiles));
    for (qsizetype i = 0; i < fromFiles.size(); ++i) {
        QCOMPARE(fromRows.at(i).cluster, fromFiles.at(i).cluster);
        QCOMPARE(fromRows.at(i).replacedServer, fromFiles.at(i).replacedServer);
        QCOMPARE(fromRows.at(i).keepCa, fromFiles.at(i).keepCa);
    }
}

void TestRouteStore::forgetByContextOrSibling()
{
    RouteStore store;
    Route sibling = route(QStringLiteral("s"), QStringLiteral("one.tail1234.ts.net"));
    sibling.mode = Route::Mode::NewContext;
    sibling.addedContext = QStringLiteral("s-tailnet");
    store.record(sibling);
    store.record(route(QStringLiteral("a"), QStringLiteral("one.tail1234.ts.net")));
    QVERIFY(!store.forget(QStringLiteral("nope")));
    QVERIFY(store.forget(QStringLiteral("s-tailnet")));
    QVERIFY(store.forget(QStringLiteral("a")));
    QVERIFY(RouteStore().routes().isEmpty());
}

void TestRouteStore::keepModeDefaultsToApplyAgain()
{
    QVERIFY(RouteStore().keepMode() == RouteStore::KeepMode::Reapply);
    RouteStore().setKeepMode(RouteStore::KeepMode::Ask);
    QVERIFY(RouteStore().keepMode() == RouteStore::KeepMode::Ask);
    RouteStore().setKeepMode(RouteStore::KeepMode::Off);
    QVERIFY(RouteStore().keepMode() == RouteStore::KeepMode::Off);
}

void TestRouteStore::lastProxyForCluster()
{
    RouteStore store;
    QVERIFY(store.lastProxyForCluster(QStringLiteral("c")).isEmpty());
    store.record(
        route(QStringLiteral("a"), QStringLiteral("one.tail1234.ts.net"), QStringLiteral("c")));
    store.record(
        route(QStringLiteral("b"), QStringLiteral("two.tail1234.ts.net"), QStringLiteral("c")));
    QCOMPARE(store.lastProxyForCluster(QStringLiteral("c")), QStringLiteral("two.tail1234.ts.net"));
}

QTEST_GUILESS_MAIN(TestRouteStore)
#include "tst_routestore.moc"
