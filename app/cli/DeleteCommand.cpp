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
    session.allowEmptyExistingName();
    if (const std::optional<int> done = session.start())
        return *done;
    const QString name = session.positionalArguments().at(0);
    const std::optional<ContextInfo> before = session.set().context(name);
    ContextEditor editor(session.set());
    const Status status = editor.deleteContext(name);
    if (!status)
        return cli.fail(status.error());

    const KubeconfigSet &was = session.set();
    const KubeconfigSet &now = editor.set();
    using Section = KubeconfigDocument::Section;
    // As kubectl's delete-context: the entry kubectl reads (the first file's) goes.
    QString done = DeleteCommand::tr("Deleted context \"%1\" from %2.")
                       .arg(name, before ? before->originFile : QString());
    QStringList alsoRemoved;
    QStringList nowVisible; // same-named entries of later files that were shadowed
    const auto removed = [&](Section section, const QString &entry, const QString &what) {
        const int wasIn = was.documentOf(section, entry);
        if (entry.isEmpty() || wasIn < 0 || now.document(wasIn).contains(section, entry))
            return;
        const int nowIn = now.documentOf(section, entry);
        if (nowIn < 0)
            alsoRemoved << what;
        else
            nowVisible << DeleteCommand::tr("%1 of %2").arg(what, now.document(nowIn).path());
    };
    if (before) {
        removed(Section::Clusters, before->clusterName,
                DeleteCommand::tr("cluster \"%1\"").arg(before->clusterName));
        removed(Section::Users, before->userName,
                DeleteCommand::tr("user \"%1\"").arg(before->userName));
    }
    if (!alsoRemoved.isEmpty())
        done +=
            QLatin1Char(' ') + DeleteCommand::tr("Also removed %1 (no other context used them).")
                                   .arg(alsoRemoved.join(DeleteCommand::tr(" and ")));
    if (const std::optional<ContextInfo> shadowed = now.context(name)) {
        done += QLatin1Char(' ') +
                DeleteCommand::tr("The context \"%1\" of %2, which the deleted one shadowed, "
                                  "now takes its place; delete it too with `kubetailor delete "
                                  "%1`.")
                    .arg(name, shadowed->originFile);
    }
    if (!nowVisible.isEmpty())
        done += QLatin1Char(' ') +
                DeleteCommand::tr("Now in effect instead of the removed entries: %1.")
                    .arg(nowVisible.join(DeleteCommand::tr(" and ")));
    if (before && before->isCurrent && !name.isEmpty()) {
        const QString current = now.currentContext();
        done += QLatin1Char(' ') +
                (current.isEmpty()
                     ? DeleteCommand::tr("It was the current context: no context is current now; "
                                         "choose one with `kubetailor use CONTEXT`.")
                     : DeleteCommand::tr("It was the current context: \"%1\" is current now; "
                                         "choose another with `kubetailor use CONTEXT`.")
                           .arg(current));
    }
    return session.finish(editor, done);
}
