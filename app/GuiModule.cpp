#include "GuiModule.h"

#include "app/AppLogging.h"
#include "app/AppSetup.h"
#include "app/ModulePaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>

namespace {

// The executable's own path without a QCoreApplication (the module creates the
// QApplication): /proc/self/exe on Linux, else argv[0].
QString executablePath(const char *argv0)
{
    const QString self = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    if (!self.isEmpty())
        return self;
    return QFileInfo(QString::fromLocal8Bit(argv0 ? argv0 : "")).absoluteFilePath();
}

} // namespace

const char *GuiModule::entryPointName()
{
    return "kubetailor_gui_exec";
}

QStringList GuiModule::candidatePaths(const QString &executablePath)
{
    return ModulePaths::candidates(executablePath, ModulePaths::guiModuleName());
}

int GuiModule::exec(int argc, char **argv)
{
    using Entry = int (*)(int, char **);
    QStringList errors;
    const QStringList paths = candidatePaths(executablePath(argc > 0 ? argv[0] : nullptr));
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        qCDebug(lcApp) << "loading the desktop app's module" << path;
        QLibrary library(path);
        // Never unloaded: the window's code runs until the process ends.
        if (!library.load()) {
            errors << library.errorString();
            continue;
        }
        auto entry = reinterpret_cast<Entry>(library.resolve(entryPointName()));
        if (!entry) {
            errors << library.errorString();
            continue;
        }
        return entry(argc, argv);
    }

    // Only here a QCoreApplication: for the translated message.
    QCoreApplication app(argc, argv);
    AppSetup::configureApplication();
    AppSetup::installTranslations(&app);
    const QString why = errors.isEmpty()
                            ? tr("not found in %1").arg(paths.join(QLatin1String(", ")))
                            : errors.join(QLatin1String("; "));
    const QString line =
        tr("kubetailor: cannot load the desktop app's module %1 (%2). Reinstall kubetailor; the "
           "command-line tool works without it: kubetailor --help")
            .arg(ModulePaths::guiModuleName(), why);
    std::fprintf(stderr, "%s\n", qPrintable(line));
    return 1;
}
