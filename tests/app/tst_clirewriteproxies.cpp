// `kubetailor rewrite --context NAME=FQDN`: each context its own proxy, run as a user runs it;
// the written file is read back with the real kubectl.
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlRunner.h"
#include "tests/support/KubetailorProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using Servers = QMap<QString, QString>; // context -> its cluster's server

// Three contexts; "alpha" and "alpha-admin" share the cluster "alpha".
const QByteArray kConfig = R"(apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://10.0.0.1
    certificate-authority-data: Zm9v
  name: alpha
- cluster:
    server: https://10.0.0.2
    certificate-authority-data: YmFy
  name: beta
contexts:
- context:
    cluster: alpha
    user: alpha
  name: alpha
- context:
    cluster: alpha
    user: alpha
  name: alpha-admin
- context:
    cluster: beta
    user: beta
  name: beta
current-context: alpha
users:
- name: alpha
  user:
    token: alpha-token
- name: beta
  user:
    token: beta-token
)";

QString server(const QString &fqdn)
{
    return QStringLiteral("https://") + fqdn + QStringLiteral(":443");
}

} // namespace

class TestCliRewriteProxies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void eachContextItsOwnProxy_data();
    void eachContextItsOwnProxy();
    void refusals_data();
    void refusals();
    void eachRouteRemembersItsOwnProxy();

private:
    QMap<QString, QString> serversByContext();

    KubectlRunner m_kubectl;
    KubetailorProcess m_process;
    QString m_path;
};

void TestCliRewriteProxies::initTestCase()
{
    QVERIFY2(m_process.isValid(), "KUBETAILOR_EXE must point at the built kubetailor");
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl ($KUBECTL) to read the written files back");
}

void TestCliRewriteProxies::init()
{
    QDir(QDir::homePath() + QStringLiteral("/.local/state/kubetailor")).removeRecursively();
    m_path = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    QVERIFY(FixtureKubeconfigs::write(m_path, kConfig));
}

