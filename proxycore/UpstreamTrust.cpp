#include "UpstreamTrust.h"

#include "proxycore/PemCertificateReader.h"
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

// What Go's crypto/x509 trusts on Linux (see UpstreamTrust::systemSources).
QList<QSslCertificate> goTrustStore()
{
    const UpstreamTrust::SystemSources sources = UpstreamTrust::systemSources();
    QList<QSslCertificate> result;
    for (const QString &path : sources.files) {
        QFile bundle(path);
        if (bundle.open(QIODevice::ReadOnly)) {
            result += QSslCertificate::fromData(bundle.readAll(), QSsl::Pem);
            break; // the first readable file only, as Go
        }
        if (sources.fileFromEnvironment) {
            qCWarning(lcProxy).noquote()
                << "SSL_CERT_FILE: cannot read" << path << "(" << bundle.errorString() << ")";
        }
    }
    for (const QString &dir : sources.dirs)
        result += readCertificateDir(dir, sources.dirsFromEnvironment);
    return result;
}

} // namespace

bool UpstreamTrust::build(const QString &caFile, const QByteArray &caPem,
                          QList<QSslCertificate> *certificates, QString *error)
{
    QList<QSslCertificate> result;
    if (qEnvironmentVariableIsEmpty("SSL_CERT_FILE") &&
        qEnvironmentVariableIsEmpty("SSL_CERT_DIR")) {
        // Reading the system store parses hundreds of files: once per process is enough.
        static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        result = system;
    } else {
        result = goTrustStore();
    }
    QList<QSslCertificate> extra;
    if (!extraCertificates(caFile, caPem, &extra, error))
        return false;
    result += extra;
    qCDebug(lcProxy) << "upstream trust:" << result.size() << "certificates";
    *certificates = result;
    return true;
}

bool UpstreamTrust::extraCertificates(const QString &caFile, const QByteArray &caPem,
                                      QList<QSslCertificate> *certificates, QString *error)
{
    QList<QByteArray> der;
    if (!extraCertificatesDer(caFile, caPem, &der, error))
        return false;
    for (const QByteArray &one : std::as_const(der))
        *certificates += QSslCertificate(one, QSsl::Der);
    return true;
}

bool UpstreamTrust::extraCertificatesDer(const QString &caFile, const QByteArray &caPem,
                                         QList<QByteArray> *certificates, QString *error)
{
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read the CA file: %2").arg(caFile, file.errorString());
            return false;
        }
        const QList<QByteArray> fromFile = PemCertificateReader::derCertificates(file.readAll());
        if (fromFile.isEmpty()) {
            *error = tr("%1: no PEM certificate found in the CA file").arg(caFile);
            return false;
        }
        *certificates += fromFile;
    }
    if (!caPem.isEmpty()) {
        const QList<QByteArray> fromData = PemCertificateReader::derCertificates(caPem);
        if (fromData.isEmpty()) {
            *error = tr("the context's certificate-authority-data holds no PEM certificate");
            return false;
        }
        *certificates += fromData;
    }
    return true;
}

UpstreamTrust::SystemSources UpstreamTrust::systemSources()
{
    SystemSources sources;
    const QString file = qEnvironmentVariable("SSL_CERT_FILE");
    const QString dirs = qEnvironmentVariable("SSL_CERT_DIR");
    sources.fileFromEnvironment = !file.isEmpty();
    sources.dirsFromEnvironment = !dirs.isEmpty();
    if (file.isEmpty()) {
        sources.files = {
            QStringLiteral("/etc/ssl/certs/ca-certificates.crt"),
            QStringLiteral("/etc/pki/tls/certs/ca-bundle.crt"),
            QStringLiteral("/etc/ssl/ca-bundle.pem"),
            QStringLiteral("/etc/pki/tls/cacert.pem"),
            QStringLiteral("/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"),
            QStringLiteral("/etc/ssl/cert.pem"),
        };
    } else {
        sources.files = {file};
    }
    sources.dirs = dirs.isEmpty() ? QStringList{QStringLiteral("/etc/ssl/certs"),
                                                QStringLiteral("/etc/pki/tls/certs")}
                                  : dirs.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return sources;
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
