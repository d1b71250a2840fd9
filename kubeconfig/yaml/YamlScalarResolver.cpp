#include "YamlScalarResolver.h"

#include <QRegularExpression>
#include <QSet>

namespace {

bool isNullText(const QString &text)
{
    return text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null") ||
           text == QLatin1String("Null") || text == QLatin1String("NULL");
}

bool isBoolText(const QString &text)
{
    // YAML 1.1 (go-yaml v2, kubectl) and YAML 1.2 booleans.
    static const QSet<QString> words = {
        QStringLiteral("y"),     QStringLiteral("Y"),     QStringLiteral("yes"),
        QStringLiteral("Yes"),   QStringLiteral("YES"),   QStringLiteral("n"),
        QStringLiteral("N"),     QStringLiteral("no"),    QStringLiteral("No"),
        QStringLiteral("NO"),    QStringLiteral("true"),  QStringLiteral("True"),
        QStringLiteral("TRUE"),  QStringLiteral("false"), QStringLiteral("False"),
        QStringLiteral("FALSE"), QStringLiteral("on"),    QStringLiteral("On"),
        QStringLiteral("ON"),    QStringLiteral("off"),   QStringLiteral("Off"),
        QStringLiteral("OFF"),
    };
    return words.contains(text);
}

bool isIntText(const QString &text)
{
    // Go's strconv.ParseInt(s, 0, 64) after go-yaml removed underscores, plus YAML 1.2's 0o.
    static const QRegularExpression re(
        QStringLiteral("^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$"));
    QString plain = text;
    plain.remove(QLatin1Char('_'));
    return !plain.isEmpty() && re.match(plain).hasMatch();
}

bool isFloatText(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?$"));
    static const QRegularExpression special(
        QStringLiteral("^([-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    // YAML 1.1 sexagesimal: 1:20, 190:20:30.15 (go-yaml quotes these).
    static const QRegularExpression base60(
        QStringLiteral("^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?$"));
    return re.match(text).hasMatch() || special.match(text).hasMatch() ||
           base60.match(text).hasMatch();
}

bool isTimestampText(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$"));
    return re.match(text).hasMatch();
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isPrintable(QChar c)
{
    // NEL, LS and PS are line breaks for kubectl's YAML 1.1 reader: only an escape in double
    // quotes (\N, \L, \P) shows them to it.
    const ushort u = c.unicode();
    if (u == 0x0A || (u >= 0x20 && u <= 0x7E))
        return true;
    if (u >= 0xA0 && u <= 0xD7FF && u != 0x2028 && u != 0x2029)
        return true;
    if (c.isSurrogate())
        return true; // astral characters (emoji) are printable
    return u >= 0xE000 && u <= 0xFFFD && u != 0xFEFF;
}

} // namespace

YamlScalarResolver::Type YamlScalarResolver::resolvePlain(const QString &text)
{
    if (isNullText(text))
        return Type::Null;
    if (isBoolText(text))
        return Type::Bool;
    const QChar first = text.at(0);
    if (first.isDigit() || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('.')) {
        if (isIntText(text))
            return Type::Int;
        if (isFloatText(text))
            return Type::Float;
        if (isTimestampText(text))
            return Type::Timestamp;
    }
    if (text == QLatin1String("<<"))
        return Type::Bool; // the merge key: anything but a string
    return Type::String;
}

bool YamlScalarResolver::canWritePlain(const QString &value)
{
    return resolvePlain(value) == Type::String && plainSyntaxAllowed(value);
}

bool YamlScalarResolver::singleQuotesAllowed(const QString &value)
{
    for (const QChar c : value) {
        if (c == QLatin1Char('\n') || !isPrintable(c))
            return false;
    }
    return true;
}

bool YamlScalarResolver::plainSyntaxAllowed(const QString &value)
{
    if (value.isEmpty())
        return false;
    const int n = int(value.size());
    if (isBlank(value.front()) || isBlank(value.back()))
        return false;
    if (value.startsWith(QLatin1String("---")) || value.startsWith(QLatin1String("...")))
        return false;

    for (int i = 0; i < n; ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || !isPrintable(c))
            return false;
        const bool followedByBlank = i + 1 >= n || isBlank(value.at(i + 1));
        const bool precededByBlank = i > 0 && isBlank(value.at(i - 1));
        if (i == 0) {
            switch (c.unicode()) {
            case '#':
            case ',':
            case '[':
            case ']':
            case '{':
            case '}':
            case '&':
            case '*':
            case '!':
            case '|':
            case '>':
            case '\'':
            case '"':
            case '%':
            case '@':
            case '`':
            case '?':
            case ':':
                return false;
            case '-':
                if (followedByBlank)
                    return false;
                break;
            default:
                break;
            }
        } else if (c == QLatin1Char(':') && followedByBlank) {
            return false;
        } else if (c == QLatin1Char('#') && precededByBlank) {
            return false;
        }
    }
    return true;
}