// context -> its cluster's server, as kubectl reads the file.
QMap<QString, QString> TestCliRewriteProxies::serversByContext()
{
    const KubectlRunner::Result r = m_kubectl.run(
        {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
         QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--kubeconfig"), m_path});
    if (!r.finished || r.exitCode != 0)
        return {};
    const QJsonObject view = QJsonDocument::fromJson(r.out).object();
    QMap<QString, QString> clusters;
    for (const QJsonValue &item : view.value(QStringLiteral("clusters")).toArray())
        clusters.insert(item[QStringLiteral("name")].toString(),
                        item[QStringLiteral("cluster")][QStringLiteral("server")].toString());
    QMap<QString, QString> servers;
    for (const QJsonValue &item : view.value(QStringLiteral("contexts")).toArray())
        servers.insert(
            item[QStringLiteral("name")].toString(),
            clusters.value(item[QStringLiteral("context")][QStringLiteral("cluster")].toString()));
    return servers;
}

void TestCliRewriteProxies::eachContextItsOwnProxy_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Servers>("expected");

    const QString a = QStringLiteral("alpha-proxy.tail1234.ts.net");
    const QString b = QStringLiteral("beta-proxy.tail1234.ts.net");
    const QString common = QStringLiteral("tailscale-operator.tail1234.ts.net");
    QTest::newRow("two contexts, two proxies")
        << QStringList{QStringLiteral("--context"), QStringLiteral("alpha=") + a,
                       QStringLiteral("--context"), QStringLiteral("beta=") + b}
        << Servers{{QStringLiteral("alpha"), server(a)},
                   {QStringLiteral("alpha-admin"), server(a)},
                   {QStringLiteral("beta"), server(b)}};
    QTest::newRow("one own proxy, the other through --fqdn")
        << QStringList{QStringLiteral("--fqdn"),    common,
                       QStringLiteral("--context"), QStringLiteral("alpha"),
                       QStringLiteral("--context"), QStringLiteral("beta=") + b}
        << Servers{{QStringLiteral("alpha"), server(common)},
                   {QStringLiteral("alpha-admin"), server(common)},
                   {QStringLiteral("beta"), server(b)}};
    QTest::newRow("contexts sharing a cluster, the same proxy")
        << QStringList{QStringLiteral("--context"), QStringLiteral("alpha=") + a,
                       QStringLiteral("--context"), QStringLiteral("alpha-admin=") + a}
        << Servers{{QStringLiteral("alpha"), server(a)},
                   {QStringLiteral("alpha-admin"), server(a)},
                   {QStringLiteral("beta"), QStringLiteral("https://10.0.0.2")}};
    QTest::newRow("new contexts, each its proxy")
        << QStringList{QStringLiteral("--new-context"), QStringLiteral("--context"),
                       QStringLiteral("alpha=") + a, QStringLiteral("--context"),
                       QStringLiteral("alpha-admin=") + b}
        << Servers{{QStringLiteral("alpha"), QStringLiteral("https://10.0.0.1")},
                   {QStringLiteral("alpha-admin"), QStringLiteral("https://10.0.0.1")},
                   {QStringLiteral("alpha-tailnet"), server(a)},
                   {QStringLiteral("alpha-admin-tailnet"), server(b)},
                   {QStringLiteral("beta"), QStringLiteral("https://10.0.0.2")}};
}

void TestCliRewriteProxies::eachContextItsOwnProxy()
{
    QFETCH(QStringList, args);
    QFETCH(Servers, expected);

    const KubetailorProcess::Result r = m_process.run(
        QStringList{QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), m_path} + args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(serversByContext(), expected);
}

void TestCliRewriteProxies::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("shared cluster in place, two proxies")
        << QStringList{QStringLiteral("--context"), QStringLiteral("alpha=a.tail1234.ts.net"),
                       QStringLiteral("--context"), QStringLiteral("alpha-admin=b.tail1234.ts.net")}
        << 1 << QStringLiteral("ask for different proxies");
    QTest::newRow("a context without a proxy and no --fqdn")
        << QStringList{QStringLiteral("--context"), QStringLiteral("alpha=a.tail1234.ts.net"),
                       QStringLiteral("--context"), QStringLiteral("beta")}
        << 2 << QStringLiteral("--context NAME=FQDN");
    QTest::newRow("one context, two proxies")
        << QStringList{QStringLiteral("--context"), QStringLiteral("beta=a.tail1234.ts.net"),
                       QStringLiteral("--context"), QStringLiteral("beta=b.tail1234.ts.net")}
        << 2 << QStringLiteral("is given two proxies");
    QTest::newRow("a short name for one context")
        << QStringList{QStringLiteral("--context"), QStringLiteral("beta=beta-proxy")} << 2
        << QStringLiteral("--context beta=beta-proxy is not a full name");
}

void TestCliRewriteProxies::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);

    const KubetailorProcess::Result r = m_process.run(
        QStringList{QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), m_path} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
    QCOMPARE(FixtureKubeconfigs::read(m_path), kConfig); // nothing written
}

// `kubetailor routes` afterwards names each context's own proxy, not the common one.
void TestCliRewriteProxies::eachRouteRemembersItsOwnProxy()
{
    const QString a = QStringLiteral("alpha-proxy.tail1234.ts.net");
    const QString common = QStringLiteral("tailscale-operator.tail1234.ts.net");
    const KubetailorProcess::Result r =
        m_process.run({QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), m_path,
                       QStringLiteral("--fqdn"), common, QStringLiteral("--context"),
                       QStringLiteral("alpha=https://") + a + QStringLiteral(":443"),
                       QStringLiteral("--context"), QStringLiteral("beta")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const KubetailorProcess::Result routes =
        m_process.run({QStringLiteral("routes"), QStringLiteral("--json"),
                       QStringLiteral("--kubeconfig"), m_path});
    QVERIFY2(routes.exitCode == 0, qPrintable(routes.err));
    QMap<QString, QString> fqdns;
    for (const QJsonValue &route :
         QJsonDocument::fromJson(routes.out.toUtf8()).object()[QStringLiteral("routes")].toArray())
        fqdns.insert(route[QStringLiteral("context")].toString(),
                     route[QStringLiteral("fqdn")].toString());
    QCOMPARE(fqdns.value(QStringLiteral("alpha")), a);
    QCOMPARE(fqdns.value(QStringLiteral("beta")), common);
}

QTEST_GUILESS_MAIN(TestCliRewriteProxies)
#include "tst_clirewriteproxies.moc"
