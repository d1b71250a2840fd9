#include "CertificateFactory.h"

#include "proxycore/OpenSslErrors.h"
#include "proxycore/OpenSslPointers.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

using namespace OpenSslPointers;

// OpenSSL's queued error messages, oldest first, emptied.
QString takeOpenSslErrors()
{
    const QString queued = OpenSslErrors::take();
    return queued.isEmpty() ? QStringLiteral("no OpenSSL error recorded") : queued;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

PkeyPtr generateP256Key()
{
    PkeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0 ||
        EVP_PKEY_CTX_set_group_name(context.get(), "P-256") <= 0)
        return nullptr;
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_generate(context.get(), &key) <= 0)
        return nullptr;
    return PkeyPtr(key);
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data);
    return size > 0 && data ? QByteArray(data, int(size)) : QByteArray();
}

QByteArray certificateToPem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

bool setValidity(X509 *certificate, const QDateTime &notBefore, const QDateTime &notAfter)
{
    return ASN1_TIME_set(X509_getm_notBefore(certificate), time_t(notBefore.toSecsSinceEpoch())) &&
           ASN1_TIME_set(X509_getm_notAfter(certificate), time_t(notAfter.toSecsSinceEpoch()));
}

bool setRandomSerial(X509 *certificate)
{
    // RFC 5280: a positive integer of at most 20 octets; 159 random bits stay within that.
    BignumPtr serial(BN_new());
    return serial && BN_rand(serial.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1 &&
           BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    X509ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool pushName(GENERAL_NAMES *names, int type, ASN1_STRING *value)
{
    GeneralNamePtr name(GENERAL_NAME_new());
    if (!name) {
        ASN1_STRING_free(value);
        return false;
    }
    GENERAL_NAME_set0_value(name.get(), type, value);
    if (sk_GENERAL_NAME_push(names, name.get()) <= 0)
        return false;
    name.release(); // now owned by the stack
    return true;
}

// The subjectAltName built field by field, so no name can smuggle in another entry the way
// a comma would in OpenSSL's textual configuration syntax.
bool addSubjectAltNames(X509 *certificate, const CertificateRequest &request)
{
    if (request.dnsNames.isEmpty() && request.ipAddresses.isEmpty())
        return true;
    GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names)
        return false;
    for (const QString &dnsName : request.dnsNames) {
        const QByteArray ascii = QUrl::toAce(dnsName, QUrl::AceTransitionalProcessing);
        ASN1_IA5STRING *value = ASN1_IA5STRING_new();
        if (!value || ASN1_STRING_set(value, ascii.constData(), int(ascii.size())) != 1 ||
            !pushName(names.get(), GEN_DNS, value))
            return false;
    }
    for (const QHostAddress &address : request.ipAddresses) {
        QByteArray octets;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 v4 = address.toIPv4Address();
            octets = QByteArray(4, Qt::Uninitialized);
            for (int i = 0; i < 4; ++i)
                octets[i] = char((v4 >> (24 - 8 * i)) & 0xff);
        } else {
            const Q_IPV6ADDR v6 = address.toIPv6Address();
            octets = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
        }
        ASN1_OCTET_STRING *value = ASN1_OCTET_STRING_new();
        if (!value ||
            ASN1_OCTET_STRING_set(value,
                                  reinterpret_cast<const unsigned char *>(octets.constData()),
                                  int(octets.size())) != 1 ||
            !pushName(names.get(), GEN_IPADD, value))
            return false;
    }
    return X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0,
                             X509V3_ADD_DEFAULT) == 1;
}

bool setSubject(X509 *certificate, const QString &commonName)
{
    // X.520 limits a common name to 64 characters; the SANs carry the real names anyway.
    const QByteArray utf8 = commonName.left(64).toUtf8();
    X509_NAME *name = X509_get_subject_name(certificate);
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>("kubetailor"), -1, -1,
                                      0) == 1 &&
           X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()), -1,
                                      -1, 0) == 1;
}

} // namespace

QSslCertificate IssuedCertificate::certificate() const
{
    return QSslCertificate(certificatePem, QSsl::Pem);
}

