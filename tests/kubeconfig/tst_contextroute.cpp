// ContextRoute: which way each context goes (the Route column, `kubetailor contexts`, and
// what a batch rewrite skips), read from real kubeconfig files: the GKE/EKS/AKS/k3s fixtures
// and small files for the local cluster tools and the auth kinds.
#include "kubeconfig/ContextRoute.h"
#include "kubeconfig/KubeconfigSet.h"
#include "tests/support/FixtureKubeconfigs.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestContextRoute : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data();
    void classifies();
    void hosts_data();
    void hosts();

private:
    QTemporaryDir m_dir;
};

namespace {

const char *const execUser = "    exec:\n"
                             "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                             "      command: gke-gcloud-auth-plugin\n";
const char *const certUser = "    client-certificate-data: Y2VydA==\n"
                             "    client-key-data: a2V5\n";
const char *const tokenUser = "    token: abc\n";

QString kubeconfig(const QString &name, const QString &server, const QString &user)
{
    return QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: %1\n"
                          "clusters:\n- name: %1\n  cluster:\n    server: %2\n"
                          "contexts:\n- name: %1\n  context:\n    cluster: %1\n    user: %1\n"
                          "users:\n- name: %1\n  user:\n%3")
        .arg(name, server, user);
}

} // namespace

void TestContextRoute::classifies_data()
{
    QTest::addColumn<QString>("fixture"); // a fixture file, or empty: `yaml`
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<QString>("reasonPart");

    const QString none;
    QTest::newRow("GKE fixture: exec plugin, public address")
        << QStringLiteral("gke.yaml") << none
        << QStringLiteral("gke_acme-prod_us-central1_payments") << QStringLiteral("direct")
        << QStringLiteral("direct") << true << QStringLiteral("34.118.10.20");
    QTest::newRow("EKS fixture") << QStringLiteral("eks.yaml") << none
                                 << QStringLiteral(
                                        "arn:aws:eks:us-west-2:123456789012:cluster/orders")
                                 << QStringLiteral("direct") << QStringLiteral("direct") << true
                                 << QStringLiteral("eks.amazonaws.com");
    QTest::newRow("AKS fixture") << QStringLiteral("aks.yaml") << none
                                 << QStringLiteral("inventory") << QStringLiteral("direct")
                                 << QStringLiteral("direct") << true << QStringLiteral("azmk8s.io");
    QTest::newRow("k3s fixture: 127.0.0.1 wins over its client certificate")
        << QStringLiteral("k3s.yaml") << none << QStringLiteral("default")
        << QStringLiteral("local") << QStringLiteral("local cluster") << false
        << QStringLiteral("this machine");

    const auto row = [](const char *title, const QString &name, const QString &server,
                        const char *user, const char *id, const char *label, bool eligible,
                        const char *reasonPart) {
        QTest::newRow(title) << QString() << kubeconfig(name, server, QString::fromUtf8(user))
                             << name << QString::fromUtf8(id) << QString::fromUtf8(label)
                             << eligible << QString::fromUtf8(reasonPart);
    };
    row("kind: named kind-*, on 127.0.0.1", QStringLiteral("kind-dev"),
        QStringLiteral("https://127.0.0.1:41235"), certUser, "local", "local cluster", false,
        "this machine");
    row("kind by name alone (server on a docker network)", QStringLiteral("kind-ci"),
        QStringLiteral("https://172.18.0.2:6443"), certUser, "local", "local cluster", false,
        "local development cluster");
    row("minikube by name", QStringLiteral("minikube"), QStringLiteral("https://192.168.49.2:8443"),
        certUser, "local", "local cluster", false, "local development cluster");
    row("docker-desktop", QStringLiteral("docker-desktop"),
        QStringLiteral("https://kubernetes.docker.internal:6443"), certUser, "local",
        "local cluster", false, "kubernetes.docker.internal");
    row("k3d", QStringLiteral("k3d-mycluster"), QStringLiteral("https://0.0.0.0:6550"), certUser,
        "local", "local cluster", false, "local development cluster");
    row("rancher-desktop", QStringLiteral("rancher-desktop"),
        QStringLiteral("https://127.0.0.1:6443"), certUser, "local", "local cluster", false,
        "this machine");
    row("::1", QStringLiteral("v6"), QStringLiteral("https://[::1]:6443"), tokenUser, "local",
        "local cluster", false, "::1");
    row("127.0.0.2 (all of 127/8 is loopback)", QStringLiteral("lo2"),
        QStringLiteral("https://127.0.0.2:6443"), tokenUser, "local", "local cluster", false,
        "127.0.0.2");
    row("localhost", QStringLiteral("lh"), QStringLiteral("https://localhost:6443"), execUser,
        "local", "local cluster", false, "localhost");
    row("*.localhost", QStringLiteral("lh2"), QStringLiteral("https://api.dev.localhost"), execUser,
        "local", "local cluster", false, "api.dev.localhost");
    row(".ts.net server", QStringLiteral("prod"),
        QStringLiteral("https://tailscale-operator.tail1234.ts.net:443"), execUser, "tailnet",
        "via tailnet", true, "tailscale-operator.tail1234.ts.net");
    row("tailnet IPv4 address 100.101.102.103", QStringLiteral("cgnat"),
        QStringLiteral("https://100.101.102.103"), tokenUser, "tailnet", "via tailnet", true,
        "100.101.102.103");
    row("100.128.0.1 is outside 100.64.0.0/10", QStringLiteral("cgnat-out"),
        QStringLiteral("https://100.128.0.1"), tokenUser, "direct", "direct", true, "100.128.0.1");
    row("tailnet IPv6 address", QStringLiteral("v6ts"),
        QStringLiteral("https://[fd7a:115c:a1e0::53]:443"), tokenUser, "tailnet", "via tailnet",
        true, "fd7a:115c:a1e0::53");
    row("client-certificate-only user", QStringLiteral("onprem"),
        QStringLiteral("https://10.0.0.5:6443"), certUser, "client-certificate",
        "direct \u2014 client certificate: needs auth mode", false, "client certificate only");
    row("token user", QStringLiteral("tok"), QStringLiteral("https://10.0.0.5:6443"), tokenUser,
        "direct", "direct", true, "10.0.0.5");
    row("exec plus client certificate: exec wins, the proxy can carry it", QStringLiteral("mixed"),
        QStringLiteral("https://10.0.0.6:6443"),
        "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
        "      command: kubelogin\n    client-certificate-data: Y2VydA==\n"
        "    client-key-data: a2V5\n",
        "direct", "direct", true, "10.0.0.6");
}

