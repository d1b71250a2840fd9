#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Where an exec credential plugin's command was found, and where the search looked.
struct ExecPluginLocation
{
    enum class Source {
        NotFound,
        ExplicitPath,   // the command is a path (absolute, or relative to the kubeconfig)
        Path,           // this process's PATH
        KnownFolder,    // a folder a cloud SDK installs into (~/google-cloud-sdk/bin, ...)
        LoginShellPath, // the PATH of the user's login shell ($SHELL -lc)
    };

    QString command; // as written in the kubeconfig
    QString path;    // the absolute path found; empty when not found
    Source source = Source::NotFound;
    QStringList searched; // folders (or the one path) looked in, in order
    bool loginShellAsked = false;
    QString loginShellProblem; // why the login shell's PATH is unknown, when it is

    bool found() const { return source != Source::NotFound; }
};

// Finds an exec plugin's command as kubectl would, and beyond: a GUI started from a desktop
// menu does not get the shell's PATH, so besides PATH it looks where cloud SDKs install
// their plugins and in the login shell's PATH (asked once, bounded by a timeout, cached).
class ExecPluginLocator
{
    Q_DECLARE_TR_FUNCTIONS(ExecPluginLocator)

public:
    // Takes PATH, HOME and SHELL from this process.
    ExecPluginLocator();

    void setSearchPath(const QStringList &folders) { m_searchPath = folders; }
    void setHomeDir(const QString &home) { m_homeDir = home; }
    // An empty shell disables asking the login shell.
    void setLoginShell(const QString &shell) { m_loginShell = shell; }
    void setLoginShellTimeout(int milliseconds) { m_loginShellTimeoutMs = milliseconds; }

    QStringList searchPath() const { return m_searchPath; }
    // The folders cloud SDKs and package managers put plugins in, under the home folder.
    QStringList knownFolders() const;

    // `kubeconfigDir` is the folder of the file the user entry came from: a command with a
    // slash in it is relative to that folder (client-go's rule).
    ExecPluginLocation locate(const QString &command,
                              const QString &kubeconfigDir = QString()) const;

    // The login shell's PATH, from cache or by running `$SHELL -lc`; empty with `problem`
    // set when the shell failed, timed out or printed nothing.
    QStringList loginShellPath(QString *problem = nullptr) const;

    // One line for a person: "found at /usr/bin/x (PATH)" or "not found; looked in ...".
    static QString describe(const ExecPluginLocation &location);

    // locate() with this process's environment.
    static ExecPluginLocation find(const QString &command,
                                   const QString &kubeconfigDir = QString());

    static void clearLoginShellCache();

private:
    QStringList m_searchPath;
    QString m_homeDir;
    QString m_loginShell;
    int m_loginShellTimeoutMs = 3000;
};
