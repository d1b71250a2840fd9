#include "LoopbackCertificate.h"

#include "proxycore/CertificateFactory.h"
#include "proxycore/CertificateFacts.h"
#include "proxycore/ProxyLogging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

const char authorityName[] = "kubetailor local forwarder CA";
constexpr int authorityDays = 10 * 365;
constexpr int serverDays = 397;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool expiresSoon(const CertificateFacts &certificate, int days)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return !certificate.valid || !certificate.notBefore.isValid() ||
           !certificate.notAfter.isValid() || certificate.notBefore > now ||
           certificate.notAfter < now.addDays(days);
}

bool coversLoopback(const CertificateFacts &certificate)
{
    for (const QString &host : LoopbackCertificate::hosts()) {
        const QHostAddress address(host);
        if (address.isNull() ? !certificate.dnsNames.contains(host)
                             : !certificate.ipAddresses.contains(address))
            return false;
    }
    return true;
}

constexpr QFileDevice::Permissions ownerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Creates the missing folders of `path` one by one, each for the owner only, whatever the
// umask (under umask 000 mkpath would make them 0777); an existing leaf is tightened too.
bool makePrivatePath(const QString &path)
{
    QStringList missing;
    QString folder = QDir::cleanPath(QDir(path).absolutePath());
    while (!QFileInfo::exists(folder)) {
        missing.prepend(folder);
        const QString parent = QFileInfo(folder).path();
        if (parent == folder)
            break;
        folder = parent;
    }
    for (const QString &created : missing) {
        if (!QDir().mkdir(created) && !QFileInfo(created).isDir())
            return false;
        QFile::setPermissions(created, ownerOnly);
    }
    QFile::setPermissions(path, ownerOnly);
    return QDir(path).exists();
}

// A key another user can read is tightened to 0600, and the user is told.
void keepPrivate(const QString &keyPath)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (!(QFile::permissions(keyPath) & others))
        return;
    const bool tightened =
        QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCWarning(lcProxy).noquote()
        << QDir::toNativeSeparators(keyPath)
        << (tightened ? "was readable by other users; its permissions are now 0600"
                      : "is readable by other users and its permissions cannot be changed");
}

} // namespace

QString LoopbackCertificate::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/forwarder");
}

QStringList LoopbackCertificate::hosts()
{
    return {QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("localhost")};
}

bool LoopbackCertificate::ensure(const QString &dir, LoopbackCertificate *out, QString *error,
                                 int renewDays)
{
    const QString folder = dir.isEmpty() ? defaultDir() : dir;
    if (!makePrivatePath(folder)) {
        *error = tr("cannot create the folder %1 for the forwarder's certificate")
                     .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QDir d(folder);
    const QString caPath = d.filePath(QStringLiteral("loopback-ca.pem"));
    const QString caKeyPath = d.filePath(QStringLiteral("loopback-ca-key.pem"));
    const QString certPath = d.filePath(QStringLiteral("loopback.pem"));
    const QString keyPath = d.filePath(QStringLiteral("loopback-key.pem"));

    IssuedCertificate authority{readFile(caPath), readFile(caKeyPath)};
    const CertificateFacts authorityFacts = CertificateFacts::fromPem(authority.certificatePem);
    bool renewed = false;
    if (authority.isNull() || expiresSoon(authorityFacts, 365) ||
        !CertificateFactory::keyMatchesCertificate(authority.certificatePem,
                                                   authority.privateKeyPem)) {
        authority = CertificateFactory::createAuthority(QString::fromLatin1(authorityName),
                                                        authorityDays, error);
        if (authority.isNull() || !authority.writeFiles(caPath, caKeyPath, error))
            return false;
        renewed = true;
        qCInfo(lcProxy).noquote() << "created the forwarder's certificate authority in" << folder;
    }

    IssuedCertificate server{readFile(certPath), readFile(keyPath)};
    const CertificateFacts current = CertificateFacts::fromPem(server.certificatePem);
    if (renewed || server.isNull() || expiresSoon(current, renewDays) || !coversLoopback(current) ||
        current.issuerDer != authorityFacts.subjectDer || // not renewed: the same authority
        !CertificateFactory::keyMatchesCertificate(server.certificatePem, server.privateKeyPem)) {
        server = CertificateFactory::createServer(hosts(), serverDays, &authority, error);
        if (server.isNull() || !server.writeFiles(certPath, keyPath, error))
            return false;
        renewed = true;
        qCInfo(lcProxy).noquote() << "created the forwarder's loopback certificate in" << folder;
    }

    for (const QString &key : {caKeyPath, keyPath})
        keepPrivate(key);

    out->m_authorityPem = authority.certificatePem;
    out->m_certificatePem = server.certificatePem;
    out->m_keyPem = server.privateKeyPem;
    out->m_dir = folder;
    out->m_renewed = renewed;
    if (!CertificateFacts::fromPem(out->m_certificatePem).valid ||
        !CertificateFactory::keyMatchesCertificate(out->m_certificatePem, out->m_keyPem)) {
        *error = tr("the forwarder's certificate in %1 cannot be loaded")
                     .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    return true;
}