QSslKey IssuedCertificate::privateKey() const
{
    return QSslKey(privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

bool IssuedCertificate::writeFiles(const QString &certificatePath, const QString &privateKeyPath,
                                   QString *error) const
{
    if (!certificatePath.isEmpty() &&
        !CertificateFactory::writePemFile(certificatePath, certificatePem, false, error))
        return false;
    return privateKeyPath.isEmpty() ||
           CertificateFactory::writePemFile(privateKeyPath, privateKeyPem, true, error);
}

IssuedCertificate CertificateFactory::create(const CertificateRequest &request,
                                             const IssuedCertificate *issuer, QString *error)
{
    ERR_clear_error();
    const QDateTime notBefore =
        request.notBefore.isValid() ? request.notBefore : QDateTime::currentDateTimeUtc();
    const QDateTime notAfter =
        request.notAfter.isValid() ? request.notAfter : notBefore.addYears(1);
    if (notAfter <= notBefore) {
        fail(error, tr("cannot create a certificate whose validity ends (%1) before it starts (%2)")
                        .arg(notAfter.toString(Qt::ISODate), notBefore.toString(Qt::ISODate)));
        return {};
    }

    for (const QString &dnsName : request.dnsNames) {
        // toAce() refuses what is no host name at all (a comma, a space, an empty label).
        if (QUrl::toAce(dnsName, QUrl::AceTransitionalProcessing).isEmpty()) {
            fail(error,
                 tr("cannot create a certificate for \"%1\": not a valid DNS name").arg(dnsName));
            return {};
        }
    }

    X509Ptr issuerCertificate;
    PkeyPtr issuerKey;
    if (issuer) {
        BioPtr certificateBio = memoryBio(issuer->certificatePem);
        BioPtr keyBio = memoryBio(issuer->privateKeyPem);
        if (certificateBio)
            issuerCertificate.reset(
                PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
        if (keyBio)
            issuerKey.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
        if (!issuerCertificate || !issuerKey ||
            X509_check_private_key(issuerCertificate.get(), issuerKey.get()) != 1) {
            fail(error, tr("the issuing certificate authority is unusable (its certificate and "
                           "key must be PEM and belong together): %1")
                            .arg(takeOpenSslErrors()));
            return {};
        }
    }

    PkeyPtr key = generateP256Key();
    X509Ptr certificate(X509_new());
    if (!key || !certificate) {
        fail(error, tr("cannot generate an EC P-256 key: %1").arg(takeOpenSslErrors()));
        return {};
    }
    X509 *x = certificate.get();
    X509 *signer = issuerCertificate ? issuerCertificate.get() : x;
    EVP_PKEY *signingKey = issuerKey ? issuerKey.get() : key.get();
    QString commonName = request.commonName;
    if (commonName.isEmpty())
        commonName = !request.dnsNames.isEmpty()      ? request.dnsNames.constFirst()
                     : !request.ipAddresses.isEmpty() ? request.ipAddresses.constFirst().toString()
                                                      : QStringLiteral("kubetailor");

    // A self-signed server certificate is its own trust anchor: OpenSSL accepts it as its
    // own issuer only when it may sign certificates.
    const char *keyUsage = request.certificateAuthority ? "critical,keyCertSign,cRLSign"
                           : issuerCertificate          ? "critical,digitalSignature"
                                                        : "critical,digitalSignature,keyCertSign";
    X509V3_CTX context;
    X509V3_set_ctx(&context, signer, x, nullptr, nullptr, 0);
    const bool ok =
        X509_set_version(x, X509_VERSION_3) == 1 && setRandomSerial(x) &&
        setValidity(x, notBefore, notAfter) && setSubject(x, commonName) &&
        X509_set_issuer_name(x, X509_get_subject_name(signer)) == 1 &&
        X509_set_pubkey(x, key.get()) == 1 &&
        addExtension(x, &context, NID_basic_constraints,
                     request.certificateAuthority ? "critical,CA:TRUE" : "critical,CA:FALSE") &&
        addExtension(x, &context, NID_key_usage, keyUsage) &&
        (request.certificateAuthority ||
         addExtension(x, &context, NID_ext_key_usage, "serverAuth,clientAuth")) &&
        addExtension(x, &context, NID_subject_key_identifier, "hash") &&
        (!issuerCertificate ||
         addExtension(x, &context, NID_authority_key_identifier, "keyid:always")) &&
        addSubjectAltNames(x, request) && X509_sign(x, signingKey, EVP_sha256()) > 0;
    if (!ok) {
        fail(error, tr("cannot create the certificate for \"%1\": %2")
                        .arg(commonName, takeOpenSslErrors()));
        return {};
    }

    IssuedCertificate result;
    result.certificatePem = certificateToPem(x);
    result.privateKeyPem = keyToPem(key.get());
    if (result.isNull()) {
        fail(error, tr("cannot encode the certificate for \"%1\" as PEM: %2")
                        .arg(commonName, takeOpenSslErrors()));
        return {};
    }
    return result;
}

IssuedCertificate CertificateFactory::createAuthority(const QString &commonName, int validDays,
                                                      QString *error)
{
    CertificateRequest request;
    request.commonName = commonName;
    request.certificateAuthority = true;
    request.notBefore = QDateTime::currentDateTimeUtc().addSecs(-3600);
    request.notAfter = request.notBefore.addDays(validDays);
    return create(request, nullptr, error);
}

IssuedCertificate CertificateFactory::createServer(const QStringList &hosts, int validDays,
                                                   const IssuedCertificate *issuer, QString *error)
{
    CertificateRequest request;
    for (const QString &host : hosts) {
        const QHostAddress address(host);
        if (address.isNull())
            request.dnsNames << host;
        else
            request.ipAddresses << address;
    }
    request.commonName = hosts.value(0);
    request.notBefore = QDateTime::currentDateTimeUtc().addSecs(-3600);
    request.notAfter = request.notBefore.addDays(validDays);
    return create(request, issuer, error);
}

bool CertificateFactory::keyMatchesCertificate(const QByteArray &certificatePem,
                                               const QByteArray &privateKeyPem)
{
    BioPtr certificateBio = memoryBio(certificatePem);
    BioPtr keyBio = memoryBio(privateKeyPem);
    if (!certificateBio || !keyBio)
        return false;
    X509Ptr certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    PkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    const bool matches =
        certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
    ERR_clear_error();
    return matches;
}

bool CertificateFactory::writePemFile(const QString &path, const QByteArray &data, bool privateFile,
                                      QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(error, tr("cannot create the folder %1 for %2")
                               .arg(QDir::toNativeSeparators(info.absolutePath()), shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("cannot write %1: %2").arg(shown, file.errorString()));
#ifdef Q_OS_UNIX
    // Narrow the temporary file before the key goes into it, not after.
    if (::fchmod(file.handle(), privateFile ? 0600 : 0644) != 0)
        return fail(error, tr("cannot restrict the permissions of %1").arg(shown));
#else
    file.setPermissions(privateFile ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                                    : (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadGroup | QFileDevice::ReadOther));
#endif
    if (file.write(data) != data.size() || !file.commit())
        return fail(error, tr("cannot write %1: %2").arg(shown, file.errorString()));
    return true;
}
