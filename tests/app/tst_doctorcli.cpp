// `kubetailor doctor` run as a user runs it, against a TLS test server on loopback inside a
// private network namespace (run-test.sh --netns): exit code, the step lines, --json.
#include "proxycore/CertificateFactory.h"
#include "tests/support/HangingResolver.h"
#include "tests/support/OfflineNetwork.h"
#include "tests/support/ScriptedTlsUpstream.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString fqdn = QStringLiteral("tailscale-operator.tail1234.ts.net");
const QString token = QStringLiteral("doctor-secret-token-4711");
} // namespace

class TestDoctorCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void doctor_data();
    void doctor();
    void jsonShape();
    void runPluginNeverPrintsTheToken();
    void unknownContext();
    void dnsFailureAsksTailscale_data();
    void dnsFailureAsksTailscale();
    void offlineCompletes_data();
    void offlineCompletes();
    void hangingResolverDoesNotHoldTheExit();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run runDoctor(const QStringList &args, const QString &tailscaleStatus = QString());
    QString writeKubeconfig(const QString &server, const QString &clusterExtra,
                            const QString &user);
    // Starts `server` answering `status` with no body; a GKE-style kubeconfig pointing at it.
    QString routedGkeConfig(ScriptedTlsUpstream &server, const QByteArray &status);

    QTemporaryDir m_dir;
    IssuedCertificate m_ca;
    IssuedCertificate m_leaf;
    IssuedCertificate m_wrongLeaf;
    QString m_bin;
    QString m_caFile;
    QString m_exe;
};

void TestDoctorCli::initTestCase()
{
    m_exe = qEnvironmentVariable("KUBETAILOR_EXE");
    QVERIFY(QFileInfo::exists(m_exe));
    QString error;
    m_ca = CertificateFactory::createAuthority(QStringLiteral("doctor test CA"), 30, &error);
    QVERIFY2(!m_ca.isNull(), qPrintable(error));
    m_leaf = CertificateFactory::createServer({fqdn}, 30, &m_ca, &error);
    QVERIFY2(!m_leaf.isNull(), qPrintable(error));
    m_wrongLeaf = CertificateFactory::createServer({QStringLiteral("other-proxy.tail1234.ts.net")},
                                                   30, &m_ca, &error);
    QVERIFY2(!m_wrongLeaf.isNull(), qPrintable(error));
    m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(CertificateFactory::writePemFile(m_caFile, m_ca.certificatePem, false, &error));

    // The stand-in plugin, under the name the GKE kubeconfig uses, first on PATH.
    m_bin = m_dir.filePath(QStringLiteral("bin"));
    QDir().mkpath(m_bin);
    const QString plugin = m_bin + QStringLiteral("/gke-gcloud-auth-plugin");
    QVERIFY(QFile::copy(QStringLiteral(KUBETAILOR_SUPPORT_DIR "/fake-exec-plugin.sh"), plugin));
    QFile(plugin).setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);

    if (qEnvironmentVariable("KUBETAILOR_TEST_NETNS") != QLatin1String("1"))
        return;
    QFile hosts(QStringLiteral("/etc/hosts"));
    QVERIFY(hosts.open(QIODevice::Append));
    hosts.write(QStringLiteral("127.0.0.1 %1 tailscale-operator\n").arg(fqdn).toUtf8());
}

void TestDoctorCli::init()
{
    if (qEnvironmentVariable("KUBETAILOR_TEST_NETNS") != QLatin1String("1"))
        QSKIP("needs a private network namespace (run through run-test.sh --netns as root)");
}

