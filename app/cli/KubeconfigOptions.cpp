#include "KubeconfigOptions.h"

#include "app/cli/CliContext.h"
#include "kubeconfig/KubeconfigPaths.h"

#include <QCommandLineParser>
#include <QFileInfo>

KubeconfigOptions::KubeconfigOptions()
    : m_kubeconfig(QStringLiteral("kubeconfig"),
                   tr("Read only FILE, instead of the KUBECONFIG list or ~/.kube/config."),
                   QStringLiteral("FILE"))
{}

void KubeconfigOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_kubeconfig);
}

QString KubeconfigOptions::explicitFile(const QCommandLineParser &parser) const
{
    return parser.value(m_kubeconfig);
}

QStringList KubeconfigOptions::files(const QCommandLineParser &parser) const
{
    return KubeconfigPaths::fromEnvironment(explicitFile(parser));
}

std::optional<KubeconfigSet> KubeconfigOptions::load(const QCommandLineParser &parser,
                                                     CliContext &cli) const
{
    const QStringList paths = files(parser);
    const QString missing = missingMessage(paths);
    if (!missing.isEmpty()) {
        cli.fail(missing);
        return std::nullopt;
    }
    return load(paths, cli);
}

QString KubeconfigOptions::missingMessage(const QStringList &files)
{
    for (const QString &file : files) {
        if (QFileInfo::exists(file))
            return QString();
    }
    const QString where = files.join(QStringLiteral(", "));
    return (files.size() == 1 ? tr("%1 does not exist yet: get one from your cloud's CLI (%2) "
                                   "or merge a file with `kubetailor import FILE`")
                              : tr("none of %1 exists yet: get one from your cloud's CLI (%2) "
                                   "or merge a file with `kubetailor import FILE`"))
        .arg(where, cloudCommands());
}

QString KubeconfigOptions::cloudCommands()
{
    return QStringLiteral("`gcloud container clusters get-credentials`, "
                          "`aws eks update-kubeconfig`, `az aks get-credentials`");
}

std::optional<KubeconfigSet> KubeconfigOptions::load(const QStringList &files, CliContext &cli)
{
    // A kubeconfig with 2,000 clusters is about 5 MB; anything past this limit is not the
    // file the user meant, and reading it would only cost memory and time.
    const qint64 maxFileSize = qint64(32) * 1024 * 1024;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (info.isFile() && info.size() > maxFileSize) {
            cli.fail(tr("%1: the file is %2 MB; kubetailor reads kubeconfigs of up to %3 MB "
                        "(2,000 clusters take about 5 MB): check it is the file you meant")
                         .arg(file)
                         .arg(info.size() / (1024 * 1024))
                         .arg(maxFileSize / (1024 * 1024)));
            return std::nullopt;
        }
    }
    Result<KubeconfigSet> loaded = KubeconfigSet::load(files);
    if (!loaded) {
        cli.fail(loaded.error());
        return std::nullopt;
    }
    return loaded.takeValue();
}
