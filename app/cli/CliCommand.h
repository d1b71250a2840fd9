#pragma once

#include <QString>

class CliContext;

// One subcommand of the command-line tool, as listed by `kubetailor --help`.
struct CliCommand
{
    using Handler = int (*)(CliContext &context);

    QString name;
    QString synopsis; // the usage line after "kubetailor <name>"
    QString summary;  // one line for the command list
    Handler run = nullptr; // null: not available in this version, and the help says so
};
