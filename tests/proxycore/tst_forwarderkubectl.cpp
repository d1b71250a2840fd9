// End to end: the real kubectl, through the forwarder (ForwarderService, in process), to the
// test API server listening as tailscale-operator.tail1234.ts.net:443 in a private network
// namespace, with a GKE-shaped exec user whose stand-in plugin is first on PATH.
#include "proxycore/CertificateFactory.h"
#include "proxycore/ForwarderService.h"
#include "tests/support/KubectlRunner.h"
#include "tests/support/TestApiServerProcess.h"
#include "tests/support/apiserver/DeterministicBytes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString OperatorHost = QStringLiteral("tailscale-operator.tail1234.ts.net");
const QByteArray TestToken = "kubetailor-test-token";

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray output(const KubectlRunner::Result &result)
{
    return "exit " + QByteArray::number(result.exitCode) + (result.finished ? "" : " (timed out)") +
           "\nstdout: " + result.out.left(2000) + "\nstderr: " + result.err.left(2000);
}

} // namespace

class TestForwarderKubectl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void version();
    void getPods();
    void watchStreamsEventsAsTheyHappen();
    void logsFollowStreams();
    void execRoundTrip();
    void createFromFile();
    void largeResponseByteIdentical();
    void largeRequestByteIdentical();
    void credentialsPassUnchanged();
    void upstreamDownThenBack();
    void upstreamRestartsMidWatch();
    void untrustedUpstreamGetsNoRequest();
    void clientDisconnectsMidBody();
    void pythonClientListsWatchesAndExecs();

private:
    bool startUpstream(const QString &certName, QString *error);
    QJsonArray recordedRequests() const;
    // Why the test cannot run with this kubectl (older than 1.minor), or empty: the test
    // function itself must QSKIP, a QSKIP in a helper only returns from the helper.
    QString kubectlTooOld(int minor, const char *what) const;
    QStringList createArguments(const QString &file) const;

    QTemporaryDir m_dir;
    QString m_certDir;
    QString m_recordPath;
    KubectlRunner m_kubectl;
    QVersionNumber m_kubectlVersion;
    TestApiServerProcess m_upstream;
    ForwarderService m_forwarder;
};

bool TestForwarderKubectl::startUpstream(const QString &certName, QString *error)
{
    QFile::remove(m_recordPath);
    return m_upstream.start(
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:443"), QStringLiteral("--cert"),
         QDir(m_certDir).filePath(certName + QStringLiteral(".crt")), QStringLiteral("--key"),
         QDir(m_certDir).filePath(certName + QStringLiteral(".key")), QStringLiteral("--record"),
         m_recordPath, QStringLiteral("--watch-interval"), QStringLiteral("150"),
         QStringLiteral("--log-interval"), QStringLiteral("100")},
        error);
}

QJsonArray TestForwarderKubectl::recordedRequests() const
{
    QJsonArray requests;
    QFile file(m_recordPath);
    if (!file.open(QIODevice::ReadOnly))
        return requests;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            requests.append(QJsonDocument::fromJson(line).object());
    }
    return requests;
}

QString TestForwarderKubectl::kubectlTooOld(int minor, const char *what) const
{
    if (m_kubectlVersion >= QVersionNumber(1, minor))
        return QString();
    return QStringLiteral("%1 needs kubectl 1.%2 or newer; %3 is %4")
        .arg(QLatin1String(what))
        .arg(minor)
        .arg(m_kubectl.program(), m_kubectlVersion.toString());
}

QStringList TestForwarderKubectl::createArguments(const QString &file) const
{
    QStringList arguments{QStringLiteral("create"), QStringLiteral("-f"), file};
    // Before 1.27 kubectl validates against the OpenAPI v2 schema, which the test API server
    // does not serve; from 1.27 it sees (OpenAPI v3) that the server validates fields itself.
    if (m_kubectlVersion < QVersionNumber(1, 27))
        arguments << QStringLiteral("--validate=false");
    return arguments;
}

