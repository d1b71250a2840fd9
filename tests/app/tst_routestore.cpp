// The remembered routes in the app's settings: they survive a restart (a new RouteStore,
// as a new process reads them), one per context, names with '/' and ':' (EKS ARNs) intact.
#include "app/AppSetup.h"
#include "app/routes/RouteStore.h"

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
