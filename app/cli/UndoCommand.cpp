#include "UndoCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/KubeconfigOptions.h"
#include "kubeconfig/BackupStore.h"
#include "kubeconfig/LineDiff.h"

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
        "Restore the kubeconfig from the latest backup kubetailor took before changing it, and "
        "show what changed. The content it replaces is kept as a backup too. Without "
        "--kubeconfig: the file of the KUBECONFIG list (or ~/.kube/config) changed last."));
    KubeconfigOptions kubeconfig;
    kubeconfig.addTo(parser);
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

    const QByteArray before = UndoCommand::read(file);
    const Result<QString> restored = backups.undo(file);
    if (!restored)
        return cli.fail(restored.error());
    const QByteArray after = UndoCommand::read(file);

    QTextStream &out = cli.out();
    out << UndoCommand::tr("Restored %1 from the backup %2 (taken %3).")
               .arg(file, restored.value(),
                    latest.taken.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
        << '\n';
    const QString diff = LineDiff::unified(before, after, file + QStringLiteral(" (before undo)"),
                                           file + QStringLiteral(" (restored)"));
    if (diff.isEmpty())
        out << UndoCommand::tr("The backup had the same content as the file.") << '\n';
    else
        out << diff;
    return 0;
}
