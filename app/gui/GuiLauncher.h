#pragma once

#include <QCoreApplication>

// Starts the desktop app: checks that a display can be opened (and says so in one line
// instead of Qt's abort message when it cannot), then the window and the tray.
class GuiLauncher
{
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)

public:
    static int exec(int argc, char **argv);

    // Empty when a display looks reachable; otherwise one line saying why not.
    static QString displayProblem();
};
