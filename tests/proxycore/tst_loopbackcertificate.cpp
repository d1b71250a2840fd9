// The forwarder's own certificate: made once, key readable by the user only, reused, and
// renewed before it expires without changing the authority kubeconfigs trust.
#include "proxycore/LoopbackCertificate.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

class TestLoopbackCertificate : public QObject
{
    Q_OBJECT

private slots:
    void createdWithLoopbackNamesAndPrivateKey();
    void reusedWhileValid();
    void renewedBeforeExpiryUnderTheSameAuthority();
    void unreadableFolderIsAnError();
};

void TestLoopbackCertificate::createdWithLoopbackNamesAndPrivateKey()
{
    QTemporaryDir dir;
    LoopbackCertificate certificate;
    QString error;
    QVERIFY2(LoopbackCertificate::ensure(dir.path(), &certificate, &error), qPrintable(error));
    QVERIFY(certificate.renewed());
    const auto names = certificate.certificate().subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(names.values(QSsl::IpAddressEntry)
                .contains(QHostAddress(QStringLiteral("::1")).toString()));
    QVERIFY(!certificate.privateKey().isNull());
    QVERIFY(certificate.authorityPem().startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(certificate.certificate().issuerDisplayName(),
             certificate.authority().subjectDisplayName());
    for (const char *key : {"loopback-key.pem", "loopback-ca-key.pem"}) {
        const QFile::Permissions permissions =
            QFile::permissions(dir.filePath(QString::fromLatin1(key)));
        QCOMPARE(permissions &
                     ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
                 QFile::Permissions());
    }
}

void TestLoopbackCertificate::reusedWhileValid()
{
    QTemporaryDir dir;
    LoopbackCertificate first;
    LoopbackCertificate second;
    QString error;
    QVERIFY(LoopbackCertificate::ensure(dir.path(), &first, &error));
    QVERIFY2(LoopbackCertificate::ensure(dir.path(), &second, &error), qPrintable(error));
    QVERIFY(!second.renewed());
    QCOMPARE(second.certificate(), first.certificate());
    QCOMPARE(second.authorityPem(), first.authorityPem());
}

void TestLoopbackCertificate::renewedBeforeExpiryUnderTheSameAuthority()
{
    QTemporaryDir dir;
    LoopbackCertificate first;
    LoopbackCertificate renewed;
    QString error;
    QVERIFY(LoopbackCertificate::ensure(dir.path(), &first, &error));
    // The server certificate lives about 397 days: asking for 400 days of life renews it.
    QVERIFY2(LoopbackCertificate::ensure(dir.path(), &renewed, &error, 400), qPrintable(error));
    QVERIFY(renewed.renewed());
    QVERIFY(renewed.certificate() != first.certificate());
    QCOMPARE(renewed.authorityPem(), first.authorityPem());
}

void TestLoopbackCertificate::unreadableFolderIsAnError()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LoopbackCertificate certificate;
    QString error;
    QVERIFY(!LoopbackCertificate::ensure(dir.filePath(QStringLiteral("file/sub")), &certificate,
                                         &error));
    QVERIFY2(error.contains(QStringLiteral("file/sub")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLoopbackCertificate)
#include "tst_loopbackcertificate.moc"
