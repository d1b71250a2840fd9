#pragma once

#include "app/keychainjobs/KeychainJobs.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

// A small wrapper over QtKeychain: every job has a timeout (a job can wait forever where no
// GLib loop or no Secret Service runs, and KWallet's calls wait 24 days for an unlock), every
// failure is a sentence saying what is missing, and nothing is ever written in plain text.
// Asynchronous for the GUI; the *Sync() calls run a bounded local event loop for the CLI.
// The jobs themselves are KeychainJobs': linked in where useJobs() says so (the window, tests),
// else loaded from libkubetailor-keychain.so on first use; when that module cannot be loaded,
// every call answers NoService with a sentence saying so.
class KeychainStore : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Ok,
        NotFound,  // nothing stored under the key
        NoService, // no Secret Service / keychain reachable
        TimedOut,  // no answer within timeout()
        Denied,    // locked, or the user or system refused access
        Failed,    // anything else; message() has QtKeychain's words
    };

    struct Reply
    {
        Outcome outcome = Outcome::Failed;
        QString value;   // what was read (Read only)
        QString message; // user-facing, empty when ok
        bool ok() const { return outcome == Outcome::Ok; }
    };

    using Callback = std::function<void(const Reply &)>;

    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    explicit KeychainStore(QObject *parent = nullptr);
    // `service` namespaces every key ("kubetailor" unless a test wants its own).
    KeychainStore(const QString &service, QObject *parent = nullptr);
    ~KeychainStore() override;

    QString service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Each calls `done` exactly once, later, on this object's thread, unless `context` is
    // gone by then. A missing key is Outcome::NotFound; removing a missing key is Ok.
    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &value, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    // The same, waiting for the answer in a local event loop bounded by timeout().
    Reply readSync(const QString &key);
    Reply writeSync(const QString &key, const QString &value);
    Reply removeSync(const QString &key);

    // The process's own jobs (the window links KeychainJobs in); without this call the first
    // keychain call loads libkubetailor-keychain.so (ModulePaths).
    static void useJobs(KeychainJobs::StartFunction start);

    // The words for a QtKeychain error, "no Secret Service" recognised in the OtherError
    // QtKeychain 0.13 reports for it. Public for tests.
    static Reply replyForError(int error, const QString &errorString, const QString &key,
                               const QString &operation);

private:
    using Operation = KeychainJobs::Operation;

    void start(Operation operation, const QString &key, const QString &value, QObject *context,
               Callback done);
    Reply runSync(Operation operation, const QString &key, const QString &value);
    static KeychainJobs::StartFunction jobs(QString *why);
    static QString operationName(Operation operation);

    QString m_service;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};
