#include "UpstreamTrustStore.h"

#include "proxycore/ProxyLogging.h"
#include "proxycore/UpstreamTrust.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace {

// <8 lowercase hex digits>.<decimal number>, as c_rehash names its links.
bool isHashName(const QString &name)
{
    const qsizetype dot = 8;
    if (name.size() < dot + 2 || name.at(dot) != QLatin1Char('.'))
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool digit = c >= u'0' && c <= u'9';
        if (i < dot ? !(digit || (c >= u'a' && c <= u'f')) : i > dot && !digit)
            return false;
    }
    return true;
}

// A folder prepared for OpenSSL's hash lookup: certificates linked as <subject hash>.<n>.
// Checked by hand, not with a pattern: a regular expression would be the only one
// `kubetailor proxy` compiles, and PCRE2's compiler and JIT cost it about 0.5 MiB.
bool isHashedFolder(const QString &dir)
{
    QDirIterator entries(dir, QDir::Files);
    while (entries.hasNext()) {
        if (isHashName(entries.nextFileInfo().fileName()))
            return true;
    }
    return false;
}

bool addFile(X509_STORE *store, const QString &path)
{
    return X509_STORE_load_file(store, QFile::encodeName(path).constData()) == 1;
}

// A folder as Go reads it (every file in it), or, when it is hashed, as a lookup that
// OpenSSL reads a CA from only when a verification asks for that subject: the same
// certificates (c_rehash links every one of them), none parsed before it is needed.
void addFolder(X509_STORE *store, const QString &dir, bool warn)
{
    const QDir folder(dir);
    if (!folder.exists() || !folder.isReadable()) {
        if (warn)
            qCWarning(lcProxy).noquote() << "SSL_CERT_DIR: cannot read the folder" << dir;
        return;
    }
    if (isHashedFolder(dir)) {
        X509_STORE_load_path(store, QFile::encodeName(dir).constData());
        return;
    }
    for (const QString &entry : folder.entryList(QDir::Files | QDir::Readable))
        addFile(store, folder.filePath(entry)); // a file that holds no certificate adds none
}

// The system part, by Go's rules.
void addSystem(X509_STORE *store)
{
    const UpstreamTrust::SystemSources sources = UpstreamTrust::systemSources();
    if (!sources.fileFromEnvironment && !sources.dirsFromEnvironment) {
        for (const QString &dir : sources.dirs) {
            if (isHashedFolder(dir)) {
                // Debian's and Ubuntu's bundle file is built from this very folder: the
                // folder, read on demand, is the same trust without parsing it all at start.
                X509_STORE_load_path(store, QFile::encodeName(dir).constData());
                qCDebug(lcProxy).noquote() << "upstream trust: system CAs from" << dir
                                           << "(hashed, read when a verification needs one)";
                return;
            }
        }
    }
    for (const QString &path : sources.files) {
        if (QFileInfo(path).isReadable() && addFile(store, path))
            break; // the first readable file only, as Go
        if (sources.fileFromEnvironment)
            qCWarning(lcProxy).noquote() << "SSL_CERT_FILE: cannot read" << path;
    }
    for (const QString &dir : sources.dirs)
        addFolder(store, dir, sources.dirsFromEnvironment);
}

} // namespace

bool UpstreamTrustStore::fill(x509_store_st *store, const QString &caFile, const QByteArray &caPem,
                              QString *error)
{
    QList<QByteArray> extra;
    if (!UpstreamTrust::extraCertificatesDer(caFile, caPem, &extra, error))
        return false;
    addSystem(store);
    for (const QByteArray &der : std::as_const(extra)) {
        const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
        X509 *x509 = d2i_X509(nullptr, &bytes, long(der.size()));
        if (x509)
            X509_STORE_add_cert(store, x509);
        X509_free(x509);
    }
    ERR_clear_error(); // a duplicate certificate or a file without one queues an error
    qCDebug(lcProxy) << "upstream trust:" << extra.size() << "extra certificates";
    return true;
}
