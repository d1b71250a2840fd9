// Upstream trust follows Go's rules for SSL_CERT_FILE and SSL_CERT_DIR (kubectl's own), so the
// forwarder trusts what kubectl would: the variables replace the system defaults.
#include "proxycore/CertificateFactory.h"
#include "proxycore/UpstreamTrust.h"
#include "proxycore/UpstreamTrustStore.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace {

X509 *toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_X509(nullptr, &bytes, long(der.size()));
}

// Whether `store` verifies `leaf` (no intermediates), as the upstream handshake would.
bool verifies(X509_STORE *store, const QSslCertificate &leaf)
{
    X509 *cert = toX509(leaf);
    X509_STORE_CTX *context = X509_STORE_CTX_new();
    X509_STORE_CTX_init(context, store, cert, nullptr);
    const bool ok = X509_verify_cert(context) == 1;
    X509_STORE_CTX_free(context);
    X509_free(cert);
    return ok;
}

} // namespace

class TestUpstreamTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void certFileAndDirReplaceTheSystemStore();
    void unreadableCertFileIsAWarning();
    void hashedFolderIsReadOnlyWhenAVerificationNeedsIt();
    void bundleFileIsReadOnlyWhenAVerificationNeedsIt_data();
    void bundleFileIsReadOnlyWhenAVerificationNeedsIt();

private:
    IssuedCertificate m_ca;
    QTemporaryDir m_dir;
};

void TestUpstreamTrust::initTestCase()
{
    QString error;
    m_ca = CertificateFactory::createAuthority(QStringLiteral("trust test CA"), 2, &error);
    QVERIFY2(!m_ca.isNull(), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

void TestUpstreamTrust::cleanup()
{
    qunsetenv("SSL_CERT_FILE");
    qunsetenv("SSL_CERT_DIR");
}

void TestUpstreamTrust::certFileAndDirReplaceTheSystemStore()
{
    const QString file = m_dir.filePath(QStringLiteral("only-ca.pem"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(m_ca.certificatePem);
    out.close();
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("empty")));
    qputenv("SSL_CERT_FILE", file.toLocal8Bit());
    qputenv("SSL_CERT_DIR", m_dir.filePath(QStringLiteral("empty")).toLocal8Bit());
    QList<QSslCertificate> trusted;
    QString error;
    QVERIFY2(UpstreamTrust::build(QString(), QByteArray(), &trusted, &error), qPrintable(error));
    QCOMPARE(trusted, QList<QSslCertificate>{m_ca.certificate()});
}

void TestUpstreamTrust::unreadableCertFileIsAWarning()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
    qputenv("SSL_CERT_FILE", missing.toLocal8Bit());
    qputenv("SSL_CERT_DIR", m_dir.filePath(QStringLiteral("empty")).toLocal8Bit());
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("SSL_CERT_FILE: cannot read .*missing")));
    QList<QSslCertificate> trusted;
    QString error;
    QVERIFY2(UpstreamTrust::build(QString(), QByteArray(), &trusted, &error), qPrintable(error));
    QVERIFY(trusted.isEmpty());
}

void TestUpstreamTrust::hashedFolderIsReadOnlyWhenAVerificationNeedsIt()
{
    // A folder as update-ca-certificates leaves /etc/ssl/certs: each CA under its subject
    // hash. The forwarder's store reads none of it at start, and the CA a handshake needs
    // when it is asked for.
    QString error;
    const IssuedCertificate other =
        CertificateFactory::createAuthority(QStringLiteral("bundle CA"), 2, &error);
    QVERIFY2(!other.isNull(), qPrintable(error));
    const IssuedCertificate leaf =
        CertificateFactory::createServer({QStringLiteral("127.0.0.1")}, 2, &m_ca, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error));
    const IssuedCertificate stranger =
        CertificateFactory::createServer({QStringLiteral("127.0.0.1")}, 2, &other, &error);
    QVERIFY2(!stranger.isNull(), qPrintable(error));

    const QString folder = m_dir.filePath(QStringLiteral("hashed"));
    QVERIFY(QDir().mkpath(folder));
    X509 *ca = toX509(m_ca.certificate());
    QVERIFY(ca);
    const QString hashName =
        QStringLiteral("%1.0").arg(X509_subject_name_hash(ca), 8, 16, QLatin1Char('0'));
    X509_free(ca);
    QFile hashed(QDir(folder).filePath(hashName));
    QVERIFY(hashed.open(QIODevice::WriteOnly));
    hashed.write(m_ca.certificatePem);
    hashed.close();
    const QString bundle = m_dir.filePath(QStringLiteral("bundle.pem"));
    QFile bundleFile(bundle);
    QVERIFY(bundleFile.open(QIODevice::WriteOnly));
    bundleFile.write(other.certificatePem);
    bundleFile.close();
    qputenv("SSL_CERT_FILE", bundle.toLocal8Bit());
    qputenv("SSL_CERT_DIR", folder.toLocal8Bit());

    X509_STORE *store = X509_STORE_new();
    QVERIFY2(UpstreamTrustStore::fill(store, QString(), QByteArray(), &error), qPrintable(error));
    QCOMPARE(sk_X509_OBJECT_num(X509_STORE_get0_objects(store)), 0); // nothing read yet
    QVERIFY(verifies(store, leaf.certificate()));
    QCOMPARE(sk_X509_OBJECT_num(X509_STORE_get0_objects(store)), 2); // both read when needed
    QVERIFY(verifies(store, stranger.certificate()));                // the bundle file still counts
    X509_STORE_free(store);

    // Without the folder, the same leaf has no anchor.
    qputenv("SSL_CERT_DIR", m_dir.filePath(QStringLiteral("empty")).toLocal8Bit());
    store = X509_STORE_new();
    QVERIFY2(UpstreamTrustStore::fill(store, QString(), QByteArray(), &error), qPrintable(error));
    QVERIFY(!verifies(store, leaf.certificate()));
    X509_STORE_free(store);
}

