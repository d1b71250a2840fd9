#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// The command-line tool: `kubetailor SUBCOMMAND ...`, `kubetailor --help`,
// `kubetailor --version`. Runs without a display.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    // True when argv names a subcommand or asks for --help/--version (or anything else
    // that is not a GUI option), so no display is needed.
    static bool wantsCli(int argc, char **argv);

    // Creates the QCoreApplication, installs translations and runs.
    static int exec(int argc, char **argv);

    // Runs with the given arguments (arguments[0] is the program), for tests too.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QString helpText();
    static QString versionText();
};
