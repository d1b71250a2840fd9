#include "proxycore/CertificateFactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

class TestCertificateFactory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void subjectAltNames_data();
    void subjectAltNames();
    void invalidDnsNameRefused_data();
    void invalidDnsNameRefused();
    void chainVerifies();
    void foreignAuthorityRejected();
    void expiredIsFlagged();
    void selfSignedServer();
    void keyMatchesCertificate();
    void authorityIsMarkedAsCa();
    void invertedValidityRefused();
    void keyFileIsOwnerOnly();

private:
    IssuedCertificate m_authority;
};

void TestCertificateFactory::initTestCase()
{
    QString error;
    m_authority =
        CertificateFactory::createAuthority(QStringLiteral("kubetailor test CA"), 30, &error);
    QVERIFY2(!m_authority.isNull(), qPrintable(error));
    // QSslCertificate::verify() trusts the default configuration's CA certificates.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(m_authority.certificate());
    QSslConfiguration::setDefaultConfiguration(configuration);
}

void TestCertificateFactory::invalidDnsNameRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("comma would add a second name") << QStringLiteral("a.example,DNS:evil.example");
    QTest::newRow("space") << QStringLiteral("a example");
    QTest::newRow("empty label") << QStringLiteral("a..example");
}

void TestCertificateFactory::invalidDnsNameRefused()
{
    QFETCH(QString, name);
    CertificateRequest request;
    request.dnsNames = {QStringLiteral("good.example"), name};
    QString error;
    QVERIFY(CertificateFactory::create(request, &m_authority, &error).isNull());
    QVERIFY2(error.contains(name) && error.contains(QStringLiteral("not a valid DNS name")),
             qPrintable(error));
}

void TestCertificateFactory::subjectAltNames_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QStringList>("dnsNames");
    QTest::addColumn<QStringList>("ipAddresses");

    QTest::newRow("operator fqdn")
        << QStringList{QStringLiteral("tailscale-operator.tail1234.ts.net")}
        << QStringList{QStringLiteral("tailscale-operator.tail1234.ts.net")} << QStringList{};
    QTest::newRow("loopback trio")
        << QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1"),
                       QStringLiteral("localhost")}
        << QStringList{QStringLiteral("localhost")}
        << QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
}

void TestCertificateFactory::subjectAltNames()
{
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, dnsNames);
    QFETCH(QStringList, ipAddresses);

    QString error;
    const IssuedCertificate leaf = CertificateFactory::createServer(hosts, 1, &m_authority, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error));
    const QSslCertificate certificate = leaf.certificate();
    QVERIFY(!certificate.isNull());
    const auto names = certificate.subjectAlternativeNames();
    QCOMPARE(QStringList(names.values(QSsl::DnsEntry)).size(), dnsNames.size());
    for (const QString &name : dnsNames)
        QVERIFY2(names.values(QSsl::DnsEntry).contains(name), qPrintable(name));
    QCOMPARE(names.values(QSsl::IpAddressEntry).size(), ipAddresses.size());
    for (const QString &address : ipAddresses)
        QVERIFY2(names.values(QSsl::IpAddressEntry).contains(QHostAddress(address).toString()),
                 qPrintable(address));
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName).value(0), hosts.first());
}

void TestCertificateFactory::chainVerifies()
{
    const QString host = QStringLiteral("tailscale-operator.tail1234.ts.net");
    QString error;
    const IssuedCertificate leaf =
        CertificateFactory::createServer({host}, 1, &m_authority, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error));
    QCOMPARE(leaf.certificate().issuerDisplayName(),
             m_authority.certificate().subjectDisplayName());

    const QList<QSslError> errors =
        QSslCertificate::verify({leaf.certificate(), m_authority.certificate()}, host);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).errorString()));

    const QList<QSslError> wrongName = QSslCertificate::verify(
        {leaf.certificate(), m_authority.certificate()}, QStringLiteral("tailscale-operator"));
    QVERIFY(!wrongName.isEmpty());
    QCOMPARE(wrongName.first().error(), QSslError::HostNameMismatch);
}

void TestCertificateFactory::foreignAuthorityRejected()
{
    QString error;
    const IssuedCertificate other =
        CertificateFactory::createAuthority(QStringLiteral("someone else"), 30, &error);
    QVERIFY2(!other.isNull(), qPrintable(error));
    const IssuedCertificate leaf =
        CertificateFactory::createServer({QStringLiteral("a.ts.net")}, 1, &other, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error));
    const QList<QSslError> errors =
        QSslCertificate::verify({leaf.certificate()}, QStringLiteral("a.ts.net"));
    QVERIFY(!errors.isEmpty());
}

void TestCertificateFactory::expiredIsFlagged()
{
    CertificateRequest request;
    request.dnsNames = {QStringLiteral("expired.ts.net")};
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-10);
    request.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    QString error;
    const IssuedCertificate leaf = CertificateFactory::create(request, &m_authority, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error));
    const QSslCertificate certificate = leaf.certificate();
    QCOMPARE(certificate.expiryDate().toSecsSinceEpoch(), request.notAfter.toSecsSinceEpoch());
    QCOMPARE(certificate.effectiveDate().toSecsSinceEpoch(), request.notBefore.toSecsSinceEpoch());

    const QList<QSslError> errors = QSslCertificate::verify(
        {certificate, m_authority.certificate()}, QStringLiteral("expired.ts.net"));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().error(), QSslError::CertificateExpired);
}

