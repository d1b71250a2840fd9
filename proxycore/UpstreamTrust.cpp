#include "UpstreamTrust.h"

#include "proxycore/ProxyLogging.h"

#include <QDir>
#include <QFile>

namespace {

QList<QSslCertificate> readCertificateDir(const QString &dir, bool warn)
{
    QList<QSslCertificate> result;
    const QDir folder(dir);
    if (!folder.exists() || !folder.isReadable()) {
        if (warn)
            qCWarning(lcProxy).noquote() << "SSL_CERT_DIR: cannot read the folder" << dir;
        return result;
    }
    const QStringList entries = folder.entryList(QDir::Files | QDir::Readable);
    for (const QString &entry : entries)
        result += QSslCertificate::fromPath(folder.filePath(entry), QSsl::Pem);
    return result;
}

// What Go's crypto/x509 trusts on Linux: SSL_CERT_FILE replaces the default bundle files and
// SSL_CERT_DIR (':'-separated) the default folders; either alone leaves the other default.
QList<QSslCertificate> goTrustStore(const QString &file, const QString &dirs)
{
    static const QStringList defaultFiles = {
        QStringLiteral("/etc/ssl/certs/ca-certificates.crt"),
        QStringLiteral("/etc/pki/tls/certs/ca-bundle.crt"),
        QStringLiteral("/etc/ssl/ca-bundle.pem"),
        QStringLiteral("/etc/pki/tls/cacert.pem"),
        QStringLiteral("/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"),
        QStringLiteral("/etc/ssl/cert.pem"),
    };
    static const QStringList defaultDirs = {QStringLiteral("/etc/ssl/certs"),
                                            QStringLiteral("/etc/pki/tls/certs")};
    QList<QSslCertificate> result;
    for (const QString &path : file.isEmpty() ? defaultFiles : QStringList{file}) {
        QFile bundle(path);
        if (bundle.open(QIODevice::ReadOnly)) {
            result += QSslCertificate::fromData(bundle.readAll(), QSsl::Pem);
            break; // the first readable file only, as Go
        }
        if (!file.isEmpty()) {
            qCWarning(lcProxy).noquote()
                << "SSL_CERT_FILE: cannot read" << path << "(" << bundle.errorString() << ")";
        }
    }
    const QStringList dirList =
        dirs.isEmpty() ? defaultDirs : dirs.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &dir : dirList)
        result += readCertificateDir(dir, !dirs.isEmpty());
    return result;
}

} // namespace

bool UpstreamTrust::build(const QString &caFile, const QByteArray &caPem,
                          QList<QSslCertificate> *certificates, QString *error)
{
    QList<QSslCertificate> result;
    const QString envFile = qEnvironmentVariable("SSL_CERT_FILE");
    const QString envDirs = qEnvironmentVariable("SSL_CERT_DIR");
    if (envFile.isEmpty() && envDirs.isEmpty()) {
        // Reading the system store parses hundreds of files: once per process is enough.
        static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        result = system;
    } else {
        result = goTrustStore(envFile, envDirs);
    }
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read the CA file: %2").arg(caFile, file.errorString());
            return false;
        }
        const QList<QSslCertificate> fromFile =
            QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (fromFile.isEmpty()) {
            *error = tr("%1: no PEM certificate found in the CA file").arg(caFile);
            return false;
        }
        result += fromFile;
    }
    if (!caPem.isEmpty()) {
        const QList<QSslCertificate> fromData = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (fromData.isEmpty()) {
            *error = tr("the context's certificate-authority-data holds no PEM certificate");
            return false;
        }
        result += fromData;
    }
    qCDebug(lcProxy) << "upstream trust:" << result.size() << "certificates";
    *certificates = result;
    return true;
}

QSslConfiguration UpstreamTrust::clientConfiguration(const QList<QSslCertificate> &certificates)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(certificates);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // The API server speaks HTTP/1.1 to us; never negotiate h2 on a connection we parse.
    configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    return configuration;
}
