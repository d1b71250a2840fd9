#pragma once

#include <QString>

#include <functional>

class QObject;

// The only code that links QtKeychain (and through it Qt D-Bus, libsecret's and KWallet's
// stacks). KeychainStore starts its jobs through a pointer to start(): the window and the tests
// link this in (KeychainStore::useJobs), while the kubetailor executable loads it from the
// module libkubetailor-keychain.so the first time a command uses the keychain, so
// `kubetailor proxy` and the other commands map none of those libraries (about 1.2 MiB of a
// proxy's resident memory).
class KeychainJobs
{
public:
    enum class Operation { Read, Write, Remove };

    struct Result
    {
        int error = 0;       // QKeychain::Error
        QString errorString; // QtKeychain's words
        QString text;        // what a read found
    };
    using Finished = std::function<void(const Result &)>;
    using StartFunction = QObject *(*)(Operation operation, const QString &service,
                                       const QString &key, const QString &value, QObject *receiver,
                                       Finished finished);

    // Starts one job (never stored in plain text) and returns it; `finished` is called on
    // `receiver`'s thread when it ends, unless `receiver` is gone or disconnected from the job
    // by then. The job deletes itself once finished; until then QCoreApplication owns it.
    static QObject *start(Operation operation, const QString &service, const QString &key,
                          const QString &value, QObject *receiver, Finished finished);

    // The exported name libkubetailor-keychain.so gives start() under (KeychainModuleEntry).
    static const char *entryPointName() { return "kubetailor_keychain_jobs"; }
};