void TestForwarderKubectl::initTestCase()
{
    if (qEnvironmentVariable("KUBETAILOR_TEST_NETNS") != QLatin1String("1"))
        QSKIP("needs a private network namespace (root and unshare -n -m) to serve "
              "tailscale-operator.tail1234.ts.net on 127.0.0.1:443");
    m_kubectlVersion = m_kubectl.clientVersion();
    if (m_kubectlVersion.isNull())
        QSKIP(qPrintable(QStringLiteral("no usable kubectl (%1)").arg(m_kubectl.program())));
    QVERIFY(m_dir.isValid());

    // The operator's name resolves to loopback in this namespace's private /etc/hosts.
    QFile hosts(QStringLiteral("/etc/hosts"));
    QVERIFY2(hosts.open(QIODevice::Append), qPrintable(hosts.errorString()));
    hosts.write("\n127.0.0.1 " + OperatorHost.toLatin1() + '\n');
    hosts.close();

    m_certDir = m_dir.filePath(QStringLiteral("certs"));
    m_recordPath = m_dir.filePath(QStringLiteral("requests.jsonl"));
    QString error;
    QVERIFY2(TestApiServerProcess::makeCertificates(m_certDir, {OperatorHost}, &error),
             qPrintable(error));
    // The upstream's CA stands in for the public CA a real operator certificate chains to:
    // the forwarder finds it the way Go and curl do, through SSL_CERT_FILE.
    qputenv("SSL_CERT_FILE", QDir(m_certDir).filePath(QStringLiteral("ca.crt")).toLocal8Bit());
    QVERIFY2(startUpstream(QStringLiteral("server"), &error), qPrintable(error));

    ForwarderConfig config;
    config.upstream = QUrl(QStringLiteral("https://") + OperatorHost + QStringLiteral(":443"));
    config.certificateDir = m_dir.filePath(QStringLiteral("forwarder"));
    config.connectTimeoutMs = 3000;
    QVERIFY2(m_forwarder.start(config, &error), qPrintable(error));

    // A kubeconfig shaped as `gcloud container clusters get-credentials` writes it, pointed
    // at the forwarder the way `kubetailor proxy --context` adds its context.
    const QString kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n"
               "    certificate-authority-data: " +
               m_forwarder.certificateAuthorityPem().toBase64() +
               "\n    server: " + m_forwarder.localUrl().toString().toLatin1() +
               "\n  name: gke_proj_europe-west1_c1-forwarder\n"
               "contexts:\n- context:\n    cluster: gke_proj_europe-west1_c1-forwarder\n"
               "    user: gke_proj_europe-west1_c1\n  name: c1-forwarder\n"
               "current-context: c1-forwarder\n"
               "users:\n- name: gke_proj_europe-west1_c1\n  user:\n    exec:\n"
               "      apiVersion: client.authentication.k8s.io/v1beta1\n"
               "      command: gke-gcloud-auth-plugin\n"
               "      installHint: Install gke-gcloud-auth-plugin for use with kubectl by "
               "following https://cloud.google.com/kubernetes-engine/docs/how-to/"
               "cluster-access-for-kubectl#install_plugin\n"
               "      provideClusterInfo: true\n");
    file.close();
    m_kubectl.setKubeconfig(kubeconfig);
    QVERIFY2(m_kubectl.installStandInPlugins(m_dir.filePath(QStringLiteral("bin")), &error),
             qPrintable(error));
    m_kubectl.setEnvironmentValue(QStringLiteral("KUBETAILOR_FAKE_LOG"),
                                  m_dir.filePath(QStringLiteral("plugin.log")));
}

void TestForwarderKubectl::cleanupTestCase()
{
    m_forwarder.stop();
    m_upstream.stop();
}

