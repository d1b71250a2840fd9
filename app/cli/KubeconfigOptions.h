#pragma once

#include "kubeconfig/KubeconfigSet.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

class CliContext;
class QCommandLineParser;

// The --kubeconfig option of every command that reads kubeconfigs, and loading the merged
// view by client-go's rules: the option, else the KUBECONFIG list, else ~/.kube/config.
// A load error (file:line:column) is printed as the command's one stderr line.
//
//     KubeconfigOptions kubeconfig;
//     kubeconfig.addTo(parser);
//     if (const std::optional<int> done = cli.parse(parser)) return *done;
//     const std::optional<KubeconfigSet> set = kubeconfig.load(parser, cli);
//     if (!set) return CliContext::Failure;
class KubeconfigOptions
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigOptions)

public:
    KubeconfigOptions();

    void addTo(QCommandLineParser &parser) const;
    const QCommandLineOption &option() const { return m_kubeconfig; }

    // The --kubeconfig value, empty when not given.
    QString explicitFile(const QCommandLineParser &parser) const;
    // The files read, in precedence order.
    QStringList files(const QCommandLineParser &parser) const;

    // Loads the files. nullopt: the error was printed with cli.fail(); the command ends
    // with CliContext::Failure.
    std::optional<KubeconfigSet> load(const QCommandLineParser &parser, CliContext &cli) const;
    static std::optional<KubeconfigSet> load(const QStringList &files, CliContext &cli);

private:
    QCommandLineOption m_kubeconfig;
};
