#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>
#include <QList>

// The subcommands of docs/cli.md, in the order `kubetailor --help` lists them.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)

public:
    static QList<CliCommand> commands();
    static const CliCommand *find(const QString &name);
};
