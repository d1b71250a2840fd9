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
        "Without --kubeconfig: the file of the KUBECONFIG list (or ~/.kube/config) changed last."));
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
    QString file;
    BackupStore::Entry latest;
    const QStringList files = kubeconfig.files(parser);
    for (const QString &candidate : files) {
        const BackupStore::Entry entry = backups.latest(candidate);
        if (!entry.backupPath.isEmpty() &&
            (latest.backupPath.isEmpty() || entry.taken > latest.taken)) {
            latest = entry;
            file = candidate;
        }
    }
    if (file.isEmpty())
        return cli.fail(UndoCommand::tr("no backup of %1 to restore (kubetailor keeps one before "
                                        "every change it writes, in %2)")
                            .arg(files.join(QStringLiteral(", ")), backups.root()));

    const Result<UndoPlan> plan = UndoPlan::forBackup(file, latest);
    if (!plan)
        return cli.fail(plan.error());
    const bool forced = parser.isSet(force);
    const QByteArray before = UndoCommand::read(file);
    const Result<ApplyReport> applied = UndoPlan::apply({plan.value()}, &backups, forced);
    if (!applied)
        return cli.fail(applied.error());
    const QByteArray after = UndoCommand::read(file);

    QTextStream &out = cli.out();
    const QString taken =
        latest.taken.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (plan.value().fileAsWritten() || plan.value().isLegacy()) {
        out << UndoCommand::tr("Restored %1 from the backup %2 (taken %3).")
                   .arg(file, latest.backupPath, taken)
            << '\n';
        if (plan.value().isLegacy() && plan.value().hasConflicts())
            cli.warn(UndoCommand::tr("--force: restored the whole backup; what was written to %1 "
                                     "after it was taken is only in the backup %2")
                         .arg(file, applied.value().backups.value(0)));
    } else {
        out << UndoCommand::tr("Undid kubetailor's change of %1 entry by entry (backup %2, taken "
                               "%3); what other programs changed since stays.")
                   .arg(file, latest.backupPath, taken)
            << '\n';
        for (const UndoPlan::EntryUndo &entry : plan.value().entries()) {
            out << QStringLiteral("  ") << entry.describe();
            if (entry.action == UndoPlan::Action::Conflict)
                out << UndoCommand::tr(" \u2014 put back anyway (--force)");
            out << '\n';
        }
    }
    const QString diff = LineDiff::unified(before, after, file + QStringLiteral(" (before undo)"),
                                           file + QStringLiteral(" (after undo)"));
    if (diff.isEmpty())
        out << UndoCommand::tr("The file already had the content undo would restore.") << '\n';
    else
        out << diff;
    return 0;
}
