// ForwarderLocalContext: the one set of rules the CLI (`kubetailor proxy --context`) and the
// window's local proxy use for the forwarder's upstream and the `<context>-local` entry.
#include "app/ForwarderLocalContext.h"
#include "proxycore/CertificateFactory.h"
#include "proxycore/ForwarderService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestForwarderLocalContext : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void describesTheLocalEntry_data();
    void describesTheLocalEntry();
    void relativeCertificateAuthorityFileIsBesideItsKubeconfig();

private:
    QTemporaryDir m_dir;
    QByteArray m_clusterCaPem; // a real CA: http mode trusts it for the upstream
};

void TestForwarderLocalContext::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).mkpath(QStringLiteral("kube/pki"));
    QFile ca(m_dir.filePath(QStringLiteral("kube/pki/cluster-ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\nCA FROM FILE\n-----END CERTIFICATE-----\n");
    QString error;
    m_clusterCaPem =
        CertificateFactory::createAuthority(QStringLiteral("cluster CA"), 2, &error).certificatePem;
    QVERIFY2(!m_clusterCaPem.isEmpty(), qPrintable(error));
}

void TestForwarderLocalContext::describesTheLocalEntry_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("passthrough");
    QTest::addColumn<QByteArray>("caData");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("clusterTlsServerName");
    QTest::addColumn<QString>("expectedUpstream");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QString>("expectedCa"); // "forwarder", "data", "file", "none"
    QTest::addColumn<QString>("expectedTlsServerName");
    QTest::addColumn<bool>("insecure");         // the cluster skips verification
    QTest::addColumn<bool>("expectedInsecure"); // the local entry does too

    const QByteArray data = m_clusterCaPem;
    QTest::newRow("http: tailnet proxy, port 443 added")
        << QStringLiteral("https://tailscale-operator.tail1234.ts.net") << false << QByteArray()
        << QString() << QString()
        << QStringLiteral("https://tailscale-operator.tail1234.ts.net:443") << QString()
        << QStringLiteral("forwarder") << QString() << false << false;
    QTest::newRow("http: Rancher path kept on the local server")
        << QStringLiteral("https://rancher.example.com/k8s/clusters/c-m-4x2z") << false << data
        << QString() << QString()
        << QStringLiteral("https://rancher.example.com:443/k8s/clusters/c-m-4x2z")
        << QStringLiteral("/k8s/clusters/c-m-4x2z") << QStringLiteral("forwarder") << QString()
        << false << false;
    QTest::newRow("passthrough: cluster CA data, upstream host as TLS name")
        << QStringLiteral("https://10.0.0.5:6443") << true << data << QString() << QString()
        << QStringLiteral("https://10.0.0.5:6443") << QString() << QStringLiteral("data")
        << QStringLiteral("10.0.0.5") << false << false;
    QTest::newRow("passthrough: cluster's own tls-server-name wins")
        << QStringLiteral("https://k3s.tail1234.ts.net:6443") << true << data << QString()
        << QStringLiteral("kubernetes.default.svc")
        << QStringLiteral("https://k3s.tail1234.ts.net:6443") << QString() << QStringLiteral("data")
        << QStringLiteral("kubernetes.default.svc") << false << false;
    QTest::newRow("passthrough: certificate-authority file read")
        << QStringLiteral("https://10.0.0.5:6443") << true << QByteArray()
        << QStringLiteral("pki/cluster-ca.pem") << QString()
        << QStringLiteral("https://10.0.0.5:6443") << QString() << QStringLiteral("file")
        << QStringLiteral("10.0.0.5") << false << false;
    QTest::newRow("passthrough: insecure cluster without CA stays insecure")
        << QStringLiteral("https://10.0.0.5:6443") << true << QByteArray() << QString() << QString()
        << QStringLiteral("https://10.0.0.5:6443") << QString() << QStringLiteral("none")
        << QStringLiteral("10.0.0.5") << true << true;
    QTest::newRow("passthrough: insecure flag dropped when the cluster has CA data")
        << QStringLiteral("https://10.0.0.5:6443") << true << m_clusterCaPem << QString()
        << QString() << QStringLiteral("https://10.0.0.5:6443") << QString()
        << QStringLiteral("data") << QStringLiteral("10.0.0.5") << true << false;
    QTest::newRow("http: insecure cluster, the local entry trusts the forwarder")
        << QStringLiteral("https://10.0.0.5:6443") << false << QByteArray() << QString()
        << QString() << QStringLiteral("https://10.0.0.5:6443") << QString()
        << QStringLiteral("forwarder") << QString() << true << false;
}

