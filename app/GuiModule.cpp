#include "GuiModule.h"

#include "app/AppLogging.h"
#include "app/AppSetup.h"
#include "app/ModulePaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    const QString exe = executablePath(argc > 0 ? argv[0] : nullptr);
    QStringList errors;
    const auto entry = reinterpret_cast<Entry>(
        ModulePaths::resolve(exe, ModulePaths::guiModuleName(), entryPointName(), &errors));
    if (entry)
        return entry(argc, argv);

    // Only here a QCoreApplication: for the translated message.
    QCoreApplication app(argc, argv);
    AppSetup::configureApplication();
    AppSetup::installTranslations(&app);
    const QString why = ModulePaths::whyNotLoaded(errors, exe, ModulePaths::guiModuleName());
    const QString line =
        tr("kubetailor: cannot load the desktop app's module %1 (%2). Reinstall kubetailor; the "
           "command-line tool works without it: kubetailor --help")
            .arg(ModulePaths::guiModuleName(), why);
    std::fprintf(stderr, "%s\n", qPrintable(line));
    return 1;
}
