#pragma once

#include "app/cli/KubeconfigOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

class CliContext;
class ContextEditor;

// The common frame of the commands that edit contexts (use, rename, delete): parse
// `[--kubeconfig F] ARG...`, load the merged kubeconfig, and after the edit write every
// changed file through the library's safe-write path and say what was written, where the
// backup is and how to undo.
class ContextEditSession
{
    Q_DECLARE_TR_FUNCTIONS(ContextEditSession)

public:
    // `arguments`: the names of the positional arguments for the help ("OLD", "NEW").
    ContextEditSession(CliContext &cli, const QString &description, const QStringList &arguments);

    // The first argument may be "" when a context has that name (kubectl lists and deletes
    // such a context; `use ""` stays refused, as kubectl refuses it).
    void allowEmptyExistingName() { m_allowEmptyExisting = true; }

    // Parses and loads. An exit code ends the command (help printed, usage error, load
    // error); nullopt: go on.
    std::optional<int> start();

    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    const KubeconfigSet &set() const { return *m_set; }

    // Writes the editor's changes; prints `done` and the write summary. With no change,
    // prints `done` only.
    int finish(const ContextEditor &editor, const QString &done);

private:
    CliContext &m_cli;
    QStringList m_argumentNames;
    QCommandLineParser m_parser;
    KubeconfigOptions m_kubeconfig;
    std::optional<KubeconfigSet> m_set;
    bool m_allowEmptyExisting = false;
};
