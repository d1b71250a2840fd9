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
    QCOMPARE(sk_X509_OBJECT_num(X509_STORE_get0_objects(store)), 1); // the bundle's CA only
    QVERIFY(verifies(store, leaf.certificate()));
    QCOMPARE(sk_X509_OBJECT_num(X509_STORE_get0_objects(store)), 2); // read when needed
    QVERIFY(verifies(store, stranger.certificate()));                // the bundle file still counts
    X509_STORE_free(store);

    // Without the folder, the same leaf has no anchor.
    qputenv("SSL_CERT_DIR", m_dir.filePath(QStringLiteral("empty")).toLocal8Bit());
    store = X509_STORE_new();
    QVERIFY2(UpstreamTrustStore::fill(store, QString(), QByteArray(), &error), qPrintable(error));
    QVERIFY(!verifies(store, leaf.certificate()));
    X509_STORE_free(store);
}

QTEST_GUILESS_MAIN(TestUpstreamTrust)
#include "tst_upstreamtrust.moc"
