#include "KeychainJobs.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

QObject *KeychainJobs::start(Operation operation, const QString &service, const QString &key,
                             const QString &value, QObject *receiver, Finished finished)
{
    // The job owns itself (autoDelete) and QCoreApplication owns it at exit. A job that timed
    // out is never deleted by the caller: libsecret and KWallet still hold a pointer to it and
    // may call back later.
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service, QCoreApplication::instance());
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service, QCoreApplication::instance());
        writeJob->setTextData(value);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service, QCoreApplication::instance());
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, receiver,
                     [finished = std::move(finished)](QKeychain::Job *done) {
                         Result result{int(done->error()), done->errorString(), {}};
                         if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                             result.text = read->textData();
                         finished(result);
                     });
    job->start();
    return job;
}
