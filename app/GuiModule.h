#pragma once

#include <QCoreApplication>
#include <QStringList>

// The desktop app (window and tray) lives in a module of its own, libkubetailor-gui.so,
// which links Qt Widgets and Gui; the kubetailor executable links Qt Core and Network only
// and loads the module when the window is asked for, so the command-line tool
// (`kubetailor proxy`, `rewrite`, ...) never maps the GUI libraries.
class GuiModule
{
    Q_DECLARE_TR_FUNCTIONS(GuiModule)

public:
    // Loads the module and runs the desktop app with argc/argv; when it cannot be loaded,
    // says so in one line on stderr and returns 1.
    static int exec(int argc, char **argv);

    // Where the module is looked for (ModulePaths::candidates).
    static QStringList candidatePaths(const QString &executablePath);

    // The entry point the module exports: int (int argc, char **argv).
    static const char *entryPointName();
};
