// The forwarder's own certificate: made once, key readable by the user only, reused, and
// renewed before it expires without changing the authority kubeconfigs trust.
#include "proxycore/LoopbackCertificate.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestLoopbackCertificate : public QObject
{
    Q_OBJECT

private slots:
    void createdWithLoopbackNamesAndPrivateKey();
    void reusedWhileValid();
    void renewedBeforeExpiryUnderTheSameAuthority();
    void unreadableFolderIsAnError();
    void foldersArePrivateUnderAnyUmask();
    void aKeyReadableByOthersIsTightened();
};

void TestLoopbackCertificate::createdWithLoopbackNamesAndPrivateKey()
{
    QTemporaryDir dir;
    LoopbackCertificate certificate;
    QString error;
    QVERIFY2(LoopbackCertificate::ensure(dir.path(), &certificate, &error), qPrintable(error));
    QVERIFY(certificate.renewed());
    const QSslCertificate leaf(certificate.certificatePem(), QSsl::Pem);
    const QSslCertificate authority(certificate.authorityPem(), QSsl::Pem);
    const auto names = leaf.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(names.values(QSsl::IpAddressEntry)
                .contains(QHostAddress(QStringLiteral("::1")).toString()));
    QVERIFY(!QSslKey(certificate.privateKeyPem(), QSsl::Ec).isNull());
    QVERIFY(certificate.authorityPem().startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(leaf.issuerDisplayName(), authority.subjectDisplayName());
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
    QCOMPARE(second.certificatePem(), first.certificatePem());
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
    QVERIFY(renewed.certificatePem() != first.certificatePem());
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

void TestLoopbackCertificate::foldersArePrivateUnderAnyUmask()
{
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QString dir = base.filePath(QStringLiteral("a/b/forwarder"));
    const mode_t previous = ::umask(0);
    LoopbackCertificate certificate;
    QString error;
    const bool ok = LoopbackCertificate::ensure(dir, &certificate, &error);
    ::umask(previous);
    QVERIFY2(ok, qPrintable(error));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &folder :
         {base.filePath(QStringLiteral("a")), base.filePath(QStringLiteral("a/b")), dir}) {
        QVERIFY2(!(QFile::permissions(folder) & others), qPrintable(folder));
    }
}

void TestLoopbackCertificate::aKeyReadableByOthersIsTightened()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LoopbackCertificate certificate;
    QString error;
    QVERIFY2(LoopbackCertificate::ensure(dir.path(), &certificate, &error), qPrintable(error));
    const QString key = dir.filePath(QStringLiteral("loopback-key.pem"));
    QVERIFY(QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("loopback-key.pem was readable by "
                                                           "other users; its permissions are now "
                                                           "0600")));
    QVERIFY2(LoopbackCertificate::ensure(dir.path(), &certificate, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(key), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadUser | QFileDevice::WriteUser);
}

QTEST_GUILESS_MAIN(TestLoopbackCertificate)
#include "tst_loopbackcertificate.moc"