void TestUpstreamTrust::bundleFileIsReadOnlyWhenAVerificationNeedsIt_data()
{
    QTest::addColumn<bool>("holdsTheCaData"); // the bundle holds the kubeconfig's CA as well
    QTest::newRow("SSL_CERT_FILE") << false;
    QTest::newRow("SSL_CERT_FILE with the CA data's CA in it too") << true;
}

void TestUpstreamTrust::bundleFileIsReadOnlyWhenAVerificationNeedsIt()
{
    // The upstream's own CA (kubeconfig's certificate-authority-data) is in the store from the
    // start; the bundle SSL_CERT_FILE names is parsed only when a chain needs an anchor the
    // store does not hold, and then it trusts as before.
    QFETCH(bool, holdsTheCaData);
    QString error;
    const IssuedCertificate bundleCa =
        CertificateFactory::createAuthority(QStringLiteral("bundle root"), 2, &error);
    QVERIFY2(!bundleCa.isNull(), qPrintable(error));
    const IssuedCertificate nobody =
        CertificateFactory::createAuthority(QStringLiteral("nobody's root"), 2, &error);
    QVERIFY2(!nobody.isNull(), qPrintable(error));
    const IssuedCertificate own =
        CertificateFactory::createServer({QStringLiteral("127.0.0.1")}, 2, &m_ca, &error);
    const IssuedCertificate public_ =
        CertificateFactory::createServer({QStringLiteral("127.0.0.1")}, 2, &bundleCa, &error);
    const IssuedCertificate stranger =
        CertificateFactory::createServer({QStringLiteral("127.0.0.1")}, 2, &nobody, &error);
    QVERIFY2(!own.isNull() && !public_.isNull() && !stranger.isNull(), qPrintable(error));

    const QString bundle = m_dir.filePath(QStringLiteral("lazy-bundle.pem"));
    QFile bundleFile(bundle);
    QVERIFY(bundleFile.open(QIODevice::WriteOnly));
    // Text around the blocks, as in Debian's bundle comments; the CA file's CA twice over
    // (a duplicate the store refuses) in one row.
    bundleFile.write("# bundle\n" + bundleCa.certificatePem);
    if (holdsTheCaData)
        bundleFile.write(m_ca.certificatePem);
    bundleFile.close();
    qputenv("SSL_CERT_FILE", bundle.toLocal8Bit());
    qputenv("SSL_CERT_DIR", m_dir.filePath(QStringLiteral("empty")).toLocal8Bit());

    X509_STORE *store = X509_STORE_new();
    QVERIFY2(UpstreamTrustStore::fill(store, QString(), m_ca.certificatePem, &error),
             qPrintable(error));
    QCOMPARE(sk_X509_OBJECT_num(X509_STORE_get0_objects(store)), 1); // the CA data only
    QVERIFY(verifies(store, own.certificate()));
    QCOMPARE(sk_X509_OBJECT_num(X509_STORE_get0_objects(store)), 1); // the bundle not read
    QVERIFY(verifies(store, public_.certificate()));
    QCOMPARE(sk_X509_OBJECT_num(X509_STORE_get0_objects(store)), 2); // read when needed
    QVERIFY(!verifies(store, stranger.certificate()));
    QVERIFY(verifies(store, public_.certificate())); // answered by the store now
    QVERIFY(verifies(store, own.certificate()));
    X509_STORE_free(store);
}

QTEST_GUILESS_MAIN(TestUpstreamTrust)
#include "tst_upstreamtrust.moc"