TestDoctorCli::Run TestDoctorCli::runDoctor(const QStringList &args, const QString &tailscaleStatus)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), m_bin + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("SSL_CERT_FILE"), m_caFile);
    env.insert(QStringLiteral("SHELL"), QString()); // no login shell to ask
    env.insert(QStringLiteral("KUBETAILOR_FAKE_TOKEN"), token);
    env.remove(QStringLiteral("KUBECONFIG"));
    if (!tailscaleStatus.isEmpty())
        env.insert(QStringLiteral("FAKE_TAILSCALE_STATUS"),
                   QStringLiteral(KUBETAILOR_FIXTURES_DIR "/tailscale/") + tailscaleStatus);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_exe, QStringList{QStringLiteral("doctor")} + args);
    Run run;
    // The test server lives in this process: keep the event loop running meanwhile.
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished(2000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestDoctorCli::writeKubeconfig(const QString &server, const QString &clusterExtra,
                                       const QString &user)
{
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("config-%1.yaml").arg(++counter));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QStringLiteral("apiVersion: v1\nkind: Config\n"
                              "clusters:\n- name: gke_demo\n  cluster:\n    server: %1\n%2"
                              "contexts:\n- name: gke_demo\n  context:\n    cluster: gke_demo\n"
                              "    user: gke_demo\n"
                              "current-context: gke_demo\n"
                              "users:\n- name: gke_demo\n  user:\n%3")
                   .arg(server, clusterExtra, user)
                   .toUtf8());
    return path;
}

// Every step reported, in order.
static bool everyStepInOrder(const QString &out)
{
    int at = -1;
    for (const char *title :
         {"] kubeconfig entry:", "] DNS:", "] TCP connect:", "] TLS certificate:",
          "] GET /version:", "] exec plugin:", "] exec credential:", "] auth method:"}) {
        const int next = int(out.indexOf(QLatin1String(title)));
        if (next <= at)
            return false;
        at = next;
    }
    return true;
}

static QString execUser(const QString &command)
{
    return QStringLiteral("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                          "      command: %1\n      installHint: Install %1 with 'gcloud "
                          "components install gke-gcloud-auth-plugin'\n"
                          "      provideClusterInfo: true\n")
        .arg(command);
}

