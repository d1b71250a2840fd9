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

// A bundle file (SSL_CERT_FILE, or the system bundle where no hashed folder stands in for it)
// as a lookup that parses the whole file into the store the first time a verification asks
// for a subject the store does not hold yet. OpenSSL's own file lookup parses it at start:
// ~150 CAs, 0.7 MiB of a proxy's heap that an upstream verified by its own CA never needs.
// Every later question is answered from the store itself, before any lookup is asked.
struct LazyBundle
{
    QByteArray path;
    bool loaded = false;
};

int lazyBundleBySubject(X509_LOOKUP *lookup, X509_LOOKUP_TYPE type, const X509_NAME *name,
                        X509_OBJECT *ret)
{
    auto *bundle = static_cast<LazyBundle *>(X509_LOOKUP_get_method_data(lookup));
    if (!bundle || bundle->loaded || type != X509_LU_X509)
        return 0;
    bundle->loaded = true;
    X509_STORE *store = X509_LOOKUP_get_store(lookup);
    const bool read = X509_STORE_load_file(store, bundle->path.constData()) == 1;
    ERR_clear_error(); // a duplicate of a CA the store holds queues an error
    if (!read) {
        qCWarning(lcProxy).noquote()
            << "upstream trust: cannot read the certificates in" << QFile::decodeName(bundle->path);
        return 0;
    }
    qCDebug(lcProxy).noquote() << "upstream trust: read" << QFile::decodeName(bundle->path)
                               << "(a verification needed it)";
    // Answered as OpenSSL's folder lookup answers: the store's own object, whose reference
    // the caller takes.
    int found = 0;
    X509_STORE_lock(store);
    X509_OBJECT *object =
        X509_OBJECT_retrieve_by_subject(X509_STORE_get0_objects(store), type, name);
    if (X509 *certificate = object ? X509_OBJECT_get0_X509(object) : nullptr;
        certificate && X509_OBJECT_set1_X509(ret, certificate) == 1) {
        X509_free(certificate); // set1 took a reference the caller takes again
        found = 1;
    }
    X509_STORE_unlock(store);
    return found;
}

void lazyBundleFree(X509_LOOKUP *lookup)
{
    delete static_cast<LazyBundle *>(X509_LOOKUP_get_method_data(lookup));
    X509_LOOKUP_set_method_data(lookup, nullptr);
}

X509_LOOKUP_METHOD *lazyBundleMethod()
{
    // One for the process, as OpenSSL's own methods.
    static X509_LOOKUP_METHOD *const method = [] {
        X509_LOOKUP_METHOD *m = X509_LOOKUP_meth_new("kubetailor lazy bundle file");
        X509_LOOKUP_meth_set_get_by_subject(m, lazyBundleBySubject);
        X509_LOOKUP_meth_set_free(m, lazyBundleFree);
        return m;
    }();
    return method;
}

bool addBundleFile(X509_STORE *store, const QString &path)
{
    X509_LOOKUP *lookup = X509_STORE_add_lookup(store, lazyBundleMethod());
    if (!lookup)
        return addFile(store, path);
    X509_LOOKUP_set_method_data(lookup, new LazyBundle{QFile::encodeName(path)});
    return true;
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
        if (QFileInfo(path).isReadable() && addBundleFile(store, path))
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
