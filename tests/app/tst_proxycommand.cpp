// `kubetailor proxy` run as a user runs it: it prints where it listens and a ready kubectl
// line, answers /healthz, logs requests without secrets on stderr, writes the -local
// context kubectl then uses, and exits 0 on SIGTERM with its port free again. With
// --passthrough --context the -local context keeps the cluster's CA, and kubectl's own
// credentials (a k3s client certificate, an exec plugin's token) reach the test API server.
#include "proxycore/CertificateFactory.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"
#include "tests/support/ScriptedTlsUpstream.h"
#include "tests/support/TestApiServerProcess.h"
#include "tests/support/UnusedPort.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace {
constexpr int timeoutMs = 20000;
}

class TestProxyCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upstreamModeServesHealthzAndStopsOnSigterm();
    void contextModeWritesLocalContextKubectlUses_data();
    void contextModeWritesLocalContextKubectlUses();
    void passthroughContextCarriesKubectlCredentials_data();
    void passthroughContextCarriesKubectlCredentials();
    void exitRemovesTheLocalContextUnlessKept_data();
    void exitRemovesTheLocalContextUnlessKept();
    void usageErrors_data();
    void usageErrors();

private:
    bool startProxy(QProcess *process, const QStringList &args, QString *out);
    QByteArray get(quint16 port, const QByteArray &caPem, const QByteArray &path);
    bool writeTokenKubeconfig(const QString &path, const QByteArray &server);

    QString m_exe;
    IssuedCertificate m_ca;
    IssuedCertificate m_upstreamCert;
};

void TestProxyCommand::initTestCase()
{
    m_exe = qEnvironmentVariable("KUBETAILOR_EXE");
    QVERIFY2(QFileInfo::exists(m_exe), "KUBETAILOR_EXE must point at the built kubetailor");
    QString error;
    m_ca = CertificateFactory::createAuthority(QStringLiteral("proxy test CA"), 2, &error);
    m_upstreamCert =
        CertificateFactory::createServer({QStringLiteral("127.0.0.1")}, 2, &m_ca, &error);
    QVERIFY2(!m_upstreamCert.isNull(), qPrintable(error));
}

bool TestProxyCommand::startProxy(QProcess *process, const QStringList &args, QString *out)
{
    process->start(m_exe, QStringList{QStringLiteral("proxy")} + args);
    return QTest::qWaitFor(
               [&] {
                   *out += QString::fromUtf8(process->readAllStandardOutput());
                   return out->contains(QStringLiteral("Stop with Ctrl+C")) ||
                          process->state() == QProcess::NotRunning;
               },
               timeoutMs) &&
           process->state() == QProcess::Running;
}