void TestCertificateFactory::selfSignedServer()
{
    QString error;
    const IssuedCertificate self =
        CertificateFactory::createServer({QStringLiteral("127.0.0.1")}, 1, nullptr, &error);
    QVERIFY2(!self.isNull(), qPrintable(error));
    QVERIFY(self.certificate().isSelfSigned());
    // Trusted as its own authority, as kubectl trusts the forwarder's loopback certificate.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(self.certificate());
    QSslConfiguration::setDefaultConfiguration(configuration);
    const QList<QSslError> errors =
        QSslCertificate::verify({self.certificate()}, QStringLiteral("127.0.0.1"));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).errorString()));
}

void TestCertificateFactory::keyMatchesCertificate()
{
    QString error;
    const IssuedCertificate leaf =
        CertificateFactory::createServer({QStringLiteral("localhost")}, 1, &m_authority, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error));
    const QSslKey key = leaf.privateKey();
    QVERIFY(!key.isNull());
    QCOMPARE(key.algorithm(), QSsl::Ec);
    QCOMPARE(key.length(), 256);
    QVERIFY(leaf.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(CertificateFactory::keyMatchesCertificate(leaf.certificatePem, leaf.privateKeyPem));
    QVERIFY(
        !CertificateFactory::keyMatchesCertificate(leaf.certificatePem, m_authority.privateKeyPem));

    // The proof that matters: a real TLS handshake with this pair, trusted through the CA.
    QSslServer server;
    QSslConfiguration serverConfiguration = QSslConfiguration::defaultConfiguration();
    serverConfiguration.setLocalCertificate(leaf.certificate());
    serverConfiguration.setPrivateKey(key);
    server.setSslConfiguration(serverConfiguration);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSslSocket client;
    QSslConfiguration clientConfiguration = QSslConfiguration::defaultConfiguration();
    clientConfiguration.addCaCertificate(m_authority.certificate());
    client.setSslConfiguration(clientConfiguration);
    QList<QSslError> clientErrors;
    connect(&client, &QSslSocket::sslErrors, this,
            [&clientErrors](const QList<QSslError> &errors) { clientErrors = errors; });
    client.connectToHostEncrypted(QStringLiteral("localhost"), server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(client.isEncrypted() || !clientErrors.isEmpty(), 10000);
    QVERIFY2(clientErrors.isEmpty(), qPrintable(clientErrors.value(0).errorString()));
    QCOMPARE(client.peerCertificate(), leaf.certificate());

    // A leaf signed with a mismatched issuer pair is refused rather than silently broken.
    IssuedCertificate mismatched = m_authority;
    mismatched.privateKeyPem = leaf.privateKeyPem;
    const IssuedCertificate refused =
        CertificateFactory::createServer({QStringLiteral("localhost")}, 1, &mismatched, &error);
    QVERIFY(refused.isNull());
    QVERIFY2(error.contains(QStringLiteral("issuing certificate authority")), qPrintable(error));
}

void TestCertificateFactory::authorityIsMarkedAsCa()
{
    const QSslCertificate ca = m_authority.certificate();
    QVERIFY(ca.isSelfSigned());
    bool foundBasicConstraints = false;
    for (const QSslCertificateExtension &extension : ca.extensions()) {
        if (extension.name() == QLatin1String("basicConstraints")) {
            foundBasicConstraints = true;
            QVERIFY(extension.isCritical());
            QCOMPARE(extension.value().toMap().value(QStringLiteral("ca")).toBool(), true);
        }
    }
    QVERIFY(foundBasicConstraints);
}

void TestCertificateFactory::invertedValidityRefused()
{
    CertificateRequest request;
    request.dnsNames = {QStringLiteral("x.ts.net")};
    request.notBefore = QDateTime::currentDateTimeUtc();
    request.notAfter = request.notBefore.addDays(-1);
    QString error;
    QVERIFY(CertificateFactory::create(request, nullptr, &error).isNull());
    QVERIFY2(error.contains(QStringLiteral("validity")), qPrintable(error));
}

void TestCertificateFactory::keyFileIsOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const IssuedCertificate leaf =
        CertificateFactory::createServer({QStringLiteral("localhost")}, 1, &m_authority, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error));
    const QString certPath = dir.filePath(QStringLiteral("sub/tls.crt"));
    const QString keyPath = dir.filePath(QStringLiteral("sub/tls.key"));
    // An existing world-readable key file is narrowed when rewritten.
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
    {
        QFile old(keyPath);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ReadOther);
    }
    QVERIFY2(leaf.writeFiles(certPath, keyPath, &error), qPrintable(error));

    QFile key(keyPath);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QCOMPARE(key.readAll(), leaf.privateKeyPem);
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(keyPath).permissions() & 0x0777,
             QFileDevice::ReadUser | QFileDevice::WriteUser);
    QVERIFY(QFileInfo(certPath).permissions() & QFileDevice::ReadOther);
#endif
    QFile cert(certPath);
    QVERIFY(cert.open(QIODevice::ReadOnly));
    QCOMPARE(QSslCertificate(cert.readAll()), leaf.certificate());

    QVERIFY(!leaf.writeFiles(QStringLiteral("/proc/no/such/dir/tls.crt"), QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("/proc/no/such/dir")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCertificateFactory)
#include "tst_certificatefactory.moc"
