#include "KeychainStore.h"

#include "app/AppLogging.h"
#include "app/ModulePaths.h"
#include "app/SecretKeys.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h> // the error codes only: the jobs are KeychainJobs'

#include <memory>
#include <optional>

namespace {

// QtKeychain 0.13 reports a missing Secret Service as OtherError with libsecret's or
// D-Bus's words; these are the ones seen on Debian 12 (no daemon, no bus, no autolaunch).
bool looksLikeNoService(const QString &errorString)
{
    static const char *const markers[] = {
        "org.freedesktop.secrets",
        "was not provided by any .service files",
        "ServiceUnknown",
        "Cannot autolaunch D-Bus",
        "Could not connect",
        "D-Bus is not running",
        "No keychain service available",
        "No keyring daemon",
        "DBUS_SESSION_BUS_ADDRESS",
        "Failed to execute child process \"dbus-launch\"",
    };
    for (const char *marker : markers) {
        if (errorString.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

KeychainJobs::StartFunction s_jobs = nullptr;

bool looksLocked(const QString &errorString)
{
    return errorString.contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : KeychainStore(SecretKeys::service(), parent)
{}

KeychainStore::KeychainStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

KeychainStore::~KeychainStore() = default;

QString KeychainStore::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return tr("reading");
    case Operation::Write:
        return tr("storing");
    case Operation::Remove:
        return tr("deleting");
    }
    return {};
}

KeychainStore::Reply KeychainStore::replyForError(int error, const QString &errorString,
                                                  const QString &key, const QString &operation)
{
    Reply reply;
    switch (error) {
    case QKeychain::NoError:
        reply.outcome = Outcome::Ok;
        return reply;
    case QKeychain::EntryNotFound:
        reply.outcome = Outcome::NotFound;
        reply.message = tr("nothing is stored in the keychain under '%1'").arg(key);
        return reply;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        reply.outcome = Outcome::Denied;
        reply.message = tr("the keychain refused %1 '%2' (%3); unlock the keyring and try "
                           "again")
                            .arg(operation, key, errorString);
        return reply;
    default:
        break;
    }
    if (error == QKeychain::NoBackendAvailable || looksLikeNoService(errorString)) {
        reply.outcome = Outcome::NoService;
        reply.message =
            tr("no Secret Service (gnome-keyring, KWallet) is running, so %1 '%2' in the "
               "keychain failed (%3); start one (e.g. gnome-keyring-daemon --start "
               "--components=secrets in a D-Bus session) or pass the value on the command "
               "line for this run")
                .arg(operation, key, errorString);
        return reply;
    }
    if (looksLocked(errorString)) {
        reply.outcome = Outcome::Denied;
        reply.message = tr("the keyring is locked, so %1 '%2' failed (%3); unlock it (e.g. "
                           "log in to the desktop, or seahorse) and try again")
                            .arg(operation, key, errorString);
        return reply;
    }
    reply.outcome = Outcome::Failed;
    reply.message = tr("%1 '%2' in the keychain failed: %3").arg(operation, key, errorString);
    return reply;
}

void KeychainStore::useJobs(KeychainJobs::StartFunction start)
{
    s_jobs = start;
}

KeychainJobs::StartFunction KeychainStore::jobs(QString *why)
{
    if (s_jobs)
        return s_jobs;
    // Loaded once, never unloaded: its jobs may call back until the process ends.
    static QString failure;
    static const KeychainJobs::StartFunction loaded = []() -> KeychainJobs::StartFunction {
        using Entry = KeychainJobs::StartFunction (*)();
        const QString exe = QCoreApplication::applicationFilePath();
        const QString name = ModulePaths::keychainModuleName();
        QStringList errors;
        const auto entry = reinterpret_cast<Entry>(
            ModulePaths::resolve(exe, name, KeychainJobs::entryPointName(), &errors));
        if (entry)
            return entry();
        failure = tr("the keychain module %1 cannot be loaded (%2); reinstall kubetailor")
                      .arg(name, ModulePaths::whyNotLoaded(errors, exe, name));
        return nullptr;
    }();
    if (!loaded && why)
        *why = failure;
    return loaded;
}

void KeychainStore::start(Operation operation, const QString &key, const QString &value,
                          QObject *context, Callback done)
{
    struct Pending
    {
        bool finished = false;
        QPointer<QObject> context;
        Callback done;
    };
    auto pending = std::make_shared<Pending>();
    pending->context = context;
    pending->done = std::move(done);
    const QString what = operationName(operation);

    // Exactly once: whichever of the answer and the timeout comes first.
    auto deliver = [pending](const Reply &reply) {
        if (pending->finished)
            return;
        pending->finished = true;
        if (pending->context && pending->done)
            pending->done(reply);
        pending->done = nullptr;
    };

    QString why;
    const KeychainJobs::StartFunction startJob = jobs(&why);
    if (!startJob) {
        // Later, as every answer: never inside the call that asked.
        QMetaObject::invokeMethod(
            this,
            [deliver, why] {
                deliver(Reply{Outcome::NoService, {}, why});
            },
            Qt::QueuedConnection);
        return;
    }

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const auto timeout = m_timeout;
    const auto finished = [deliver, timer, key, what,
                           operation](const KeychainJobs::Result &result) {
        timer->stop();
        timer->deleteLater();
        Reply reply = replyForError(result.error, result.errorString, key, what);
        if (operation == Operation::Remove && reply.outcome == Outcome::NotFound)
            reply = Reply{Outcome::Ok, {}, {}};
        if (reply.ok() && operation == Operation::Read)
            reply.value = result.text;
        // The key and the outcome only: never the value.
        qCDebug(lcKeychain) << what << key << "->" << static_cast<int>(reply.outcome);
        deliver(reply);
    };
    const QPointer<QObject> job = startJob(operation, m_service, key, value, timer, finished);
    connect(timer, &QTimer::timeout, this,
            [deliver, timer, key, what, timeout, service = m_service, job]() {
                // The answer may still come: it must not reach a timer that is going.
                if (job)
                    job->disconnect(timer);
                Reply reply;
                reply.outcome = Outcome::TimedOut;
                reply.message =
                    tr("the keychain did not answer within %1 s while %2 '%3' (service '%4'); "
                       "no Secret Service may be running, or it waits for an unlock prompt")
                        .arg(std::chrono::duration<double>(timeout).count())
                        .arg(what, key, service);
                qCDebug(lcKeychain) << "timed out" << what << key;
                deliver(reply);
                timer->deleteLater();
            });
    timer->start(m_timeout);
}

void KeychainStore::read(const QString &key, QObject *context, Callback done)
{
    start(Operation::Read, key, {}, context, std::move(done));
}

void KeychainStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    start(Operation::Write, key, value, context, std::move(done));
}

void KeychainStore::remove(const QString &key, QObject *context, Callback done)
{
    start(Operation::Remove, key, {}, context, std::move(done));
}

KeychainStore::Reply KeychainStore::runSync(Operation operation, const QString &key,
                                            const QString &value)
{
    QEventLoop loop;
    std::optional<Reply> result;
    start(operation, key, value, &loop, [&result, &loop](const Reply &reply) {
        result = reply;
        loop.quit();
    });
    // Bounded: start() answers at the latest when its timer fires.
    if (!result)
        loop.exec();
    return result.value_or(Reply{});
}

KeychainStore::Reply KeychainStore::readSync(const QString &key)
{
    return runSync(Operation::Read, key, {});
}

KeychainStore::Reply KeychainStore::writeSync(const QString &key, const QString &value)
{
    return runSync(Operation::Write, key, value);
}

KeychainStore::Reply KeychainStore::removeSync(const QString &key)
{
    return runSync(Operation::Remove, key, {});
}
