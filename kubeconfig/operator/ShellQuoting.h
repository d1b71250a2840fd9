#pragma once

#include <QString>

// Quotes one argument so a shell passes it to the program exactly as given: spaces, quotes,
// `$`, backticks, backslashes and newlines included. Plain words stay unquoted so the
// generated commands read like the documentation's.
class ShellQuoting
{
public:
    enum class Shell { Posix, PowerShell };

    // sh, bash, zsh: single quotes, with ' written as '\''.
    static QString posix(const QString &argument);
    // PowerShell 7: single quotes, with every single-quote character (' and the typographic
    // ones PowerShell also accepts) doubled; nothing is expanded inside them.
    static QString powerShell(const QString &argument);
    static QString quote(Shell shell, const QString &argument);

    // The character that continues a command on the next line: `\` or the backtick.
    static QString lineContinuation(Shell shell);
};
