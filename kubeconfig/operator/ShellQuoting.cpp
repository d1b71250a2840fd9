#include "ShellQuoting.h"

namespace {

// Characters no shell we target gives a meaning to in the middle of a word.
bool isPlainWordCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
           c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/') ||
           c == QLatin1Char(':') || c == QLatin1Char('=');
}

bool isPlainWord(const QString &argument)
{
    if (argument.isEmpty())
        return false;
    // PowerShell reads a leading '-' as a parameter name and '=' is harmless elsewhere;
    // a leading '=' or '-' is quoted for both shells to keep the rule one rule.
    if (argument.front() == QLatin1Char('-') || argument.front() == QLatin1Char('='))
        return false;
    for (const QChar c : argument) {
        if (!isPlainWordCharacter(c))
            return false;
    }
    return true;
}

bool isPowerShellSingleQuote(QChar c)
{
    // PowerShell treats the typographic single quotes as ' too (U+2018, U+2019, U+201A,
    // U+201B), so each of them must be doubled like the ASCII one.
    return c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) ||
           c == QChar(0x201A) || c == QChar(0x201B);
}

} // namespace

QString ShellQuoting::posix(const QString &argument)
{
    return quote(Shell::Posix, argument);
}

QString ShellQuoting::powerShell(const QString &argument)
{
    return quote(Shell::PowerShell, argument);
}

QString ShellQuoting::quote(Shell shell, const QString &argument)
{
    if (isPlainWord(argument))
        return argument;
    // Both shells take everything between single quotes literally; they differ only in how
    // a single quote itself is written inside.
    QString quoted;
    quoted.reserve(argument.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : argument) {
        if (shell == Shell::Posix && c == QLatin1Char('\''))
            quoted += QLatin1String("'\\''");
        else if (shell == Shell::PowerShell && isPowerShellSingleQuote(c))
            quoted += QString(2, c);
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString ShellQuoting::lineContinuation(Shell shell)
{
    return shell == Shell::PowerShell ? QStringLiteral("`") : QStringLiteral("\\");
}
