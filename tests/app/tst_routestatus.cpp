// Where a remembered route stands in the kubeconfig as a cloud CLI or the user left it: in
// effect, reverted by another program, context gone, changed by hand.
#include "app/routes/Route.h"
#include "app/routes/RouteReapply.h"
#include "app/routes/RouteStatus.h"
#include "kubeconfig/KubeconfigSet.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString fqdn = QStringLiteral("tailscale-operator.tail1234.ts.net");
const QString publicServer = QStringLiteral("https://34.118.10.20");

// One context `ctx` on cluster `c` with `server` (and CA data when `ca`), plus an optional
// sibling `ctx-tailnet` on cluster `c-tailnet` with `siblingServer`.
QByteArray kubeconfig(const QString &server, bool ca, const QString &siblingServer = QString())
{
    QByteArray yaml = "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                      "    server: " +
                      server.toUtf8() + "\n";
    if (ca)
        yaml += "    certificate-authority-data: TUlJQ2FrZQ==\n";
    if (!siblingServer.isEmpty())
        yaml += "- name: c-tailnet\n  cluster:\n    server: " + siblingServer.toUtf8() + "\n";
    yaml += "contexts:\n- name: ctx\n  context:\n    cluster: c\n    user: u\n";
    if (!siblingServer.isEmpty())
        yaml += "- name: ctx-tailnet\n  context:\n    cluster: c-tailnet\n    user: u\n";
    yaml += "users:\n- name: u\n  user:\n    exec:\n      apiVersion: "
            "client.authentication.k8s.io/v1beta1\n      command: gke-gcloud-auth-plugin\n";
    return yaml;
}

Route inPlaceRoute()
{
    Route route;
    route.context = QStringLiteral("ctx");
    route.cluster = QStringLiteral("c");
    route.fqdn = fqdn;
    route.replacedServer = publicServer;
    return route;
}

} // namespace

class TestRouteStatus : public QObject
{
    Q_OBJECT

private slots:
    void state_data();
    void state();
    void onlyRevertedInPlaceRoutesAreAppliedAgain();
    void oneRewritePerProxy();

private:
    KubeconfigSet load(const QByteArray &yaml);
    QTemporaryDir m_dir;
};

KubeconfigSet TestRouteStatus::load(const QByteArray &yaml)
{
    const QString path = m_dir.filePath(QStringLiteral("config"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(yaml) != yaml.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    const Result<KubeconfigSet> set = KubeconfigSet::load({path});
    if (!set)
        qFatal("cannot load the test kubeconfig: %s", qPrintable(set.error()));
    return set.value();
}

void TestRouteStatus::state_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("newContext");
    QTest::addColumn<bool>("keepCa");
    QTest::addColumn<QString>("state");

    const QString proxy = QStringLiteral("https://") + fqdn + QStringLiteral(":443");
    QTest::newRow("in place, through the proxy: in effect")
        << kubeconfig(proxy, false) << false << false << "in-effect";
    QTest::newRow("in place, proxy name in upper case: in effect")
        << kubeconfig(proxy.toUpper().replace(QStringLiteral("HTTPS"), QStringLiteral("https")),
                      false)
        << false << false << "in-effect";
    QTest::newRow("get-credentials wrote the old server and CA back: reverted")
        << kubeconfig(publicServer, true) << false << false << "reverted";
    QTest::newRow("old server back without CA: reverted")
        << kubeconfig(publicServer, false) << false << false << "reverted";
    QTest::newRow("proxy kept but CA data added back: reverted")
        << kubeconfig(proxy, true) << false << false << "reverted";
    QTest::newRow("keep-ca route with its CA: in effect")
        << kubeconfig(proxy, true) << false << true << "in-effect";
    QTest::newRow("a new endpoint: changed by hand")
        << kubeconfig(QStringLiteral("https://34.118.99.99"), true) << false << false
        << "changed-by-hand";
    QTest::newRow("another proxy: changed by hand")
        << kubeconfig(QStringLiteral("https://other-operator.tail1234.ts.net:443"), false) << false
        << false << "changed-by-hand";
    QTest::newRow("proxy name on another port: changed by hand")
        << kubeconfig(QStringLiteral("https://") + fqdn + QStringLiteral(":8443"), false) << false
        << false << "changed-by-hand";
    QTest::newRow("sibling through the proxy, original reverted: in effect")
        << kubeconfig(publicServer, true, proxy) << true << false << "in-effect";
    QTest::newRow("sibling deleted: context gone")
        << kubeconfig(publicServer, true) << true << false << "context-gone";
    QTest::newRow("sibling pointed elsewhere: changed by hand")
        << kubeconfig(publicServer, true, publicServer) << true << false << "changed-by-hand";
}

void TestRouteStatus::state()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, newContext);
    QFETCH(bool, keepCa);
    QFETCH(QString, state);

    Route route = inPlaceRoute();
    route.keepCa = keepCa;
    if (newContext) {
        route.mode = Route::Mode::NewContext;
        route.addedContext = QStringLiteral("ctx-tailnet");
    }
    QCOMPARE(RouteStatus::id(RouteStatus::of(route, load(yaml))), state);
}

void TestRouteStatus::onlyRevertedInPlaceRoutesAreAppliedAgain()
{
    const KubeconfigSet set = load(kubeconfig(publicServer, true));
    Route gone = inPlaceRoute();
    gone.context = QStringLiteral("deleted-context");
    Route byHand = inPlaceRoute();
    byHand.replacedServer = QStringLiteral("https://10.0.0.1");
    const QList<Route> reverted = RouteReapply::reverted({inPlaceRoute(), gone, byHand}, set);
    QCOMPARE(reverted.size(), 1);
    QCOMPARE(reverted.constFirst().context, QStringLiteral("ctx"));
    QCOMPARE(RouteStatus::id(RouteStatus::of(gone, set)), QStringLiteral("context-gone"));
}

void TestRouteStatus::oneRewritePerProxy()
{
    Route a = inPlaceRoute();
    Route b = inPlaceRoute();
    b.context = QStringLiteral("b");
    Route c = inPlaceRoute();
    c.context = QStringLiteral("c");
    c.fqdn = QStringLiteral("eks-operator.tail1234.ts.net");
    const QList<RewriteOptions> rewrites = RouteReapply::rewrites({a, c, b});
    QCOMPARE(rewrites.size(), 2);
    QCOMPARE(rewrites.at(0).fqdn, fqdn);
    QCOMPARE(rewrites.at(0).contexts, (QStringList{QStringLiteral("ctx"), QStringLiteral("b")}));
    QCOMPARE(rewrites.at(1).contexts, QStringList{QStringLiteral("c")});
    QVERIFY(rewrites.at(0).mode == RewriteOptions::Mode::InPlace);
}

QTEST_GUILESS_MAIN(TestRouteStatus)
#include "tst_routestatus.moc"