QByteArray TestProxyCommand::get(quint16 port, const QByteArray &caPem, const QByteArray &path)
{
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!QTest::qWaitFor([&] { return socket.isEncrypted(); }, timeoutMs))
        return "handshake failed: " + socket.errorString().toUtf8();
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                 "\r\nConnection: close\r\n\r\n");
    QByteArray response;
    const bool closed = QTest::qWaitFor(
        [&] {
            response += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    Q_UNUSED(closed);
    return response + socket.readAll();
}

void TestProxyCommand::upstreamModeServesHealthzAndStopsOnSigterm()
{
    const quint16 deadPort = unusedLoopbackPort();
    QVERIFY(deadPort != 0);
    QProcess proxy;
    QString out;
    QVERIFY2(startProxy(&proxy,
                        {QStringLiteral("--upstream"),
                         QStringLiteral("https://127.0.0.1:%1").arg(deadPort),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                        &out),
             qPrintable(out + QString::fromUtf8(proxy.readAllStandardError())));

    const QRegularExpressionMatch line =
        QRegularExpression(QStringLiteral("\n  kubectl --server https://127\\.0\\.0\\.1:(\\d+) "
                                          "--certificate-authority (\\S+) get pods\n"))
            .match(out);
    QVERIFY2(line.hasMatch(), qPrintable(out));
    const quint16 port = quint16(line.captured(1).toUInt());
    QFile caFile(line.captured(2));
    QVERIFY2(caFile.open(QIODevice::ReadOnly), qPrintable(line.captured(2)));
    const QByteArray caPem = caFile.readAll();

    const QByteArray health = get(port, caPem, "/healthz");
    QVERIFY2(health.startsWith("HTTP/1.1 200 OK\r\n") && health.endsWith("\r\n\r\nok"),
             health.constData());
    const QByteArray down = get(port, caPem, "/api/v1/pods?token=hunter2");
    QVERIFY2(down.startsWith("HTTP/1.1 503 "), down.constData());
    QVERIFY(down.contains(QStringLiteral("upstream 127.0.0.1:%1").arg(deadPort).toUtf8()));

    proxy.terminate(); // SIGTERM
    QTRY_COMPARE_WITH_TIMEOUT(proxy.state(), QProcess::NotRunning, timeoutMs);
    QCOMPARE(proxy.exitStatus(), QProcess::NormalExit);
    QCOMPARE(proxy.exitCode(), 0);
    const QString err = QString::fromUtf8(proxy.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("GET /healthz 200 ")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("GET /api/v1/pods?token=REDACTED 503 ")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("hunter2")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("stopping (SIGTERM)")), qPrintable(err));

    QTcpServer again; // the port is free
    QVERIFY(again.listen(QHostAddress::LocalHost, port));
}

// Context "dev" (cluster dev with the test CA, user dev-user with a token) for `server`.
bool TestProxyCommand::writeTokenKubeconfig(const QString &path, const QByteArray &server)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write("apiVersion: v1\nkind: Config\nclusters:\n- name: dev\n  cluster:\n"
                      "    certificate-authority-data: " +
                      m_ca.certificatePem.toBase64() + "\n    server: " + server +
                      "\ncontexts:\n- name: dev\n  context:\n    cluster: dev\n"
                      "    user: dev-user\ncurrent-context: dev\nusers:\n- name: dev-user\n"
                      "  user:\n    token: abc-secret-token\n") > 0;
}

void TestProxyCommand::contextModeWritesLocalContextKubectlUses_data()
{
    QTest::addColumn<QByteArray>("serverPath");
    QTest::addColumn<QStringList>("kubectlArgs");
    QTest::addColumn<QByteArray>("body");     // the upstream's canned answer
    QTest::addColumn<QByteArray>("printed");  // what kubectl prints of it
    QTest::addColumn<QByteArray>("received"); // how the request upstream starts
    QTest::addColumn<QString>("logged");      // the proxy's stderr line for it

    QTest::newRow("server without a path")
        << QByteArray()
        << QStringList{QStringLiteral("get"), QStringLiteral("--raw"),
                       QStringLiteral("/api/v1/namespaces")}
        << QByteArray(R"({"kind":"NamespaceList","apiVersion":"v1","items":[]})")
        << QByteArray(R"({"kind":"NamespaceList","apiVersion":"v1","items":[]})")
        << QByteArray("GET /api/v1/namespaces HTTP/1.1\r\n")
        << QStringLiteral("GET /api/v1/namespaces 200 ");
    // Rancher: https://rancher.example.com/k8s/clusters/<id>. The forwarder passes request
    // targets through, so the -local context has to keep the path for kubectl to send it.
    // (`get --raw` would not show it: kubectl sends a raw path as it is.)
    QTest::newRow("server with a path")
        << QByteArray("/k8s/clusters/c-m-4x2z")
        << QStringList{QStringLiteral("version"), QStringLiteral("-o"), QStringLiteral("json")}
        << QByteArray(R"({"major":"1","minor":"31","gitVersion":"v1.31.4-path-kept"})")
        << QByteArray(R"("gitVersion": "v1.31.4-path-kept")")
        << QByteArray("GET /k8s/clusters/c-m-4x2z/version")
        << QStringLiteral("GET /k8s/clusters/c-m-4x2z/version");
}

