// `kubetailor proxy` run as a user runs it: it prints where it listens and a ready kubectl
// line, answers /healthz, logs requests without secrets on stderr, writes the -local
// context kubectl then uses, and exits 0 on SIGTERM with its port free again.
#include "CertificateFactory.h"
#include "ScriptedTlsUpstream.h"
#include "UnusedPort.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int timeoutMs = 20000;
}

class TestProxyCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upstreamModeServesHealthzAndStopsOnSigterm();
    void contextModeWritesLocalContextKubectlUses();
    void usageErrors_data();
    void usageErrors();

private:
    bool startProxy(QProcess *process, const QStringList &args, QString *out);
    QByteArray get(quint16 port, const QByteArray &caPem, const QByteArray &path);

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

void TestProxyCommand::contextModeWritesLocalContextKubectlUses()
{
    ScriptedTlsUpstream upstream(m_upstreamCert.certificate(), m_upstreamCert.privateKey());
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    const QByteArray listBody = "{\"kind\":\"NamespaceList\",\"apiVersion\":\"v1\",\"items\":[]}";
    upstream.setCannedResponse(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
        QByteArray::number(listBody.size()) + "\r\n\r\n" + listBody);

    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(QStringLiteral("config"));
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v1\nkind: Config\nclusters:\n- name: dev\n  cluster:\n"
               "    certificate-authority-data: " +
               m_ca.certificatePem.toBase64() +
               "\n    server: https://127.0.0.1:" + QByteArray::number(upstream.serverPort()) +
               "\ncontexts:\n- name: dev\n  context:\n    cluster: dev\n    user: dev-user\n"
               "current-context: dev\nusers:\n- name: dev-user\n  user:\n"
               "    token: abc-secret-token\n");
    file.close();

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
    run.start(kubectl, {QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("--context"),
                        QStringLiteral("dev-local"), QStringLiteral("get"), QStringLiteral("--raw"),
                        QStringLiteral("/api/v1/namespaces")});
    QTRY_COMPARE_WITH_TIMEOUT(run.state(), QProcess::NotRunning, timeoutMs);
    const QByteArray kubectlOut = run.readAllStandardOutput();
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    QCOMPARE(kubectlOut.trimmed(), listBody);
    // kubectl's own credentials went upstream through the forwarder, and were not logged.
    QVERIFY2(upstream.received().contains("\r\nAuthorization: Bearer abc-secret-token\r\n"),
             upstream.received().constData());

    proxy.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(proxy.state(), QProcess::NotRunning, timeoutMs);
    QCOMPARE(proxy.exitCode(), 0);
    const QString err = QString::fromUtf8(proxy.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("GET /api/v1/namespaces 200 ")), qPrintable(err));
    QVERIFY(!err.contains(QStringLiteral("abc-secret-token")));
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
    QTest::newRow("non-loopback listen needs --allow-remote")
        << QStringList{QStringLiteral("--upstream"), QStringLiteral("https://h"),
                       QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")}
        << 1 << QStringLiteral("not a loopback address");
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
