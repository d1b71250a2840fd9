// Only wiring: a subcommand (or --help/--version) runs the command-line tool without a
// display; anything else starts the desktop app. On Linux the desktop app is the module
// libkubetailor-gui.so (GuiModule), so the command-line tool maps no Qt Widgets or Gui.
#include "app/cli/CliRunner.h"
#ifdef KUBETAILOR_GUI_AS_MODULE
#include "app/GuiModule.h"
#else
#include "app/KeychainStore.h"
#include "app/gui/GuiLauncher.h"
#endif

int main(int argc, char **argv)
{
#ifndef KUBETAILOR_GUI_AS_MODULE
    KeychainStore::useJobs(&KeychainJobs::start); // linked in with the window
#endif
    if (CliRunner::wantsCli(argc, argv))
        return CliRunner::exec(argc, argv);
#ifdef KUBETAILOR_GUI_AS_MODULE
    return GuiModule::exec(argc, argv);
#else
    return GuiLauncher::exec(argc, argv);
#endif
}
