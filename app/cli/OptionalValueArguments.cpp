#include "OptionalValueArguments.h"

OptionalValueArguments::OptionalValueArguments(const QString &name,
                                               const QList<QCommandLineOption> &options)
    : m_name(name)
{
    for (const QCommandLineOption &option : options)
        (option.valueName().isEmpty() ? m_flagNames : m_valueNames) << option.names();
}

bool OptionalValueArguments::takesValue(const QString &name) const
{
    return m_valueNames.contains(name);
}

// `--known`, `--known=value`, `-k` and QCommandLineParser's compacted `-kvalue` / `-kf`.
bool OptionalValueArguments::isOption(const QString &word) const
{
    if (word.startsWith(QLatin1String("--"))) {
        const QString name = word.mid(2).section(QLatin1Char('='), 0, 0);
        return m_flagNames.contains(name) || m_valueNames.contains(name);
    }
    if (word.size() < 2 || !word.startsWith(QLatin1Char('-')))
        return false;
    const QString first = word.mid(1, 1);
    return m_flagNames.contains(first) || m_valueNames.contains(first);
}

Result<QStringList> OptionalValueArguments::normalize(QStringList args) const
{
    const QString bare = QLatin1String("--") + m_name;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString word = args.at(i);
        if (word == QLatin1String("--"))
            break;
        if (word == bare) {
            const bool hasNext = i + 1 < args.size();
            const QString next = hasNext ? args.at(i + 1) : QString();
            if (!hasNext || next == QLatin1String("--") || isOption(next)) {
                args[i] = bare + QLatin1Char('=');
            } else if (next.startsWith(QLatin1Char('-'))) {
                return Result<QStringList>::failure(
                    tr("'%1' after %2 is not an option of this command; a name that starts "
                       "with '-' is given as %2=%1")
                        .arg(next, bare));
            } else {
                args[i] = bare + QLatin1Char('=') + next;
                args.removeAt(i + 1);
            }
            continue;
        }
        if (word.startsWith(QLatin1String("--"))) {
            if (!word.contains(QLatin1Char('=')) && takesValue(word.mid(2)))
                ++i; // its value, whatever it looks like (QCommandLineParser takes it as is)
            continue;
        }
        if (word.size() < 2 || !word.startsWith(QLatin1Char('-')))
            continue; // positional
        // Compacted short options: the first one taking a value ends the word; when it is
        // the word's last letter, its value is the next word.
        for (qsizetype letter = 1; letter < word.size(); ++letter) {
            if (!takesValue(word.mid(letter, 1)))
                continue;
            if (letter == word.size() - 1)
                ++i;
            break;
        }
    }
    return Result<QStringList>::ok(args);
}
