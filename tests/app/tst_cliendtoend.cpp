// End to end, as a user does it: `kubetailor rewrite` points the GKE kubeconfig at the
// operator's proxy name, and the real kubectl then reaches an HTTPS API server answering on
// tailscale-operator.tail1234.ts.net:443 (inside a private network namespace), trusting it
// through SSL_CERT_FILE (the rewrite removed the cluster CA), with the token of the
// untouched exec plugin (a stand-in gke-gcloud-auth-plugin) as `Authorization: Bearer`.
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlRunner.h"
#include "tests/support/KubetailorProcess.h"
#include "tests/support/TestApiServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString proxyHost = QStringLiteral("tailscale-operator.tail1234.ts.net");
const QByteArray token = "kubetailor-e2e-token-7f3c";
} // namespace

class TestCliEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kubectlGoesThroughTheProxyWithThePluginToken();

private:
    QTemporaryDir m_dir;
    TestApiServerProcess m_server;
};

void TestCliEndToEnd::initTestCase()
{
    if (qEnvironmentVariable("KUBETAILOR_TEST_NETNS") != QLatin1String("1"))
        QSKIP("needs a private network namespace as root (run-test.sh --netns) to answer on "
              "tailscale-operator.tail1234.ts.net:443");
    QVERIFY2(KubetailorProcess().isValid(), "KUBETAILOR_EXE must point at the built kubetailor");
    if (!KubectlRunner().isAvailable())
        QSKIP("no kubectl ($KUBECTL)");

    // The proxy's name resolves to loopback in this namespace only.
    QFile hosts(QStringLiteral("/etc/hosts"));
    QVERIFY(hosts.open(QIODevice::Append));
    hosts.write("127.0.0.1 " + proxyHost.toLatin1() + '\n');
    hosts.close();

    QString error;
    QVERIFY2(TestApiServerProcess::makeCertificates(m_dir.path(), {proxyHost}, &error),
             qPrintable(error));
    QVERIFY2(m_server.start({QStringLiteral("--cert"), m_dir.filePath(QStringLiteral("server.crt")),
                             QStringLiteral("--key"), m_dir.filePath(QStringLiteral("server.key")),
                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:443"),
                             QStringLiteral("--record"),
                             m_dir.filePath(QStringLiteral("requests.jsonl"))},
                            &error),
             qPrintable(error));
}

void TestCliEndToEnd::kubectlGoesThroughTheProxyWithThePluginToken()
{
    // The GKE kubeconfig as ~/.kube/config, rewritten with no --kubeconfig, as documented.
    const QString config = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("gke.yaml"), config));
    KubetailorProcess kubetailor;
    const KubetailorProcess::Result rewrite = kubetailor.run(
        {QStringLiteral("rewrite"), QStringLiteral("--all"), QStringLiteral("--fqdn"), proxyHost});
    QVERIFY2(rewrite.exitCode == 0, qPrintable(rewrite.err));

    KubectlRunner kubectl;
    QString error;
    QVERIFY2(kubectl.installStandInPlugins(m_dir.filePath(QStringLiteral("bin")), &error,
                                           {QStringLiteral("gke-gcloud-auth-plugin")}),
             qPrintable(error));
    kubectl.setKubeconfig(config);
    kubectl.setEnvironmentValue(QStringLiteral("SSL_CERT_FILE"),
                                m_dir.filePath(QStringLiteral("ca.crt")));
    kubectl.setEnvironmentValue(QStringLiteral("KUBETAILOR_FAKE_TOKEN"),
                                QString::fromLatin1(token));
    const QString pluginLog = m_dir.filePath(QStringLiteral("plugin.log"));
    kubectl.setEnvironmentValue(QStringLiteral("KUBETAILOR_FAKE_LOG"), pluginLog);

    const KubectlRunner::Result r =
        kubectl.run({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"),
                     QStringLiteral("default"), QStringLiteral("-o"), QStringLiteral("name")});
    QVERIFY2(r.finished, "kubectl did not finish");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("pod/"), r.out.constData());

    // The plugin kubectl ran is the one the kubeconfig named, untouched by the rewrite.
    QFile log(pluginLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY2(log.readAll().startsWith("gke-gcloud-auth-plugin"), "the exec plugin did not run");

    // What arrived at the server: the list request with the plugin's token as a Bearer.
    QFile record(m_dir.filePath(QStringLiteral("requests.jsonl")));
    QVERIFY(record.open(QIODevice::ReadOnly));
    bool sawList = false;
    for (const QByteArray &line : record.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        if (!request.value(QStringLiteral("target"))
                 .toString()
                 .startsWith(QStringLiteral("/api/v1/namespaces/default/pods")))
            continue;
        sawList = true;
        QString authorization;
        QString host;
        for (const QJsonValue &header : request.value(QStringLiteral("headers")).toArray()) {
            const QString name = header.toArray().at(0).toString().toLower();
            if (name == QLatin1String("authorization"))
                authorization = header.toArray().at(1).toString();
            if (name == QLatin1String("host"))
                host = header.toArray().at(1).toString();
        }
        QCOMPARE(authorization, QStringLiteral("Bearer ") + QString::fromLatin1(token));
        QVERIFY2(host.startsWith(proxyHost), qPrintable(host));
    }
    QVERIFY2(sawList, "the server never saw GET /api/v1/namespaces/default/pods");
}

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "tst_cliendtoend.moc"
