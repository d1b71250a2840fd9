#include "TailnetDiscovery.h"

#include "kubeconfig/tailnet/TailscaleStatusParser.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace {

Q_LOGGING_CATEGORY(lcTailnet, "kubetailor.tailnet", QtInfoMsg)

QStringList statusArguments()
{
    return {QStringLiteral("status"), QStringLiteral("--json")};
}

QString notInstalledMessage(const QString &configuredPath)
{
    if (!configuredPath.isEmpty())
        return TailnetDiscovery::tr("%1 is not an executable tailscale binary; check the path, "
                                    "or type the proxy's full name (e.g. "
                                    "tailscale-operator.tail1234.ts.net)")
            .arg(configuredPath);
    return TailnetDiscovery::tr("tailscale is not installed (not on PATH): install it from "
                                "https://tailscale.com/download, or type the proxy's full name "
                                "(e.g. tailscale-operator.tail1234.ts.net)");
}

QString timedOutMessage(const QString &path, int timeoutMs)
{
    return TailnetDiscovery::tr("'%1 status --json' did not answer within %2 s: is tailscaled "
                                "hung? Type the proxy's full name instead")
        .arg(path)
        .arg(timeoutMs / 1000.0);
}

QString startFailedMessage(const QString &path, const QString &why)
{
    return TailnetDiscovery::tr("could not run '%1 status --json': %2; type the proxy's full "
                                "name instead")
        .arg(path, why);
}

} // namespace

TailnetDiscovery::TailnetDiscovery(QObject *parent)
    : QObject(parent)
{}

TailnetDiscovery::~TailnetDiscovery()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(500);
    }
}

QString TailnetDiscovery::findTailscale(const QString &configuredPath)
{
    if (!configuredPath.isEmpty()) {
        const QFileInfo info(configuredPath);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
        if (!configuredPath.contains(QLatin1Char('/')))
            return QStandardPaths::findExecutable(configuredPath);
        return QString();
    }
    QString path = QStandardPaths::findExecutable(QStringLiteral("tailscale"));
    if (!path.isEmpty())
        return path;
    const QStringList places = {
        QStringLiteral("/Applications/Tailscale.app/Contents/MacOS/Tailscale"),
        QStringLiteral("/opt/homebrew/bin/tailscale"),
        QStringLiteral("/usr/local/bin/tailscale"),
        QStringLiteral("/snap/bin/tailscale"),
        QStringLiteral("C:/Program Files/Tailscale/tailscale.exe"),
    };
    for (const QString &place : places) {
        const QFileInfo info(place);
        if (info.isFile() && info.isExecutable())
            return place;
    }
    return QString();
}

TailnetDiscoveryResult TailnetDiscovery::interpret(const QString &tailscalePath, int exitCode,
                                                   const QByteArray &standardOutput,
                                                   const QByteArray &standardError)
{
    TailnetDiscoveryResult result;
    result.tailscalePath = tailscalePath;
    const QString stderrText = QString::fromLocal8Bit(standardError).trimmed();
    const QString firstLine = stderrText.section(QLatin1Char('\n'), 0, 0);

    // Empty output does not parse either; the branch below explains it by the exit code.
    const Result<TailscaleStatus> parsed = TailscaleStatusParser::parse(standardOutput);
    if (!parsed) {
        if (exitCode != 0 || standardOutput.trimmed().isEmpty()) {
            // "failed to connect to local tailscaled; it doesn't appear to be running"
            const bool daemonDown = stderrText.contains(QLatin1String("tailscaled")) ||
                                    stderrText.contains(QLatin1String("doesn't appear to be "
                                                                      "running"));
            result.outcome = daemonDown ? TailnetDiscoveryResult::Outcome::NotRunning
                                        : TailnetDiscoveryResult::Outcome::Failed;
            result.message =
                daemonDown
                    ? tr("tailscaled is not running (%1): start Tailscale, or type the proxy's "
                         "full name")
                          .arg(firstLine)
                    : tr("'%1 status --json' failed (exit code %2%3); type the proxy's full name "
                         "instead")
                          .arg(tailscalePath)
                          .arg(exitCode)
                          .arg(firstLine.isEmpty() ? QString() : QStringLiteral(": ") + firstLine);
            return result;
        }
        result.outcome = TailnetDiscoveryResult::Outcome::Unreadable;
        result.message = parsed.error() + tr("; type the proxy's full name instead");
        return result;
    }

    const TailscaleStatus &status = parsed.value();
    result.status = status;
    QString message;
    switch (status.problem(&message)) {
    case TailscaleStatus::Problem::None:
        result.outcome = TailnetDiscoveryResult::Outcome::Ready;
        result.candidates = status.operatorCandidates();
        break;
    case TailscaleStatus::Problem::NotRunning:
        result.outcome = TailnetDiscoveryResult::Outcome::NotRunning;
        break;
    case TailscaleStatus::Problem::LoggedOut:
        result.outcome = TailnetDiscoveryResult::Outcome::LoggedOut;
        break;
    case TailscaleStatus::Problem::NoMagicDns:
        result.outcome = TailnetDiscoveryResult::Outcome::NoMagicDns;
        break;
    }
    result.message = message;
    return result;
}

