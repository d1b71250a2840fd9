#include "DeleteCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/ContextEditSession.h"
#include "kubeconfig/ContextEditor.h"

namespace {
class DeleteCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)
};
} // namespace

int runDeleteCommand(CliContext &cli)
{
    ContextEditSession session(
        cli,
        DeleteCommand::tr("Delete CONTEXT, and its cluster and user entries when no other "
                          "context uses them."),
        {QStringLiteral("CONTEXT")});
    if (const std::optional<int> done = session.start())
        return *done;
    const QString name = session.positionalArguments().at(0);
    const std::optional<ContextInfo> before = session.set().context(name);
    ContextEditor editor(session.set());
    const Status status = editor.deleteContext(name);
    if (!status)
        return cli.fail(status.error());

    QString done = DeleteCommand::tr("Deleted context \"%1\".").arg(name);
    QStringList alsoRemoved;
    if (before && !before->clusterName.isEmpty() &&
        editor.set().documentOf(KubeconfigDocument::Section::Clusters, before->clusterName) < 0 &&
        session.set().documentOf(KubeconfigDocument::Section::Clusters, before->clusterName) >= 0)
        alsoRemoved << DeleteCommand::tr("cluster \"%1\"").arg(before->clusterName);
    if (before && !before->userName.isEmpty() &&
        editor.set().documentOf(KubeconfigDocument::Section::Users, before->userName) < 0 &&
        session.set().documentOf(KubeconfigDocument::Section::Users, before->userName) >= 0)
        alsoRemoved << DeleteCommand::tr("user \"%1\"").arg(before->userName);
    if (!alsoRemoved.isEmpty())
        done +=
            QLatin1Char(' ') + DeleteCommand::tr("Also removed %1 (no other context used them).")
                                   .arg(alsoRemoved.join(DeleteCommand::tr(" and ")));
    return session.finish(editor, done);
}
