#include "ExecPluginLocator.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QStandardPaths>

namespace {

Q_LOGGING_CATEGORY(lcDoctor, "kubetailor.doctor", QtInfoMsg)

struct LoginShellAnswer
{
    QStringList path;
    QString problem;
};

// Asking a login shell costs up to a few hundred milliseconds (rc files, nvm, ...): once per
// shell and home folder per process is enough.
QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, LoginShellAnswer> &loginShellCache()
{
    static QHash<QString, LoginShellAnswer> cache;
    return cache;
}

const char pathMarker[] = "__KUBETAILOR_PATH__";

QStringList splitPath(const QString &value)
{
    QStringList folders;
    const QStringList parts = value.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString folder = QDir::cleanPath(part.trimmed());
        if (!folder.isEmpty() && !folders.contains(folder))
            folders << folder;
    }
    return folders;
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.isFile() && info.isExecutable();
}

QString findIn(const QString &command, const QString &folder)
{
    return QStandardPaths::findExecutable(command, {folder});
}

} // namespace

ExecPluginLocator::ExecPluginLocator()
    : m_searchPath(splitPath(qEnvironmentVariable("PATH")))
    , m_homeDir(QDir::homePath())
    , m_loginShell(qEnvironmentVariable("SHELL"))
{}

QStringList ExecPluginLocator::knownFolders() const
{
    const QDir home(m_homeDir);
    return {
        home.filePath(QStringLiteral("google-cloud-sdk/bin")),
        QStringLiteral("/usr/lib/google-cloud-sdk/bin"),
        QStringLiteral("/usr/local/google-cloud-sdk/bin"),
        QStringLiteral("/opt/google-cloud-sdk/bin"),
        QStringLiteral("/snap/google-cloud-cli/current/bin"),
        QStringLiteral("/snap/bin"),
        QStringLiteral("/opt/homebrew/bin"),
        QStringLiteral("/opt/homebrew/share/google-cloud-sdk/bin"),
        QStringLiteral("/usr/local/bin"),
        QStringLiteral("/usr/local/aws-cli/v2/current/bin"),
        home.filePath(QStringLiteral(".local/bin")),
        home.filePath(QStringLiteral(".azure-kubelogin")),
        home.filePath(QStringLiteral(".krew/bin")),
        home.filePath(QStringLiteral("go/bin")),
        home.filePath(QStringLiteral("bin")),
    };
}

ExecPluginLocation ExecPluginLocator::locate(const QString &command,
                                             const QString &kubeconfigDir) const
{
    ExecPluginLocation location;
    location.command = command;
    if (command.isEmpty())
        return location;

    if (command.contains(QLatin1Char('/')) || command.contains(QLatin1Char('\\'))) {
        QString path = command;
        if (QFileInfo(command).isRelative() && !kubeconfigDir.isEmpty())
            path = QDir(kubeconfigDir).filePath(command);
        path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        location.searched << path;
        if (isExecutableFile(path)) {
            location.path = path;
            location.source = ExecPluginLocation::Source::ExplicitPath;
        }
        return location;
    }

    auto search = [&](const QStringList &folders, ExecPluginLocation::Source source) {
        for (const QString &folder : folders) {
            if (location.searched.contains(folder))
                continue;
            location.searched << folder;
            const QString path = findIn(command, folder);
            if (!path.isEmpty()) {
                location.path = QDir::cleanPath(path);
                location.source = source;
                return true;
            }
        }
        return false;
    };

    if (search(m_searchPath, ExecPluginLocation::Source::Path))
        return location;
    if (search(knownFolders(), ExecPluginLocation::Source::KnownFolder))
        return location;
    if (m_loginShell.isEmpty())
        return location;
    location.loginShellAsked = true;
    const QStringList shellPath = loginShellPath(&location.loginShellProblem);
    search(shellPath, ExecPluginLocation::Source::LoginShellPath);
    qCDebug(lcDoctor) << "exec plugin" << command << "found:" << location.path;
    return location;
}

QStringList ExecPluginLocator::loginShellPath(QString *problem) const
{
    if (m_loginShell.isEmpty()) {
        if (problem)
            *problem = tr("no login shell is set (SHELL is empty)");
        return {};
    }
    const QString key = m_loginShell + QLatin1Char('\n') + m_homeDir;
    {
        QMutexLocker lock(&cacheMutex());
        const auto it = loginShellCache().constFind(key);
        if (it != loginShellCache().constEnd()) {
            if (problem)
                *problem = it->problem;
            return it->path;
        }
    }

    LoginShellAnswer answer;
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_homeDir);
    shell.setProcessEnvironment(env);
    shell.setStandardInputFile(QProcess::nullDevice());
    shell.setStandardErrorFile(QProcess::nullDevice());
    // The marker skips whatever the shell's profile prints before the PATH.
    shell.start(m_loginShell,
                {QStringLiteral("-lc"),
                 QStringLiteral("printf '%1%s' \"$PATH\"").arg(QLatin1String(pathMarker))});
    if (!shell.waitForStarted(m_loginShellTimeoutMs)) {
        answer.problem = tr("the login shell %1 could not be started: %2")
                             .arg(m_loginShell, shell.errorString());
    } else if (!shell.waitForFinished(m_loginShellTimeoutMs)) {
        shell.kill();
        shell.waitForFinished(1000);
        answer.problem = tr("the login shell %1 did not answer within %2 ms")
                             .arg(m_loginShell)
                             .arg(m_loginShellTimeoutMs);
    } else {
        const QString output = QString::fromLocal8Bit(shell.readAllStandardOutput());
        const int at = output.lastIndexOf(QLatin1String(pathMarker));
        if (at < 0)
            answer.problem = tr("the login shell %1 printed no PATH").arg(m_loginShell);
        else
            answer.path = splitPath(output.mid(at + int(qstrlen(pathMarker))));
    }
    if (!answer.problem.isEmpty())
        qCInfo(lcDoctor) << answer.problem;

    QMutexLocker lock(&cacheMutex());
    loginShellCache().insert(key, answer);
    if (problem)
        *problem = answer.problem;
    return answer.path;
}

QString ExecPluginLocator::describe(const ExecPluginLocation &location)
{
    switch (location.source) {
    case ExecPluginLocation::Source::ExplicitPath:
        return tr("%1 found at %2").arg(location.command, location.path);
    case ExecPluginLocation::Source::Path:
        return tr("%1 found at %2 (PATH)").arg(location.command, location.path);
    case ExecPluginLocation::Source::KnownFolder:
        return tr("%1 found at %2, which is not on PATH: kubectl started from this environment "
                  "will not find it; add %3 to PATH")
            .arg(location.command, location.path, QFileInfo(location.path).path());
    case ExecPluginLocation::Source::LoginShellPath:
        return tr("%1 found at %2 (on the login shell's PATH, not on this program's PATH)")
            .arg(location.command, location.path);
    case ExecPluginLocation::Source::NotFound:
        break;
    }
    if (location.command.isEmpty())
        return tr("the exec plugin has no command");
    QString text = tr("%1 not found; looked in: %2")
                       .arg(location.command, location.searched.join(QStringLiteral(", ")));
    if (!location.loginShellProblem.isEmpty())
        text += QStringLiteral("; ") + location.loginShellProblem;
    return text;
}

ExecPluginLocation ExecPluginLocator::find(const QString &command, const QString &kubeconfigDir)
{
    return ExecPluginLocator().locate(command, kubeconfigDir);
}

void ExecPluginLocator::clearLoginShellCache()
{
    QMutexLocker lock(&cacheMutex());
    loginShellCache().clear();
}