void TailnetDiscovery::start()
{
    if (isRunning())
        return;
    const QString path = findTailscale(m_configuredPath);
    if (path.isEmpty()) {
        TailnetDiscoveryResult result;
        result.outcome = TailnetDiscoveryResult::Outcome::NotInstalled;
        result.message = notInstalledMessage(m_configuredPath);
        // Report from the event loop, as the other outcomes do.
        QTimer::singleShot(0, this, [this, result] { finish(result); });
        return;
    }

    auto *process = new QProcess(this);
    m_process = process;
    process->setStandardInputFile(QProcess::nullDevice());
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    QTimer *timer = m_timer;

    connect(process, &QProcess::finished, this, [this, process, path](int exitCode) {
        if (process != m_process)
            return;
        finish(interpret(path, exitCode, process->readAllStandardOutput(),
                         process->readAllStandardError()));
    });
    connect(process, &QProcess::errorOccurred, this,
            [this, process, path](QProcess::ProcessError e) {
                if (process != m_process || e != QProcess::FailedToStart)
                    return;
                TailnetDiscoveryResult result;
                result.tailscalePath = path;
                result.outcome = TailnetDiscoveryResult::Outcome::Failed;
                result.message = startFailedMessage(path, process->errorString());
                finish(result);
            });
    connect(timer, &QTimer::timeout, this, [this, process, path] {
        if (process != m_process)
            return;
        TailnetDiscoveryResult result;
        result.tailscalePath = path;
        result.outcome = TailnetDiscoveryResult::Outcome::TimedOut;
        result.message = timedOutMessage(path, m_timeoutMs);
        finish(result);
    });
    qCDebug(lcTailnet) << "running" << path << statusArguments();
    process->start(path, statusArguments());
    timer->start(m_timeoutMs);
}

bool TailnetDiscovery::isRunning() const
{
    return m_process != nullptr;
}

void TailnetDiscovery::finish(const TailnetDiscoveryResult &result)
{
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    if (QProcess *process = m_process) {
        m_process = nullptr;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            // Reaped when it ends; deleteLater waits for the event loop.
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
        } else {
            process->deleteLater();
        }
    }
    m_result = result;
    qCDebug(lcTailnet) << "discovery finished:" << int(result.outcome) << result.message;
    emit finished();
}

TailnetDiscoveryResult TailnetDiscovery::discoverBlocking(const QString &configuredPath,
                                                          int timeoutMs)
{
    TailnetDiscoveryResult result;
    const QString path = findTailscale(configuredPath);
    if (path.isEmpty()) {
        result.outcome = TailnetDiscoveryResult::Outcome::NotInstalled;
        result.message = notInstalledMessage(configuredPath);
        return result;
    }
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(path, statusArguments());
    if (!process.waitForStarted(timeoutMs)) {
        result.tailscalePath = path;
        result.outcome = TailnetDiscoveryResult::Outcome::Failed;
        result.message = startFailedMessage(path, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.tailscalePath = path;
        result.outcome = TailnetDiscoveryResult::Outcome::TimedOut;
        result.message = timedOutMessage(path, timeoutMs);
        return result;
    }
    const int exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return interpret(path, exitCode, process.readAllStandardOutput(),
                     process.readAllStandardError());
}

Result<QString> TailnetDiscovery::resolveSuffix(const QString &configuredPath, int timeoutMs)
{
    const TailnetDiscoveryResult result = discoverBlocking(configuredPath, timeoutMs);
    if (!result.ok()) {
        return Result<QString>::failure(tr("cannot find the tailnet's MagicDNS suffix: %1; or "
                                           "pass --tailnet SUFFIX (e.g. tail1234.ts.net) or --fqdn")
                                            .arg(result.message));
    }
    return Result<QString>::ok(result.suffix());
}
