#include "UpstreamTrust.h"

#include "proxycore/ProxyLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

QList<QSslCertificate> certificatesFromEnvironment()
{
    QList<QSslCertificate> result;
    const QString file = qEnvironmentVariable("SSL_CERT_FILE");
    if (!file.isEmpty() && QFileInfo(file).isFile())
        result += QSslCertificate::fromPath(file, QSsl::Pem);
    const QStringList dirs =
        qEnvironmentVariable("SSL_CERT_DIR").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &dir : dirs) {
        const QDir folder(dir);
        const QStringList entries = folder.entryList(QDir::Files | QDir::Readable);
        for (const QString &entry : entries)
            result += QSslCertificate::fromPath(folder.filePath(entry), QSsl::Pem);
    }
    return result;
}

} // namespace

bool UpstreamTrust::build(const QString &caFile, const QByteArray &caPem,
                          QList<QSslCertificate> *certificates, QString *error)
{
    // Reading the system store parses hundreds of files: once per process is enough.
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QList<QSslCertificate> result = system;
    result += certificatesFromEnvironment();
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
