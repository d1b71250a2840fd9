#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

// What a subcommand gets: its arguments, stdout/stderr, and the exit-status conventions
// of docs/cli.md (0 done, 1 failed with one clear line on stderr, 2 usage error).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    // `arguments` starts with the program name as QCommandLineParser expects it
    // ("kubetailor rewrite"), followed by the subcommand's own arguments.
    CliContext(const QString &command, const QStringList &arguments, QTextStream &out,
               QTextStream &err);

    QString command() const { return m_command; }
    QStringList arguments() const { return m_arguments; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // -h/--help, which parse() adds to every command.
    static QCommandLineOption helpOption();
    // Parses with a --help option added. An exit code ends the command: 0 after printing
    // the help text for --help, 2 after printing a usage error. nullopt: go on.
    std::optional<int> parse(QCommandLineParser &parser);

    // "kubetailor <command>: <message>" on stderr; returns 1.
    int fail(const QString &message);
    // Same with a hint to --help; returns 2.
    int usageError(const QString &message);
    // "kubetailor <command>: warning: <message>" on stderr.
    void warn(const QString &message);

private:
    QString m_command;
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
};