void TestProxyCommand::contextModeWritesLocalContextKubectlUses()
{
    QFETCH(QByteArray, serverPath);
    QFETCH(QStringList, kubectlArgs);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, printed);
    QFETCH(QByteArray, received);
    QFETCH(QString, logged);
    ScriptedTlsUpstream upstream(m_upstreamCert.certificate(), m_upstreamCert.privateKey());
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    upstream.setCannedResponse(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body);

    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(QStringLiteral("config"));
    QVERIFY(writeTokenKubeconfig(
        kubeconfig, "https://127.0.0.1:" + QByteArray::number(upstream.serverPort()) + serverPath));

    QProcess proxy;
    QString out;
    QVERIFY2(startProxy(&proxy,
                        {QStringLiteral("--context"), QStringLiteral("dev"),
                         QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")},
                        &out),
             qPrintable(out + QString::fromUtf8(proxy.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral("\n  kubectl --context dev-local get pods\n")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Context \"dev-local\" in %1").arg(kubeconfig)),
             qPrintable(out));

    const QString kubectl = qEnvironmentVariable("KUBECTL");
    if (kubectl.isEmpty() || !QFileInfo(kubectl).isExecutable()) {
        proxy.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(proxy.state(), QProcess::NotRunning, timeoutMs);
        QSKIP("no kubectl ($KUBECTL) to read the written context back");
    }
    QProcess run;
    run.start(kubectl, QStringList{QStringLiteral("--kubeconfig"), kubeconfig,
                                   QStringLiteral("--context"), QStringLiteral("dev-local")} +
                           kubectlArgs);
    QTRY_COMPARE_WITH_TIMEOUT(run.state(), QProcess::NotRunning, timeoutMs);
    const QByteArray kubectlOut = run.readAllStandardOutput();
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    QVERIFY2(kubectlOut.contains(printed), kubectlOut.constData());
    QVERIFY2(upstream.received().startsWith(received), upstream.received().constData());
    // kubectl's own credentials went upstream through the forwarder, and were not logged.
    QVERIFY2(upstream.received().contains("\r\nAuthorization: Bearer abc-secret-token\r\n"),
             upstream.received().constData());

    proxy.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(proxy.state(), QProcess::NotRunning, timeoutMs);
    QCOMPARE(proxy.exitCode(), 0);
    const QString err = QString::fromUtf8(proxy.readAllStandardError());
    QVERIFY2(err.contains(logged), qPrintable(err));
    QVERIFY(!err.contains(QStringLiteral("abc-secret-token")));
}

void TestProxyCommand::passthroughContextCarriesKubectlCredentials_data()
{
    QTest::addColumn<bool>("clientCertificate");
    QTest::newRow("k3s: client-certificate-data") << true;
    QTest::newRow("exec plugin token") << false;
}

