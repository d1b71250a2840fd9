#pragma once

#include <QString>

// How a plain (unquoted) scalar reads back in the YAML readers that matter: kubectl's
// (go-yaml v2, YAML 1.1: `yes`, `on`, `0123`, `1:20`, `1_000` are not strings) and
// yaml-cpp / YAML 1.2. A string is written plain only when it reads as the same string in
// all of them and is syntactically safe as a plain scalar in block context.
class YamlScalarResolver
{
public:
    enum class Type { String, Null, Bool, Int, Float, Timestamp };

    // The type a plain scalar with this text resolves to (the strictest reader wins: a
    // text any of them reads as non-string is reported as that type).
    static Type resolvePlain(const QString &text);

    // True when `value` can be written as a plain scalar and read back as that string.
    static bool canWritePlain(const QString &value);
    // Only the syntax part of canWritePlain(): no indicator at the start, no ": " or " #",
    // no leading/trailing blank, no line break or unprintable character.
    static bool plainSyntaxAllowed(const QString &value);
    // Single quotes can show it: every character printable (no tab, no line break).
    static bool singleQuotesAllowed(const QString &value);
};
