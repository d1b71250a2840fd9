#include "ImportCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/KubeconfigOptions.h"
#include "app/cli/WriteSummary.h"
#include "kubeconfig/ContextEditor.h"
#include "kubeconfig/KubeconfigPaths.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace {
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static QString sectionName(KubeconfigDocument::Section section)
    {
        switch (section) {
        case KubeconfigDocument::Section::Clusters:
            return tr("cluster");
        case KubeconfigDocument::Section::Contexts:
            return tr("context");
        case KubeconfigDocument::Section::Users:
            return tr("user");
        }
        return QString();
    }
};
} // namespace

int runImportCommand(CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommand::tr(
        "Merge FILE (e.g. what `gcloud container clusters get-credentials` or `aws eks "
        "update-kubeconfig` wrote elsewhere) into your kubeconfig. Names that exist already "
        "with other content are renamed NAME-2, NAME-3...; identical entries are not "
        "duplicated; relative paths become absolute."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ImportCommand::tr("The file to import."));
    const QCommandLineOption into(
        QStringLiteral("into"),
        ImportCommand::tr("Import into F (default: the first file of KUBECONFIG, else "
                          "~/.kube/config)."),
        QStringLiteral("F"));
    parser.addOption(into);
    if (const std::optional<int> done = cli.parse(parser))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return cli.usageError(ImportCommand::tr("missing FILE: the kubeconfig to import"));
    if (positional.size() > 1)
        return cli.usageError(ImportCommand::tr("unexpected argument '%1'").arg(positional.at(1)));
    const QString source = QFileInfo(positional.at(0)).absoluteFilePath();
    if (!QFileInfo(source).isFile())
        return cli.fail(ImportCommand::tr("%1: no such file").arg(positional.at(0)));

    const QStringList files = KubeconfigPaths::fromEnvironment(parser.value(into));
    if (files.contains(source))
        return cli.fail(ImportCommand::tr("%1 is one of the kubeconfig files already; nothing "
                                          "to import")
                            .arg(source));
    const std::optional<KubeconfigSet> set = KubeconfigOptions::load(files, cli);
    if (!set)
        return CliContext::Failure;

    ContextEditor editor(*set);
    const Result<QList<ContextEditor::Rename>> imported = editor.importFile(source, files.value(0));
    if (!imported)
        return cli.fail(imported.error());
    if (!editor.hasChanges()) {
        cli.out() << ImportCommand::tr("Nothing to import: everything in %1 is in %2 already.")
                         .arg(source, files.value(0))
                  << '\n';
        return 0;
    }
    const Result<ApplyReport> applied = editor.apply();
    if (!applied)
        return cli.fail(applied.error());

    QTextStream &out = cli.out();
    out << ImportCommand::tr("Imported %1 into %2.").arg(source, files.value(0)) << '\n';
    for (const ContextEditor::Rename &rename : imported.value())
        out << "  "
            << ImportCommand::tr("%1 \"%2\" renamed \"%3\" (the name was taken)")
                   .arg(ImportCommand::sectionName(rename.section), rename.from, rename.to)
            << '\n';
    WriteSummary::print(out, applied.value());
    return 0;
}