void TestContextRoute::classifies()
{
    QFETCH(QString, fixture);
    QFETCH(QString, yaml);
    QFETCH(QString, context);
    QFETCH(QString, id);
    QFETCH(QString, label);
    QFETCH(bool, eligible);
    QFETCH(QString, reasonPart);

    QString path;
    if (!fixture.isEmpty()) {
        path = FixtureKubeconfigs::copyInto(m_dir.path(), fixture);
    } else {
        path = m_dir.filePath(QStringLiteral("config-") + QString::number(qHash(context)));
        QVERIFY(FixtureKubeconfigs::write(path, yaml.toUtf8()));
    }
    const Result<KubeconfigSet> set = KubeconfigSet::load({path});
    QVERIFY2(set, qPrintable(set ? QString() : set.error()));
    const std::optional<ContextInfo> info = set.value().context(context);
    QVERIFY(info);
    const ContextRoute route = ContextRoute::classify(*info);
    QCOMPARE(route.id(), id);
    QCOMPARE(route.label(), label);
    QCOMPARE(route.eligible(), eligible);
    QVERIFY2(route.reason().contains(reasonPart), qPrintable(route.reason()));
}

void TestContextRoute::hosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("tailnet");
    QTest::addColumn<bool>("local");

    QTest::newRow("ts.net") << QStringLiteral("a.tail1234.ts.net") << true << false;
    QTest::newRow("ts.net with trailing dot") << QStringLiteral("a.tail1.ts.net.") << true << false;
    QTest::newRow("not ts.net") << QStringLiteral("xts.net.example") << false << false;
    QTest::newRow("100.64.0.0") << QStringLiteral("100.64.0.0") << true << false;
    QTest::newRow("100.127.255.255") << QStringLiteral("100.127.255.255") << true << false;
    QTest::newRow("100.63.255.255") << QStringLiteral("100.63.255.255") << false << false;
    QTest::newRow("fd7a:115c:a1e1::1") << QStringLiteral("fd7a:115c:a1e1::1") << false << false;
    QTest::newRow("[fd7a:115c:a1e0::1]") << QStringLiteral("[fd7a:115c:a1e0::1]") << true << false;
    QTest::newRow("127.255.0.1") << QStringLiteral("127.255.0.1") << false << true;
    QTest::newRow("::ffff:127.0.0.1") << QStringLiteral("::ffff:127.0.0.1") << false << true;
    QTest::newRow("0:0:0:0:0:0:0:1") << QStringLiteral("0:0:0:0:0:0:0:1") << false << true;
    QTest::newRow("::2") << QStringLiteral("::2") << false << false;
    QTest::newRow("host.docker.internal")
        << QStringLiteral("host.docker.internal") << false << true;
    QTest::newRow("localhost.example.com")
        << QStringLiteral("localhost.example.com") << false << false;
    QTest::newRow("1.2.3") << QStringLiteral("1.2.3") << false << false;
}

void TestContextRoute::hosts()
{
    QFETCH(QString, host);
    QFETCH(bool, tailnet);
    QFETCH(bool, local);
    QCOMPARE(ContextRoute::isTailnetHost(host), tailnet);
    QCOMPARE(ContextRoute::isLocalHost(host), local);
}

QTEST_GUILESS_MAIN(TestContextRoute)
#include "tst_contextroute.moc"