QString TestDoctorCli::routedGkeConfig(ScriptedTlsUpstream &server, const QByteArray &status)
{
    server.setCannedResponse("HTTP/1.1 " + status +
                             "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    if (!server.listen(QHostAddress::LocalHost))
        return QString();
    return writeKubeconfig(QStringLiteral("https://%1:%2").arg(fqdn).arg(server.serverPort()),
                           QString(), execUser(QStringLiteral("gke-gcloud-auth-plugin")));
}

void TestDoctorCli::doctor_data()
{
    QTest::addColumn<QString>("certificate"); // good, wrong, none (port closed)
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("clusterExtra");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("lines"); // each must appear in stdout

    const QString gke = execUser(QStringLiteral("gke-gcloud-auth-plugin"));
    QTest::newRow("routed through the proxy: all good")
        << QStringLiteral("good") << fqdn << QString() << gke << 0
        << QStringList{
               QStringLiteral("[pass] kubeconfig entry: server https://") + fqdn,
               QStringLiteral("[pass] TCP connect: connected to 127.0.0.1 port "),
               QStringLiteral("[pass] TLS certificate: the certificate is valid for ") + fqdn,
               QStringLiteral("[pass] GET /version: the API server answered: Kubernetes v1.30.2"),
               QStringLiteral("[pass] exec plugin: gke-gcloud-auth-plugin found at "),
               QStringLiteral("[skip] exec credential: skipped: pass --run-plugin"),
               QStringLiteral("[pass] auth method: exec: gke-gcloud-auth-plugin"),
               QStringLiteral("0 failed")};
    QTest::newRow("old CA left in the kubeconfig")
        << QStringLiteral("good") << fqdn
        << QStringLiteral("    certificate-authority-data: %1\n")
               .arg(QString::fromLatin1(QByteArray("not really a CA").toBase64()))
        << gke << 1
        << QStringList{
               QStringLiteral("[FAIL] kubeconfig entry: the old CA is still in the cluster entry"),
               QStringLiteral("fix: remove certificate-authority(-data) from cluster gke_demo")};
    QTest::newRow("short name")
        << QStringLiteral("good") << QStringLiteral("tailscale-operator") << QString() << gke << 1
        << QStringList{
               QStringLiteral("[FAIL] kubeconfig entry: tailscale-operator is a short name"),
               QStringLiteral("[FAIL] TLS certificate: the certificate of tailscale-operator:"),
               QStringLiteral("use https://") + fqdn + QStringLiteral(":443"),
               QStringLiteral("[skip] GET /version: skipped: no verified TLS connection")};
    QTest::newRow("certificate for another name")
        << QStringLiteral("wrong") << fqdn << QString() << gke << 1
        << QStringList{QStringLiteral("[FAIL] TLS certificate: the certificate of ") + fqdn,
                       QStringLiteral("is for other-proxy.tail1234.ts.net, not for ") + fqdn,
                       QStringLiteral("[skip] GET /version")};
    QTest::newRow("port closed")
        << QStringLiteral("none") << fqdn << QString() << gke << 1
        << QStringList{QStringLiteral("[FAIL] TCP connect: nothing listens on ") + fqdn,
                       QStringLiteral("[skip] TLS certificate: skipped: no TCP connection"),
                       QStringLiteral("[skip] GET /version: skipped: no TCP connection"),
                       QStringLiteral("[pass] exec plugin")};
    QTest::newRow("exec plugin missing: where it looked and the install hint")
        << QStringLiteral("good") << fqdn << QString()
        << execUser(QStringLiteral("kubetailor-test-missing-plugin")) << 1
        << QStringList{
               QStringLiteral(
                   "[FAIL] exec plugin: kubetailor-test-missing-plugin not found; looked in: ") +
                   m_bin,
               QStringLiteral("/snap/bin"),
               QStringLiteral(
                   "fix: Install kubetailor-test-missing-plugin with 'gcloud components install")};
    QTest::newRow("client certificate only")
        << QStringLiteral("good") << fqdn << QString()
        << QStringLiteral("    client-certificate-data: %1\n    client-key-data: %2\n")
               .arg(QString::fromLatin1(m_leaf.certificatePem.toBase64()),
                    QString::fromLatin1(QByteArray("key").toBase64()))
        << 1
        << QStringList{
               QStringLiteral("[FAIL] auth method: client certificate only: noauth cannot carry "
                              "client certificates"),
               QStringLiteral("--passthrough"),
               QStringLiteral("[skip] exec plugin: skipped: the user entry has no exec plugin")};
}

void TestDoctorCli::doctor()
{
    QFETCH(QString, certificate);
    QFETCH(QString, host);
    QFETCH(QString, clusterExtra);
    QFETCH(QString, user);
    QFETCH(int, exitCode);
    QFETCH(QStringList, lines);

    const IssuedCertificate &leaf = certificate == QLatin1String("wrong") ? m_wrongLeaf : m_leaf;
    ScriptedTlsUpstream server(leaf.certificate(), leaf.privateKey());
    server.setCannedResponse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Content-Length: 29\r\n\r\n{\"gitVersion\":\"v1.30.2-gke.1\"}");
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    if (certificate == QLatin1String("none"))
        server.close();

    const QString config =
        writeKubeconfig(QStringLiteral("https://%1:%2").arg(host).arg(port), clusterExtra, user);
    const Run r = runDoctor(
        {QStringLiteral("--kubeconfig"), config, QStringLiteral("--timeout"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
    for (const QString &line : lines)
        QVERIFY2(r.out.contains(line),
                 qPrintable(QStringLiteral("missing: ") + line + QStringLiteral("\n") + r.out));
    QVERIFY2(everyStepInOrder(r.out), qPrintable(r.out));
    if (exitCode == 1)
        QVERIFY2(r.err.contains(QStringLiteral("kubetailor doctor: context gke_demo: ")),
                 qPrintable(r.err));
}

void TestDoctorCli::jsonShape()
{
    ScriptedTlsUpstream server(m_leaf.certificate(), m_leaf.privateKey());
    const QString config = routedGkeConfig(server, "403 Forbidden");
    QVERIFY(!config.isEmpty());
    const Run r = runDoctor({QStringLiteral("--kubeconfig"), config, QStringLiteral("--json"),
                             QStringLiteral("--context"), QStringLiteral("gke_demo")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QLatin1String("context")).toString(), QStringLiteral("gke_demo"));
    QVERIFY(root.value(QLatin1String("ok")).toBool());
    QStringList ids;
    const QJsonArray steps = root.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &step : steps) {
        const QJsonObject object = step.toObject();
        ids << object.value(QLatin1String("id")).toString();
        QVERIFY(QStringList({QStringLiteral("pass"), QStringLiteral("warn"), QStringLiteral("fail"),
                             QStringLiteral("skipped")})
                    .contains(object.value(QLatin1String("result")).toString()));
        QVERIFY(object.contains(QLatin1String("summary")));
        QVERIFY(object.contains(QLatin1String("fix")));
        QVERIFY(object.value(QLatin1String("details")).isArray());
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("kubeconfig"), QStringLiteral("dns"),
                               QStringLiteral("tcp"), QStringLiteral("tls"),
                               QStringLiteral("version"), QStringLiteral("exec-plugin"),
                               QStringLiteral("exec-credential"), QStringLiteral("auth")}));
    QCOMPARE(steps.at(4).toObject().value(QLatin1String("result")).toString(),
             QStringLiteral("pass"));
    const QJsonObject counts = root.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("fail")).toInt(), 0);
    QCOMPARE(counts.value(QLatin1String("skipped")).toInt(), 1);
}

