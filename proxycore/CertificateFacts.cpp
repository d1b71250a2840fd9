#include "CertificateFacts.h"

#include "proxycore/OpenSslPointers.h"

#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QByteArray nameDer(const X509_NAME *name)
{
    const unsigned char *bytes = nullptr;
    size_t size = 0;
    if (!name || X509_NAME_get0_der(name, &bytes, &size) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size));
}

QHostAddress toAddress(const ASN1_OCTET_STRING *octets)
{
    const unsigned char *bytes = ASN1_STRING_get0_data(octets);
    switch (ASN1_STRING_length(octets)) {
    case 4:
        return QHostAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 |
                            quint32(bytes[2]) << 8 | quint32(bytes[3]));
    case 16:
        return QHostAddress(bytes);
    default:
        return {};
    }
}

} // namespace

CertificateFacts CertificateFacts::fromPem(const QByteArray &pem)
{
    CertificateFacts facts;
    const OpenSslPointers::BioPtr bio = OpenSslPointers::memoryBio(pem);
    const OpenSslPointers::X509Ptr certificate(
        bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    ERR_clear_error(); // no certificate in the bytes is an answer here, not an error
    if (!certificate)
        return facts;

    facts.valid = true;
    facts.notBefore = toDateTime(X509_get0_notBefore(certificate.get()));
    facts.notAfter = toDateTime(X509_get0_notAfter(certificate.get()));
    facts.subjectDer = nameDer(X509_get_subject_name(certificate.get()));
    facts.issuerDer = nameDer(X509_get_issuer_name(certificate.get()));
    const OpenSslPointers::GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(certificate.get(), NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS) {
            const ASN1_IA5STRING *dns = name->d.dNSName;
            facts.dnsNames +=
                QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(dns)),
                                    ASN1_STRING_length(dns));
        } else if (name->type == GEN_IPADD) {
            const QHostAddress address = toAddress(name->d.iPAddress);
            if (!address.isNull())
                facts.ipAddresses += address;
        }
    }
    ERR_clear_error();
    return facts;
}