// A cluster reached by name (resolved to loopback in this namespace), its CA in the
// kubeconfig, the API server requiring a client certificate signed by that CA in the k3s
// row: the -local context points kubectl at the tunnel, keeps the CA, names the upstream
// host for TLS, shares the user entry, and the request arrives with kubectl's credentials.
void TestProxyCommand::passthroughContextCarriesKubectlCredentials()
{
    QFETCH(bool, clientCertificate);
    if (qEnvironmentVariable("KUBETAILOR_TEST_NETNS") != QLatin1String("1"))
        QSKIP("needs a private network namespace as root (run-test.sh --netns) to resolve the "
              "API server's name to loopback");
    KubectlRunner kubectl;
    if (!kubectl.isAvailable())
        QSKIP("no kubectl ($KUBECTL)");

    const QString apiHost = QStringLiteral("k3s-api.tail1234.ts.net");
    QFile hosts(QStringLiteral("/etc/hosts")); // a private copy in this namespace
    QVERIFY(hosts.open(QIODevice::ReadOnly));
    const bool known = hosts.readAll().contains(QByteArray(" " + apiHost.toLatin1() + '\n'));
    hosts.close();
    if (!known) {
        QVERIFY(hosts.open(QIODevice::Append));
        hosts.write("127.0.0.1 " + apiHost.toLatin1() + '\n');
        hosts.close();
    }

    QTemporaryDir dir;
    QString error;
    QVERIFY2(TestApiServerProcess::makeCertificates(dir.path(), {apiHost}, &error),
             qPrintable(error));
    const auto read = [&dir](const QString &name) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const IssuedCertificate clusterCa{read(QStringLiteral("ca.crt")),
                                      read(QStringLiteral("ca.key"))};
    QVERIFY(!clusterCa.isNull());
    const QString record = dir.filePath(QStringLiteral("requests.jsonl"));
    QStringList serverArgs{QStringLiteral("--cert"),   dir.filePath(QStringLiteral("server.crt")),
                           QStringLiteral("--key"),    dir.filePath(QStringLiteral("server.key")),
                           QStringLiteral("--record"), record};
    const QByteArray token = "passthrough-exec-token-5d1e";
    QByteArray user;
    if (clientCertificate) {
        CertificateRequest request;
        request.commonName = QStringLiteral("system:admin");
        const IssuedCertificate client = CertificateFactory::create(request, &clusterCa, &error);
        QVERIFY2(!client.isNull(), qPrintable(error));
        user = "    client-certificate-data: " + client.certificatePem.toBase64() +
               "\n    client-key-data: " + client.privateKeyPem.toBase64() + '\n';
        serverArgs << QStringLiteral("--client-ca") << dir.filePath(QStringLiteral("ca.crt"));
    } else {
        user = "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
               "      command: gke-gcloud-auth-plugin\n      provideClusterInfo: true\n";
        QVERIFY2(kubectl.installStandInPlugins(dir.filePath(QStringLiteral("bin")), &error,
                                               {QStringLiteral("gke-gcloud-auth-plugin")}),
                 qPrintable(error));
        kubectl.setEnvironmentValue(QStringLiteral("KUBETAILOR_FAKE_TOKEN"),
                                    QString::fromLatin1(token));
    }
    TestApiServerProcess server;
    QVERIFY2(server.start(serverArgs, &error), qPrintable(error));

    // Shaped as k3s writes it: cluster, context and user all named "default".
    const QString kubeconfig = dir.filePath(QStringLiteral("config"));
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: " +
               clusterCa.certificatePem.toBase64() + "\n    server: https://" + apiHost.toLatin1() +
               ':' + QByteArray::number(server.port()) +
               "\n  name: default\ncontexts:\n- context:\n    cluster: default\n"
               "    user: default\n  name: default\ncurrent-context: default\nkind: Config\n"
               "preferences: {}\nusers:\n- name: default\n  user:\n" +
               user);
    file.close();
    const QJsonObject before = KubectlConfigView::read(kubectl, kubeconfig, &error);
    QVERIFY2(!before.isEmpty(), qPrintable(error));

    QProcess proxy;
    QString out;
    QVERIFY2(startProxy(&proxy,
                        {QStringLiteral("--passthrough"), QStringLiteral("--context"),
                         QStringLiteral("default"), QStringLiteral("--kubeconfig"), kubeconfig,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                        &out),
             qPrintable(out + QString::fromUtf8(proxy.readAllStandardError())));
    const QRegularExpressionMatch forwarding =
        QRegularExpression(QStringLiteral("^Forwarding (https://127\\.0\\.0\\.1:\\d+) to "
                                          "\\S+ \\(passthrough mode"))
            .match(out);
    QVERIFY2(forwarding.hasMatch(), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\n  kubectl --context default-local get pods\n")),
             qPrintable(out));

    // What kubectl reads back: the new context, its own cluster, the same user entry.
    const QJsonObject after = KubectlConfigView::read(kubectl, kubeconfig, &error);
    QVERIFY2(!after.isEmpty(), qPrintable(error));
    const auto entry = [](const QJsonObject &view, const char *section, const char *name) {
        return KubectlConfigView::namedEntry(view, QLatin1String(section), QLatin1String(name));
    };
    QCOMPARE(entry(after, "contexts", "default-local"),
             (QJsonObject{{QStringLiteral("cluster"), QStringLiteral("default-local")},
                          {QStringLiteral("user"), QStringLiteral("default")}}));
    const QJsonObject originalCluster = entry(before, "clusters", "default");
    QCOMPARE(entry(after, "clusters", "default-local"),
             (QJsonObject{{QStringLiteral("server"), forwarding.captured(1)},
                          {QStringLiteral("certificate-authority-data"),
                           originalCluster.value(QStringLiteral("certificate-authority-data"))},
                          {QStringLiteral("tls-server-name"), apiHost}}));
    QCOMPARE(entry(after, "clusters", "default"), originalCluster);
    QCOMPARE(entry(after, "contexts", "default"), entry(before, "contexts", "default"));
    QCOMPARE(after.value(QStringLiteral("users")), before.value(QStringLiteral("users")));

    // The real kubectl through the tunnel, TLS end to end with the API server.
    const KubectlRunner::Result pods =
        kubectl.run({QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("--context"),
                     QStringLiteral("default-local"), QStringLiteral("get"), QStringLiteral("pods"),
                     QStringLiteral("-o"), QStringLiteral("name")});
    QVERIFY2(pods.finished, "kubectl did not finish");
    QVERIFY2(pods.exitCode == 0, pods.err.constData());
    QCOMPARE(pods.out, QByteArray("pod/web-0\npod/web-1\n"));

    // The list request as the API server saw it: kubectl's credentials, and its Host header
    // untouched (the tunnel does not read HTTP).
    QFile recorded(record);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    QJsonObject list;
    for (const QByteArray &line : recorded.readAll().split('\n')) {
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        if (request.value(QStringLiteral("target"))
                .toString()
                .startsWith(QStringLiteral("/api/v1/namespaces/default/pods")))
            list = request;
    }
    QVERIFY2(!list.isEmpty(), "the API server never saw the pod list");
    QString authorization;
    QString host;
    for (const QJsonValue &header : list.value(QStringLiteral("headers")).toArray()) {
        const QString name = header.toArray().at(0).toString().toLower();
        if (name == QLatin1String("authorization"))
            authorization = header.toArray().at(1).toString();
        else if (name == QLatin1String("host"))
            host = header.toArray().at(1).toString();
    }
    QCOMPARE(QStringLiteral("https://") + host, forwarding.captured(1));
    if (clientCertificate) {
        QCOMPARE(list.value(QStringLiteral("clientCertificate")).toString(),
                 QStringLiteral("system:admin"));
        QVERIFY2(authorization.isEmpty(), qPrintable(authorization));
    } else {
        QCOMPARE(authorization, QStringLiteral("Bearer ") + QString::fromLatin1(token));
        QVERIFY(!list.contains(QStringLiteral("clientCertificate")));
    }

    proxy.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(proxy.state(), QProcess::NotRunning, timeoutMs);
    QCOMPARE(proxy.exitCode(), 0);
    QVERIFY(!proxy.readAllStandardError().contains(token));
}