void TestDoctorCli::runPluginNeverPrintsTheToken()
{
    ScriptedTlsUpstream server(m_leaf.certificate(), m_leaf.privateKey());
    const QString config = routedGkeConfig(server, "401 Unauthorized");
    QVERIFY(!config.isEmpty());
    for (const QString &format : {QString(), QStringLiteral("--json")}) {
        QStringList args{QStringLiteral("--kubeconfig"), config, QStringLiteral("--run-plugin")};
        if (!format.isEmpty())
            args << format;
        const Run r = runDoctor(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("printed an ExecCredential with a token (not shown)")),
            qPrintable(r.out));
        QVERIFY(!r.out.contains(token));
        QVERIFY(!r.err.contains(token));
    }
    // The doctor's own request carried no credential.
    for (const QByteArray &request : server.requests())
        QVERIFY(!request.toLower().contains("authorization"));
}

void TestDoctorCli::unknownContext()
{
    const QString config = writeKubeconfig(QStringLiteral("https://%1").arg(fqdn), QString(),
                                           execUser(QStringLiteral("gke-gcloud-auth-plugin")));
    const Run r = runDoctor({QStringLiteral("--kubeconfig"), config, QStringLiteral("--context"),
                             QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no context named 'nope'")), qPrintable(r.err));
    const Run usage = runDoctor({QStringLiteral("--timeout"), QStringLiteral("soon")});
    QCOMPARE(usage.exitCode, 2);
}

void TestDoctorCli::dnsFailureAsksTailscale_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("fixContains");

    QTest::newRow("logged out") << QStringLiteral(
                                       "tailscale-operator.tail1234.ts.net.invalid.ts.net")
                                << QStringLiteral("logged-out.json")
                                << QStringLiteral("Tailscale is logged out: run 'tailscale up'");
    QTest::newRow("another tailnet")
        << QStringLiteral("tailscale-operator.tail9999.ts.net")
        << QStringLiteral("running-operator.json")
        << QStringLiteral("is not in this machine's tailnet (tail1234.ts.net)");
    QTest::newRow("no such device: the candidates")
        << QStringLiteral("k8s-proxy.tail1234.ts.net") << QStringLiteral("running-operator.json")
        << QStringLiteral("devices that look like the proxy: tailscale-operator.tail1234.ts.net");
}

void TestDoctorCli::dnsFailureAsksTailscale()
{
    QFETCH(QString, host);
    QFETCH(QString, status);
    QFETCH(QString, fixContains);
    const QString config = writeKubeconfig(QStringLiteral("https://%1").arg(host), QString(),
                                           execUser(QStringLiteral("gke-gcloud-auth-plugin")));
    const Run r = runDoctor({QStringLiteral("--kubeconfig"), config, QStringLiteral("--tailscale"),
                             QStringLiteral(KUBETAILOR_SUPPORT_DIR "/fake-tailscale")},
                            status);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.out.contains(QStringLiteral("[FAIL] DNS: ") + host + QStringLiteral(" does not resolve")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(fixContains), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QStringLiteral("[skip] TCP connect: skipped: the name does not resolve")),
        qPrintable(r.out));
    QVERIFY(r.out.indexOf(QStringLiteral("] DNS:")) <
            r.out.indexOf(QStringLiteral("] TCP connect:")));
}

