#include "RenameCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/ContextEditSession.h"
#include "kubeconfig/ContextEditor.h"

namespace {
class RenameCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameCommand)
};
} // namespace

int runRenameCommand(CliContext &cli)
{
    ContextEditSession session(
        cli, RenameCommand::tr("Rename context OLD to NEW (current-context follows)."),
        {QStringLiteral("OLD"), QStringLiteral("NEW")});
    session.allowEmptyExistingName();
    if (const std::optional<int> done = session.start())
        return *done;
    const QString from = session.positionalArguments().at(0);
    const QString to = session.positionalArguments().at(1);
    ContextEditor editor(session.set());
    const Status status = editor.renameContext(from, to);
    if (!status)
        return cli.fail(status.error());
    return session.finish(editor,
                          RenameCommand::tr("Renamed context \"%1\" to \"%2\".").arg(from, to));
}
