#pragma once

#include "kubeconfig/Result.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One option whose value is optional (`--new-context`, `--new-context=NAME` and
// `--new-context NAME`), which QCommandLineParser cannot express: it knows options that
// always or never take a value. normalize() rewrites the arguments before parsing so the
// parser sees `--name=VALUE`, and `--name=` (empty) for the bare form.
//
// The space form is read as the value only where it cannot mean anything else, which holds
// for a command without positional arguments: the word after `--name` is its value unless
// it is `--` or one of the command's options. The values of the other options are skipped,
// so `--context --name` stays a (strange) context called "--name". A word after `--name`
// that starts with '-' but is no option of the command is refused: a value starting with
// '-' must be written `--name=VALUE`.
class OptionalValueArguments
{
    Q_DECLARE_TR_FUNCTIONS(OptionalValueArguments)

public:
    // `options`: every option the command's parser knows, so their values can be skipped
    // and their names recognised.
    OptionalValueArguments(const QString &name, const QList<QCommandLineOption> &options);

    // `arguments` as CliContext holds them, the program name first. Fails (a usage error)
    // when the word after `--name` is not usable as its value.
    Result<QStringList> normalize(QStringList arguments) const;

private:
    bool isOption(const QString &word) const;
    bool takesValue(const QString &name) const;

    QString m_name;
    QStringList m_flagNames;
    QStringList m_valueNames;
};
