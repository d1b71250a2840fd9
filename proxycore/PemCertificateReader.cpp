#include "PemCertificateReader.h"

#include "proxycore/OpenSslPointers.h"

#include <cstring>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace {

// One whole certificate: Go's x509.ParseCertificate refuses trailing bytes too.
bool isOneCertificate(const unsigned char *data, long size)
{
    const unsigned char *cursor = data;
    X509 *certificate = d2i_X509(nullptr, &cursor, size);
    const bool whole = certificate && cursor == data + size;
    X509_free(certificate);
    return whole;
}

} // namespace

QList<QByteArray> PemCertificateReader::derCertificates(const QByteArray &pem)
{
    QList<QByteArray> result;
    const OpenSslPointers::BioPtr bio = OpenSslPointers::memoryBio(pem);
    if (!bio)
        return result;
    for (;;) {
        const size_t before = BIO_ctrl_pending(bio.get());
        char *rawName = nullptr;
        char *rawHeader = nullptr;
        unsigned char *rawData = nullptr;
        long size = 0;
        const int read = PEM_read_bio_ex(bio.get(), &rawName, &rawHeader, &rawData, &size,
                                         PEM_FLAG_EAY_COMPATIBLE);
        const OpenSslPointers::BytesPtr name(rawName);
        const OpenSslPointers::BytesPtr header(rawHeader);
        const OpenSslPointers::BytesPtr data(reinterpret_cast<char *>(rawData));
        if (read != 1) {
            const bool noMoreBlocks = ERR_GET_REASON(ERR_peek_last_error()) == PEM_R_NO_START_LINE;
            ERR_clear_error();
            // A damaged block is passed over; the reader goes on after the lines it took.
            if (noMoreBlocks || BIO_ctrl_pending(bio.get()) >= before)
                break;
            continue;
        }
        if (std::strcmp(name.get(), PEM_STRING_X509) != 0 || (header && *header.get()))
            continue;
        if (isOneCertificate(reinterpret_cast<const unsigned char *>(data.get()), size))
            result += QByteArray(data.get(), qsizetype(size));
    }
    ERR_clear_error();
    return result;
}
