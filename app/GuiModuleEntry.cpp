// The one symbol libkubetailor-gui.so exports (everything else it links is hidden): the
// kubetailor executable resolves it through GuiModule and hands over argc/argv.
#include "app/gui/GuiLauncher.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT int kubetailor_gui_exec(int argc, char **argv)
{
    return GuiLauncher::exec(argc, argv);
}
