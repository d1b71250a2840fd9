#include "UseCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/ContextEditSession.h"
#include "kubeconfig/ContextEditor.h"

namespace {
class UseCommand
{
    Q_DECLARE_TR_FUNCTIONS(UseCommand)
};
} // namespace

int runUseCommand(CliContext &cli)
{
    ContextEditSession session(cli, UseCommand::tr("Make CONTEXT the current context."),
                               {QStringLiteral("CONTEXT")});
    if (const std::optional<int> done = session.start())
        return *done;
    const QString name = session.positionalArguments().at(0);
    if (session.set().currentContext() == name && session.set().context(name))
        return session.finish(ContextEditor(session.set()),
                              UseCommand::tr("Already using context \"%1\".").arg(name));
    ContextEditor editor(session.set());
    const Status status = editor.setCurrentContext(name);
    if (!status)
        return cli.fail(status.error());
    return session.finish(editor, UseCommand::tr("Switched to context \"%1\".").arg(name));
}