void TestForwarderLocalContext::describesTheLocalEntry()
{
    QFETCH(QString, server);
    QFETCH(bool, passthrough);
    QFETCH(QByteArray, caData);
    QFETCH(QString, caFile);
    QFETCH(QString, clusterTlsServerName);
    QFETCH(QString, expectedUpstream);
    QFETCH(QString, expectedPath);
    QFETCH(QString, expectedCa);
    QFETCH(QString, expectedTlsServerName);
    QFETCH(bool, insecure);
    QFETCH(bool, expectedInsecure);

    ContextInfo info;
    info.name = QStringLiteral("dev");
    info.server = server;
    info.certificateAuthorityData = caData;
    info.certificateAuthorityFile = caFile;
    info.tlsServerName = clusterTlsServerName;
    info.insecureSkipTlsVerify = insecure;
    info.originFile = m_dir.filePath(QStringLiteral("kube/config"));
    info.clusterFile = info.originFile;

    ForwarderConfig config;
    ForwarderLocalContext::configureUpstream(info, &config);
    QCOMPARE(config.upstream.toString(), expectedUpstream);
    QCOMPARE(config.caPem, caData);
    QCOMPARE(config.caFile, caFile.isEmpty() || !caData.isEmpty()
                                ? QString()
                                : m_dir.filePath(QStringLiteral("kube/pki/cluster-ca.pem")));
    config.mode = passthrough ? ForwarderConfig::Mode::Passthrough : ForwarderConfig::Mode::Http;
    config.listenPort = 0;
    config.certificateDir = m_dir.filePath(QStringLiteral("forwarder"));

    // Started for real: the local server carries the port it got, the CA is the one it made.
    ForwarderService service;
    QString error;
    QVERIFY2(service.start(config, &error), qPrintable(error));
    const ForwarderLocalContext entry = ForwarderLocalContext::describe(info, config, service);
    const QUrl local(entry.server);
    QCOMPARE(local.scheme(), QStringLiteral("https"));
    QCOMPARE(local.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(local.port(), int(service.port()));
    QCOMPARE(local.path(), expectedPath);
    QCOMPARE(entry.tlsServerName, expectedTlsServerName);
    QCOMPARE(entry.insecureSkipTlsVerify, expectedInsecure);
    if (expectedCa == QLatin1String("forwarder")) {
        QVERIFY(!entry.certificateAuthorityPem.isEmpty());
        QCOMPARE(entry.certificateAuthorityPem, service.certificateAuthorityPem());
    } else if (expectedCa == QLatin1String("data")) {
        QCOMPARE(entry.certificateAuthorityPem, caData);
    } else if (expectedCa == QLatin1String("none")) {
        QVERIFY(entry.certificateAuthorityPem.isEmpty());
    } else {
        QVERIFY(entry.certificateAuthorityPem.contains("CA FROM FILE"));
    }
    service.stop();
}

void TestForwarderLocalContext::relativeCertificateAuthorityFileIsBesideItsKubeconfig()
{
    ContextInfo info;
    info.certificateAuthorityFile = QStringLiteral("pki/ca.pem");
    info.originFile = QStringLiteral("/home/dev/.kube/config");
    info.clusterFile = QStringLiteral("/home/dev/.kube/clusters.yaml");
    QCOMPARE(ForwarderLocalContext::caFilePath(info), QStringLiteral("/home/dev/.kube/pki/ca.pem"));
    info.clusterFile.clear();
    QCOMPARE(ForwarderLocalContext::caFilePath(info), QStringLiteral("/home/dev/.kube/pki/ca.pem"));
    info.certificateAuthorityFile = QStringLiteral("/etc/k3s/ca.pem");
    QCOMPARE(ForwarderLocalContext::caFilePath(info), QStringLiteral("/etc/k3s/ca.pem"));
    info.certificateAuthorityFile.clear();
    QVERIFY(ForwarderLocalContext::caFilePath(info).isEmpty());
}

QTEST_GUILESS_MAIN(TestForwarderLocalContext)
#include "tst_forwarderlocalcontext.moc"