void TestDoctorCli::offlineCompletes_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("lines"); // each must appear in stdout

    QTest::newRow("a name from /etc/hosts: no route, TCP fails at once")
        << QStringLiteral("https://%1:443").arg(fqdn)
        << QStringList{QStringLiteral("] DNS: ") + fqdn + QStringLiteral(" resolves to 127.0.0.1"),
                       QStringLiteral("[FAIL] TCP connect: cannot connect to ") + fqdn,
                       QStringLiteral("Network unreachable"),
                       QStringLiteral("fix: is Tailscale connected on this machine"),
                       QStringLiteral("[skip] TLS certificate: skipped: no TCP connection"),
                       QStringLiteral("[skip] GET /version: skipped: no TCP connection")};
    QTest::newRow("an address: no route, TCP fails at once")
        << QStringLiteral("https://100.88.1.2:443")
        << QStringList{QStringLiteral("[pass] DNS: 100.88.1.2 is an IP address"),
                       QStringLiteral("[FAIL] TCP connect: cannot connect to 100.88.1.2:443"),
                       QStringLiteral("[skip] TLS certificate: skipped: no TCP connection")};
    QTest::newRow("a name for DNS: no DNS server can be reached")
        << QStringLiteral("https://k8s-proxy.tail1234.ts.net")
        << QStringList{QStringLiteral("[FAIL] DNS: k8s-proxy.tail1234.ts.net does not resolve"),
                       QStringLiteral("[skip] TCP connect: skipped: the name does not resolve")};
}

void TestDoctorCli::offlineCompletes()
{
    QFETCH(QString, server);
    QFETCH(QStringList, lines);
    const QString config =
        writeKubeconfig(server, QString(), execUser(QStringLiteral("gke-gcloud-auth-plugin")));
    OfflineNetwork offline;
    QString error;
    QVERIFY2(offline.takeDown(&error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    const Run r = runDoctor({QStringLiteral("--kubeconfig"), config, QStringLiteral("--timeout"),
                             QStringLiteral("2"), QStringLiteral("--tailscale"),
                             QStringLiteral(KUBETAILOR_SUPPORT_DIR "/fake-tailscale")},
                            QStringLiteral("running-operator.json"));
    // It completes (no crash, no hang) and says which step failed and why.
    QVERIFY2(r.exitCode == 1,
             qPrintable(QStringLiteral("exit %1\n").arg(r.exitCode) + r.out + r.err));
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
    for (const QString &line : lines)
        QVERIFY2(r.out.contains(line),
                 qPrintable(QStringLiteral("missing: ") + line + QStringLiteral("\n") + r.out));
    QVERIFY2(everyStepInOrder(r.out), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("[pass] exec plugin")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("kubetailor doctor: context gke_demo: ")),
             qPrintable(r.err));
}

void TestDoctorCli::hangingResolverDoesNotHoldTheExit()
{
    const QString config = writeKubeconfig(QStringLiteral("https://hangs.example.test"), QString(),
                                           execUser(QStringLiteral("gke-gcloud-auth-plugin")));
    HangingResolver resolver; // each query hangs 2 x 5 s
    QString error;
    QVERIFY2(resolver.start(&error, 5), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    const Run r = runDoctor({QStringLiteral("--kubeconfig"), config, QStringLiteral("--timeout"),
                             QStringLiteral("0.5")});
    // The DNS step times out after 0.5 s, the others report, and the process ends: the
    // lookup left behind does not hold the exit until the resolver gives up.
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral(
                 "[FAIL] DNS: looking up hangs.example.test took longer than 0.5 s")),
             qPrintable(r.out));
    QVERIFY2(everyStepInOrder(r.out), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestDoctorCli)
#include "tst_doctorcli.moc"
