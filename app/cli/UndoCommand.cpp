#include "UndoCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/KubeconfigOptions.h"
#include "kubeconfig/BackupStore.h"
#include "kubeconfig/LineDiff.h"
#include "kubeconfig/UndoPlan.h"

#include <QCommandLineParser>
#include <QFile>

namespace {
class UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(UndoCommand)

public:
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};
} // namespace

int runUndoCommand(CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(UndoCommand::tr(
        "Undo kubetailor's last change of the kubeconfig, entry by entry: each cluster, context "
        "or user entry (and current-context) kubetailor changed goes back to what it was, if the "
        "file still has it as kubetailor left it; everything else another program wrote since "
        "stays. When such an entry was changed again since, undo names it and changes nothing "
        "(--force puts it back anyway). The content it replaces is kept as a backup too. "
        "Without --kubeconfig: every file of the KUBECONFIG list (or ~/.kube/config) that "
        "kubetailor's last write changed."));
    KubeconfigOptions kubeconfig;
    kubeconfig.addTo(parser);
    const QCommandLineOption force(
        QStringLiteral("force"),
        UndoCommand::tr("Put kubetailor's backup of an entry back even when another program "
                        "changed that entry since (its change is lost; other entries stay)."));
    parser.addOption(force);
    if (const std::optional<int> done = cli.parse(parser))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(
            UndoCommand::tr("unexpected argument '%1'").arg(parser.positionalArguments().at(0)));

    BackupStore backups;
    const QStringList files = kubeconfig.files(parser);
    // Every file kubetailor's last write changed together (a rewrite of a KUBECONFIG list
    // can change several): before, only the newest one was restored.
    const QList<BackupStore::Entry> change = backups.lastChange(files);
    if (change.isEmpty())
        return cli.fail(UndoCommand::tr("no backup of %1 to restore (kubetailor keeps one before "
                                        "every change it writes, in %2)")
                            .arg(files.join(QStringLiteral(", ")), backups.root()));

    QList<UndoPlan> plans;
    QList<QByteArray> before;
    for (const BackupStore::Entry &entry : change) {
        Result<UndoPlan> plan = UndoPlan::forBackup(entry.file, entry);
        if (!plan)
            return cli.fail(plan.error());
        plans << plan.takeValue();
        before << UndoCommand::read(entry.file);
    }
    const bool forced = parser.isSet(force);
    const Result<ApplyReport> applied = UndoPlan::apply(plans, &backups, forced);
    if (!applied)
        return cli.fail(applied.error());

    QTextStream &out = cli.out();
    for (int i = 0; i < plans.size(); ++i) {
        const UndoPlan &plan = plans.at(i);
        const BackupStore::Entry &latest = change.at(i);
        const QString &file = latest.file;
        const QByteArray after = UndoCommand::read(file);
        const QString taken =
            latest.taken.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (plan.fileAsWritten() || plan.isLegacy()) {
            out << UndoCommand::tr("Restored %1 from the backup %2 (taken %3).")
                       .arg(file, latest.backupPath, taken)
                << '\n';
            if (plan.isLegacy() && plan.hasConflicts()) {
                const int written = applied.value().filesWritten.indexOf(file);
                cli.warn(UndoCommand::tr("--force: restored the whole backup; what was written to "
                                         "%1 after it was taken is only in the backup %2")
                             .arg(file, applied.value().backups.value(written)));
            }
        } else {
            out << UndoCommand::tr("Undid kubetailor's change of %1 entry by entry (backup %2, "
                                   "taken %3); what other programs changed since stays.")
                       .arg(file, latest.backupPath, taken)
                << '\n';
            for (const UndoPlan::EntryUndo &entry : plan.entries()) {
                out << QStringLiteral("  ") << entry.describe();
                if (entry.action == UndoPlan::Action::Conflict)
                    out << UndoCommand::tr(" \u2014 put back anyway (--force)");
                out << '\n';
            }
        }
        const QString diff =
            LineDiff::unified(before.at(i), after, file + QStringLiteral(" (before undo)"),
                              file + QStringLiteral(" (after undo)"));
        if (diff.isEmpty())
            out << UndoCommand::tr("The file already had the content undo would restore.") << '\n';
        else
            out << diff;
    }
    return 0;
}