void TestForwarderKubectl::version()
{
    const auto result =
        m_kubectl.run({QStringLiteral("version"), QStringLiteral("-o"), QStringLiteral("json")});
    QVERIFY2(result.finished && result.exitCode == 0, output(result).constData());
    const QJsonObject server = QJsonDocument::fromJson(result.out)
                                   .object()
                                   .value(QStringLiteral("serverVersion"))
                                   .toObject();
    QCOMPARE(server.value(QStringLiteral("gitVersion")).toString(),
             QStringLiteral("v1.33.0-kubetailor-test"));
    // The stand-in plugin ran: kubectl did send credentials over the forwarder's TLS.
    QFile log(m_dir.filePath(QStringLiteral("plugin.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("gke-gcloud-auth-plugin"));
}

void TestForwarderKubectl::getPods()
{
    const auto result = m_kubectl.run({QStringLiteral("get"), QStringLiteral("pods")});
    QVERIFY2(result.finished && result.exitCode == 0, output(result).constData());
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QVERIFY2(lines.size() >= 3, result.out.constData());
    QVERIFY(lines.at(0).startsWith("NAME"));
    QVERIFY(lines.at(0).contains("STATUS"));
    QVERIFY(result.out.contains("web-0"));
    QVERIFY(result.out.contains("web-1"));
    QVERIFY(result.out.contains("Running"));
}

void TestForwarderKubectl::watchStreamsEventsAsTheyHappen()
{
    auto watch =
        m_kubectl.start({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-w")});
    QByteArray seen;
    QList<qint64> arrivals; // ms since start of each watched web-0 event line
    QElapsedTimer clock;
    clock.start();
    int web0Lines = 0;
    auto collect = [&] {
        seen += watch->readAllStandardOutput();
        const int now = int(seen.count("\nweb-0"));
        for (int i = web0Lines; i < now; ++i)
            arrivals << clock.elapsed();
        web0Lines = now;
    };
    // The server changes web-0 every 150 ms: the initial list plus events, each arriving on
    // its own while the stream stays open, not all at once at the end.
    QTRY_VERIFY_WITH_TIMEOUT((collect(), web0Lines >= 6), 10000);
    QCOMPARE(watch->state(), QProcess::Running);
    QVERIFY2(arrivals.last() - arrivals.at(1) >= 300,
             qPrintable(QStringLiteral("events arrived in a burst: %1 ms apart")
                            .arg(arrivals.last() - arrivals.at(1))));

    // A pod created meanwhile shows up on the open stream.
    const auto created = m_kubectl.run(createArguments(QStringLiteral("-")),
                                       "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":"
                                       "{\"name\":\"watched-1\"},\"spec\":{\"containers\":"
                                       "[{\"name\":\"main\",\"image\":\"busybox\"}]}}");
    QVERIFY2(created.finished && created.exitCode == 0, output(created).constData());
    QTRY_VERIFY_WITH_TIMEOUT((collect(), seen.contains("watched-1")), 5000);
    QCOMPARE(watch->state(), QProcess::Running);
    watch->kill();
    watch->waitForFinished(5000);
}

void TestForwarderKubectl::logsFollowStreams()
{
    auto logs =
        m_kubectl.start({QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("web-0")});
    QByteArray seen;
    QElapsedTimer clock;
    clock.start();
    qint64 firstLineAt = -1;
    QTRY_VERIFY_WITH_TIMEOUT((seen += logs->readAllStandardOutput(), seen.contains("log line 1 ")),
                             10000);
    firstLineAt = clock.elapsed();
    // One line every 100 ms: line 8 cannot be there yet when line 1 arrives...
    QVERIFY2(!seen.contains("log line 8 "), seen.constData());
    // ...and arrives later on the same open stream.
    QTRY_VERIFY_WITH_TIMEOUT((seen += logs->readAllStandardOutput(), seen.contains("log line 8 ")),
                             10000);
    QVERIFY(clock.elapsed() - firstLineAt >= 300);
    QCOMPARE(logs->state(), QProcess::Running);
    logs->kill();
    logs->waitForFinished(5000);
}

void TestForwarderKubectl::execRoundTrip()
{
    // kubectl speaks exec over WebSocket (v5.channel.k8s.io) by default since 1.30; before
    // that over SPDY, which the test API server does not serve.
    const QString tooOld = kubectlTooOld(30, "exec over WebSocket");
    if (!tooOld.isEmpty())
        QSKIP(qPrintable(tooOld));
    QByteArray input;
    for (int i = 0; i < 2000; ++i)
        input += "line " + QByteArray::number(i) + " through the tailnet\n";
    const auto result =
        m_kubectl.run({QStringLiteral("exec"), QStringLiteral("-i"), QStringLiteral("web-0"),
                       QStringLiteral("--"), QStringLiteral("cat")},
                      input);
    QVERIFY2(result.finished && result.exitCode == 0, output(result).constData());
    QCOMPARE(result.out.size(), input.size());
    QCOMPARE(result.out, input);

    const auto failing = m_kubectl.run({QStringLiteral("exec"), QStringLiteral("web-0"),
                                        QStringLiteral("--"), QStringLiteral("nosuchcommand")});
    QVERIFY2(failing.finished && failing.exitCode == 127, output(failing).constData());
}

void TestForwarderKubectl::createFromFile()
{
    const QString manifest = m_dir.filePath(QStringLiteral("pod.yaml"));
    QFile file(manifest);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v1\nkind: Pod\nmetadata:\n  name: created-1\n  labels:\n"
               "    app: demo\nspec:\n  containers:\n  - name: main\n    image: busybox\n");
    file.close();
    const auto result = m_kubectl.run(createArguments(manifest));
    QVERIFY2(result.finished && result.exitCode == 0, output(result).constData());
    QCOMPARE(result.out.trimmed(), QByteArray("pod/created-1 created"));

    const auto again = m_kubectl.run(createArguments(manifest));
    QVERIFY2(again.finished && again.exitCode == 1, output(again).constData());
    QVERIFY2(again.err.contains("AlreadyExists") || again.err.contains("already exists"),
             again.err.constData());

    const auto get =
        m_kubectl.run({QStringLiteral("get"), QStringLiteral("pod"), QStringLiteral("created-1"),
                       QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.labels.app}")});
    QVERIFY2(get.finished && get.exitCode == 0, output(get).constData());
    QCOMPARE(get.out, QByteArray("demo"));
}

void TestForwarderKubectl::largeResponseByteIdentical()
{
    const qint64 size = 50LL * 1024 * 1024;
    const auto result = m_kubectl.run({QStringLiteral("get"), QStringLiteral("--raw"),
                                       QStringLiteral("/_test/large?bytes=%1").arg(size)},
                                      QByteArray(), 30000);
    QVERIFY2(result.finished && result.exitCode == 0, result.err.constData());
    QCOMPARE(qint64(result.out.size()), size);
    QCOMPARE(sha256Hex(result.out), sha256Hex(DeterministicBytes::generate(0, size)));
}

void TestForwarderKubectl::largeRequestByteIdentical()
{
    const qint64 size = 10LL * 1024 * 1024;
    const QByteArray body = DeterministicBytes::generate(12345, size);
    const QString path = m_dir.filePath(QStringLiteral("body.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(body), size);
    file.close();
    const auto result = m_kubectl.run({QStringLiteral("create"), QStringLiteral("--raw"),
                                       QStringLiteral("/_test/sink"), QStringLiteral("-f"), path},
                                      QByteArray(), 30000);
    QVERIFY2(result.finished && result.exitCode == 0, output(result).constData());
    const QJsonObject answer = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(qint64(answer.value(QStringLiteral("bytes")).toDouble()), size);
    QCOMPARE(answer.value(QStringLiteral("sha256")).toString().toLatin1(), sha256Hex(body));
}

void TestForwarderKubectl::credentialsPassUnchanged()
{
    // The client's own impersonation passes through; the forwarder adds none.
    const auto result =
        m_kubectl.run({QStringLiteral("get"), QStringLiteral("pod"), QStringLiteral("web-1"),
                       QStringLiteral("--as=jane"), QStringLiteral("--as-group=devs")});
    QVERIFY2(result.finished && result.exitCode == 0, output(result).constData());

    const QJsonArray requests = recordedRequests();
    QVERIFY(requests.size() >= 10);
    int impersonated = 0;
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        const QString target = request.value(QStringLiteral("target")).toString();
        QStringList authorization;
        QStringList impersonation;
        QStringList hosts;
        for (const QJsonValue &header : request.value(QStringLiteral("headers")).toArray()) {
            const QString name = header.toArray().at(0).toString();
            const QString headerValue = header.toArray().at(1).toString();
            if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
                authorization << headerValue;
            else if (name.startsWith(QLatin1String("Impersonate-"), Qt::CaseInsensitive))
                impersonation << name.toLower() + QLatin1Char('=') + headerValue;
            else if (name.compare(QLatin1String("Host"), Qt::CaseInsensitive) == 0)
                hosts << headerValue;
        }
        QCOMPARE(authorization, QStringList{QStringLiteral("Bearer ") + QLatin1String(TestToken)});
        QCOMPARE(hosts.size(), 1);
        QVERIFY2(hosts.first().startsWith(OperatorHost), qPrintable(hosts.first()));
        if (target.startsWith(QLatin1String("/api/v1/namespaces/default/pods/web-1")) &&
            !impersonation.isEmpty()) {
            ++impersonated;
            impersonation.sort();
            QCOMPARE(impersonation, (QStringList{QStringLiteral("impersonate-group=devs"),
                                                 QStringLiteral("impersonate-user=jane")}));
        } else {
            QVERIFY2(impersonation.isEmpty(),
                     qPrintable(target + QLatin1Char(' ') + impersonation.join(QLatin1Char(','))));
        }
    }
    QCOMPARE(impersonated, 1);
}

void TestForwarderKubectl::upstreamDownThenBack()
{
    m_upstream.stop();
    const auto down = m_kubectl.run({QStringLiteral("get"), QStringLiteral("pods")});
    QVERIFY2(down.finished && down.exitCode == 1, output(down).constData());
    // The forwarder's Status message reaches the user and names the upstream.
    QVERIFY2(down.err.contains(OperatorHost.toLatin1()), down.err.constData());

    QString error;
    QVERIFY2(startUpstream(QStringLiteral("server"), &error), qPrintable(error));
    const auto back = m_kubectl.run({QStringLiteral("get"), QStringLiteral("pods")});
    QVERIFY2(back.finished && back.exitCode == 0, output(back).constData());
    QVERIFY(back.out.contains("web-0"));
}

void TestForwarderKubectl::upstreamRestartsMidWatch()
{
    auto watch =
        m_kubectl.start({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-w")});
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += watch->readAllStandardOutput(), seen.count("web-0") >= 3),
                             10000);
    QString error;
    m_upstream.stop();
    // The stream the upstream dropped ends for kubectl too, instead of hanging open.
    QTRY_COMPARE_WITH_TIMEOUT(watch->state(), QProcess::NotRunning, 10000);
    QVERIFY2(startUpstream(QStringLiteral("server"), &error), qPrintable(error));

    auto again =
        m_kubectl.start({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-w")});
    QByteArray seenAgain;
    QTRY_VERIFY_WITH_TIMEOUT(
        (seenAgain += again->readAllStandardOutput(), seenAgain.count("web-0") >= 3), 10000);
    again->kill();
    again->waitForFinished(5000);
}

void TestForwarderKubectl::untrustedUpstreamGetsNoRequest()
{
    QString error;
    QVERIFY2(startUpstream(QStringLiteral("untrusted"), &error), qPrintable(error));
    const auto result = m_kubectl.run({QStringLiteral("get"), QStringLiteral("pods")});
    QVERIFY2(result.finished && result.exitCode == 1, output(result).constData());
    QVERIFY2(result.err.contains("certificate") || result.err.contains("TLS"),
             result.err.constData());
    QCOMPARE(recordedRequests().size(), 0);

    QVERIFY2(startUpstream(QStringLiteral("server"), &error), qPrintable(error));
    const auto back = m_kubectl.run({QStringLiteral("get"), QStringLiteral("pods")});
    QVERIFY2(back.finished && back.exitCode == 0, output(back).constData());
}

void TestForwarderKubectl::clientDisconnectsMidBody()
{
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(
        QSslCertificate::fromData(m_forwarder.certificateAuthorityPem()));
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_forwarder.port());
    QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000);
    socket.write("POST /_test/sink HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                 TestToken +
                 "\r\nContent-Type: application/octet-stream\r\n"
                 "Content-Length: 10485760\r\n\r\n");
    socket.write(DeterministicBytes::generate(0, 1024 * 1024));
    QTRY_COMPARE_WITH_TIMEOUT(socket.bytesToWrite(), qint64(0), 10000);
    // The upstream saw the request start, then the client went away half way.
    auto sinkSeen = [this] {
        for (const QJsonValue &request : recordedRequests()) {
            if (request.toObject().value(QStringLiteral("target")).toString() ==
                QLatin1String("/_test/sink"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sinkSeen(), 5000);
    socket.abort();

    const auto result = m_kubectl.run({QStringLiteral("get"), QStringLiteral("pods")});
    QVERIFY2(result.finished && result.exitCode == 0, output(result).constData());
    QVERIFY(result.out.contains("web-0"));
}

void TestForwarderKubectl::pythonClientListsWatchesAndExecs()
{
    // The official Python client (Debian's python3-kubernetes): its WebSocket library sends
    // "Origin: http://127.0.0.1:<port>" on exec, which the forwarder used to refuse (403).
    // Debian's module lives with Debian's python3, which a pyenv or venv on PATH may hide.
    QString interpreter;
    for (const QString &candidate :
         {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import kubernetes")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0) {
            interpreter = candidate;
            break;
        }
    }
    if (interpreter.isEmpty())
        QSKIP("needs python3 with the kubernetes module (Debian: python3-kubernetes)");
    const QString script = m_dir.filePath(QStringLiteral("client.py"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(import sys
from kubernetes import client, config, watch
from kubernetes.stream import stream
config.load_kube_config(config_file=sys.argv[1])
v1 = client.CoreV1Api()
print("list", " ".join(sorted(p.metadata.name for p in v1.list_namespaced_pod("default").items)))
# The server touches web-0 every 150 ms; a pod created while the watch is open arrives on it.
w = watch.Watch()
created = False
for event in w.stream(v1.list_namespaced_pod, "default", timeout_seconds=10):
    print("event", event["type"], event["object"].metadata.name)
    if not created:
        created = True
        v1.create_namespaced_pod("default", {"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "python-watched"},
            "spec": {"containers": [{"name": "main", "image": "busybox"}]}})
    elif event["object"].metadata.name == "python-watched":
        w.stop()
# A 403 at the WebSocket handshake raises here and ends the script with an error.
resp = stream(v1.connect_get_namespaced_pod_exec, "web-0", "default",
              command=["echo", "through", "the", "forwarder"],
              stderr=True, stdin=False, stdout=True, tty=False, _preload_content=False)
resp.run_forever(timeout=5)
print("exec stdout:", repr(resp.read_stdout()))
resp.close()
)");
    file.close();
    QProcess python;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("bin")) +
                                                   QLatin1Char(':') +
                                                   environment.value(QStringLiteral("PATH")));
    environment.insert(QStringLiteral("KUBETAILOR_FAKE_LOG"),
                       m_dir.filePath(QStringLiteral("plugin.log")));
    python.setProcessEnvironment(environment);
    python.start(interpreter,
                 {QStringLiteral("-u"), script, m_dir.filePath(QStringLiteral("kubeconfig"))});
    // The forwarder runs in this process: wait with the event loop running.
    const bool finished =
        QTest::qWaitFor([&python] { return python.state() == QProcess::NotRunning; }, 45000);
    if (!finished) {
        python.kill();
        python.waitForFinished(5000);
    }
    const QByteArray out = python.readAllStandardOutput();
    const QByteArray err = python.readAllStandardError();
    const QByteArray both = out + "\n" + err.right(3000);
    const QByteArray why = "the Python client did not finish within 45 s\n" + both;
    QVERIFY2(finished, why.constData());
    QVERIFY2(python.exitCode() == 0, both.constData());
    // What the user sees: the pods listed, the events of the watch in order with the pod
    // each is about, and exactly what the command printed in the pod. (Not its exit status:
    // this client polls the socket, so a status frame that came in the same TLS record as the
    // output waits unseen in its TLS buffer; the test server sends them together.)
    const QList<QByteArray> lines = out.split('\n');
    QVERIFY2(lines.value(0).startsWith("list ") && lines.value(0).split(' ').contains("web-0"),
             both.constData());
    QList<QByteArray> events;
    for (const QByteArray &line : lines) {
        if (line.startsWith("event "))
            events << line.mid(6);
    }
    QVERIFY2(events.size() >= 2, both.constData());
    QCOMPARE(events.constFirst(), QByteArray("MODIFIED web-0"));
    QCOMPARE(events.constLast(), QByteArray("ADDED python-watched"));
    for (const QByteArray &event : events.mid(0, events.size() - 1))
        QCOMPARE(event, QByteArray("MODIFIED web-0"));
    QVERIFY2(lines.contains("exec stdout: 'through the forwarder\\n'"), both.constData());
    bool execReachedUpstream = false;
    for (const QJsonValue &request : recordedRequests()) {
        if (request.toObject()
                .value(QStringLiteral("target"))
                .toString()
                .contains(QStringLiteral("/pods/web-0/exec")))
            execReachedUpstream = true;
    }
    QVERIFY2(execReachedUpstream, both.constData());
}

QTEST_GUILESS_MAIN(TestForwarderKubectl)
#include "tst_forwarderkubectl.moc"
