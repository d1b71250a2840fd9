// Only wiring: a subcommand (or --help/--version) runs the command-line tool without a
// display; anything else starts the desktop app.
#include "app/cli/CliRunner.h"
#include "app/gui/GuiLauncher.h"

int main(int argc, char **argv)
{
    if (CliRunner::wantsCli(argc, argv))
        return CliRunner::exec(argc, argv);
    return GuiLauncher::exec(argc, argv);
}
