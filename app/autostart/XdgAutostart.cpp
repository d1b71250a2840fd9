#include "XdgAutostart.h"

#include "app/AppIdentity.h"
#include "app/autostart/AutostartEntryFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

XdgAutostart::XdgAutostart(const QString &autostartDir)
    : m_dir(autostartDir)
{}

QString XdgAutostart::location() const
{
    const QString dir =
        m_dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                              QStringLiteral("/autostart")
                        : m_dir;
    return dir + QLatin1Char('/') + AppIdentity::desktopFileName();
}

bool XdgAutostart::isEnabled() const
{
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    // Desktop environments switch an entry off with Hidden=true or
    // X-GNOME-Autostart-enabled=false instead of deleting it; both mean "not at login".
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inMainGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        if (!inMainGroup)
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            continue;
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if ((key == QLatin1String("Hidden") && value == QLatin1String("true")) ||
            (key == QLatin1String("X-GNOME-Autostart-enabled") && value == QLatin1String("false")))
            return false;
    }
    return true;
}

QString XdgAutostart::quoteExecArgument(const QString &argument)
{
    // Reserved characters force double quotes; inside them ", `, $ and \ take a backslash.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString quoted;
    for (const QChar c : argument) {
        if (needsQuotes && (c == QLatin1Char('"') || c == QLatin1Char('`') ||
                            c == QLatin1Char('$') || c == QLatin1Char('\\')))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    if (needsQuotes)
        quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
    // Field codes: a literal % is %%. Then the general string escaping: \ is \\.
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%"));
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return quoted;
}

QString XdgAutostart::desktopEntry(const QString &program, const QStringList &arguments)
{
    // Installed in the system's PATH (a package): Exec=kubetailor, so an upgrade that moves
    // the binary keeps working. Anything else (a build tree, an AppImage): the full path.
    QString exec = program;
    const QString onPath = QStandardPaths::findExecutable(AppIdentity::executableName());
    if (!onPath.isEmpty() &&
        QFileInfo(onPath).canonicalFilePath() == QFileInfo(program).canonicalFilePath())
        exec = AppIdentity::executableName();
    QStringList execLine{quoteExecArgument(exec)};
    for (const QString &argument : arguments)
        execLine << quoteExecArgument(argument);

    QString entry;
    entry += QStringLiteral("[Desktop Entry]\n");
    entry += QStringLiteral("Type=Application\n");
    entry += QStringLiteral("Version=1.0\n");
    entry += QStringLiteral("Name=kubetailor\n");
    entry += QStringLiteral("Comment=") + tr("Start kubetailor in the system tray at login") +
             QLatin1Char('\n');
    entry += QStringLiteral("Exec=") + execLine.join(QLatin1Char(' ')) + QLatin1Char('\n');
    entry += QStringLiteral("Icon=") + AppIdentity::appId() + QLatin1Char('\n');
    entry += QStringLiteral("Terminal=false\n");
    entry += QStringLiteral("StartupNotify=false\n");
    entry += QStringLiteral("X-GNOME-Autostart-enabled=true\n");
    entry += QStringLiteral("X-GNOME-Autostart-Delay=%1\n").arg(startDelaySeconds);
    entry += QStringLiteral("X-KDE-autostart-after=panel\n");
    entry += QStringLiteral("X-LXQt-Need-Tray=true\n");
    return entry;
}

Status XdgAutostart::enable(const QString &program, const QStringList &arguments)
{
    return AutostartEntryFile::write(location(), desktopEntry(program, arguments).toUtf8(),
                                     tr("cannot write the autostart entry %1: %2"));
}

Status XdgAutostart::disable()
{
    return AutostartEntryFile::remove(location(), tr("cannot remove the autostart entry %1: %2"));
}