void TestProxyCommand::exitRemovesTheLocalContextUnlessKept_data()
{
    QTest::addColumn<bool>("interrupt"); // SIGINT (Ctrl+C) rather than SIGTERM
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<bool>("kept");
    QTest::newRow("SIGTERM removes dev-local") << false << QStringList() << false;
    QTest::newRow("SIGINT removes dev-local") << true << QStringList() << false;
    QTest::newRow("--keep-context keeps it")
        << false << QStringList{QStringLiteral("--keep-context")} << true;
}

void TestProxyCommand::exitRemovesTheLocalContextUnlessKept()
{
    QFETCH(bool, interrupt);
    QFETCH(QStringList, extraArgs);
    QFETCH(bool, kept);
    const QString kubectl = qEnvironmentVariable("KUBECTL");
    if (kubectl.isEmpty() || !QFileInfo(kubectl).isExecutable())
        QSKIP("no kubectl ($KUBECTL) to list the contexts");
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(QStringLiteral("config"));
    QVERIFY(writeTokenKubeconfig(kubeconfig, "https://127.0.0.1:9"));
    const auto contexts = [&] {
        QProcess run;
        run.start(kubectl,
                  {QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("config"),
                   QStringLiteral("get-contexts"), QStringLiteral("-o"), QStringLiteral("name")});
        run.waitForFinished(timeoutMs);
        return QString::fromUtf8(run.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };

    QProcess proxy;
    QString out;
    QVERIFY2(startProxy(&proxy,
                        QStringList{QStringLiteral("--context"), QStringLiteral("dev"),
                                    QStringLiteral("--kubeconfig"), kubeconfig,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                            extraArgs,
                        &out),
             qPrintable(out + QString::fromUtf8(proxy.readAllStandardError())));
    QVERIFY(contexts().contains(QStringLiteral("dev-local")));
    if (interrupt)
        ::kill(pid_t(proxy.processId()), SIGINT);
    else
        proxy.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(proxy.state(), QProcess::NotRunning, timeoutMs);
    QCOMPARE(proxy.exitCode(), 0);
    QCOMPARE(contexts().contains(QStringLiteral("dev-local")), kept);
    QVERIFY(contexts().contains(QStringLiteral("dev")));
}

void TestProxyCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("neither --context nor --upstream")
        << QStringList{} << 2 << QStringLiteral("--context NAME or --upstream URL");
    QTest::newRow("both --context and --upstream")
        << QStringList{QStringLiteral("--context"), QStringLiteral("a"),
                       QStringLiteral("--upstream"), QStringLiteral("https://x")}
        << 2 << QStringLiteral("--context NAME or --upstream URL");
    QTest::newRow("http:// upstream is refused")
        << QStringList{QStringLiteral("--upstream"), QStringLiteral("http://127.0.0.1:1")} << 1
        << QStringLiteral("https:// URL");
    QTest::newRow("bad --listen") << QStringList{QStringLiteral("--upstream"),
                                                 QStringLiteral("https://h"),
                                                 QStringLiteral("--listen"),
                                                 QStringLiteral("nope:x")}
                                  << 2 << QStringLiteral("--listen takes ADDR:PORT");
    QTest::newRow("--max-connections 0")
        << QStringList{QStringLiteral("--upstream"), QStringLiteral("https://h"),
                       QStringLiteral("--max-connections"), QStringLiteral("0")}
        << 2 << QStringLiteral("--max-connections takes a number from 1 to 100000 (got '0')");
    QTest::newRow("--max-connections not a number")
        << QStringList{QStringLiteral("--upstream"), QStringLiteral("https://h"),
                       QStringLiteral("--max-connections"), QStringLiteral("lots")}
        << 2 << QStringLiteral("(got 'lots')");
    QTest::newRow("non-loopback listen needs --allow-remote")
        << QStringList{QStringLiteral("--upstream"), QStringLiteral("https://h"),
                       QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")}
        << 1 << QStringLiteral("not a loopback address");
    QTest::newRow("--keep-context without --context")
        << QStringList{QStringLiteral("--upstream"), QStringLiteral("https://h"),
                       QStringLiteral("--keep-context")}
        << 2 << QStringLiteral("--keep-context goes with --context");
}

void TestProxyCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    QProcess process;
    process.start(m_exe, QStringList{QStringLiteral("proxy")} + args);
    QVERIFY(process.waitForFinished(timeoutMs));
    QCOMPARE(process.exitCode(), exitCode);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(stderrContains), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestProxyCommand)
#include "tst_proxycommand.moc"
