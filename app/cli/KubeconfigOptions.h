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
// A load error (file:line:column) is printed as the command's one stderr line; so is a
// kubeconfig that does not exist yet (none of the files), with how to get one.
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

    // Loads the files; on failure, or when none of them exists, prints the error with
    // cli.fail() and returns nullopt: the command ends with CliContext::Failure.
    std::optional<KubeconfigSet> load(const QCommandLineParser &parser, CliContext &cli) const;
    // Loads the files, which need not exist (import creates the first one).
    static std::optional<KubeconfigSet> load(const QStringList &files, CliContext &cli);

    // When none of `files` exists: that it does not exist yet and how to get one (the cloud
    // CLIs' get-credentials commands, `kubetailor import`). Empty when one of them exists.
    static QString missingMessage(const QStringList &files);
    // The cloud CLIs' commands that write a kubeconfig (get-credentials and the like).
    static QString cloudCommands();

private:
    QCommandLineOption m_kubeconfig;
};
