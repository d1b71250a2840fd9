// Upstream trust follows Go's rules for SSL_CERT_FILE and SSL_CERT_DIR (kubectl's own), so the
// forwarder trusts what kubectl would: the variables replace the system defaults.
#include "proxycore/CertificateFactory.h"
#include "proxycore/UpstreamTrust.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestUpstreamTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void certFileAndDirReplaceTheSystemStore();
    void unreadableCertFileIsAWarning();

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

QTEST_GUILESS_MAIN(TestUpstreamTrust)
#include "tst_upstreamtrust.moc"
