#include "YamlWriter.h"

#include "kubeconfig/yaml/YamlScalarResolver.h"

#include <QRegularExpression>

namespace {

constexpr int BestWidth = 80; // go-yaml's line width for plain scalars

bool isPrintableForBlock(QChar c)
{
    const ushort u = c.unicode();
    if (u == 0x0A || (u >= 0x20 && u <= 0x7E))
        return true; // not NEL (0x85), LS, PS: line breaks for kubectl's YAML 1.1 reader
    if (c.isSurrogate())
        return true;
    return (u >= 0xA0 && u <= 0xD7FF && u != 0x2028 && u != 0x2029) ||
           (u >= 0xE000 && u <= 0xFFFD && u != 0xFEFF);
}

// go-yaml writes a multi-line string as a literal block unless a line ends in a space or
// it holds characters a block cannot show.
bool canWriteLiteral(const QString &value)
{
    if (!value.contains(QLatin1Char('\n')))
        return false;
    if (value.endsWith(QLatin1Char(' ')))
        return false;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!isPrintableForBlock(c))
            return false;
        if (c == QLatin1Char(' ') && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
            return false;
    }
    return true;
}

QString doubleQuoted(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        const ushort u = c.unicode();
        switch (u) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\0':
            out += QLatin1String("\\0");
            break;
        case '\a':
            out += QLatin1String("\\a");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\v':
            out += QLatin1String("\\v");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case 0x1B:
            out += QLatin1String("\\e");
            break;
        case 0x85:
            out += QLatin1String("\\N");
            break;
        case 0xA0:
            out += QLatin1String("\\_");
            break;
        case 0x2028:
            out += QLatin1String("\\L");
            break;
        case 0x2029:
            out += QLatin1String("\\P");
            break;
        default:
            if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0))
                out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
            else if (u == 0xFEFF || u == 0xFFFE || u == 0xFFFF)
                out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString singleQuoted(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// As go-yaml: a string that would read as another type gets double quotes; one that only
// breaks plain syntax gets single quotes when they can show it.
QString quoted(const QString &value)
{
    if (YamlScalarResolver::resolvePlain(value) == YamlScalarResolver::Type::String &&
        YamlScalarResolver::singleQuotesAllowed(value)) {
        return singleQuoted(value);
    }
    return doubleQuoted(value);
}

QString tagText(const YamlNode &node)
{
    const QString tag = node.tag();
    if (tag.isEmpty())
        return QString();
    static const QLatin1String core("tag:yaml.org,2002:");
    if (tag.startsWith(core))
        return QLatin1String("!!") + tag.mid(core.size()) + QLatin1Char(' ');
    if (tag.startsWith(QLatin1Char('!')))
        return tag + QLatin1Char(' ');
    return QLatin1String("!<") + tag + QLatin1String("> ");
}

class Emitter
{
public:
    QString out;

    void writeDocument(const YamlNode &root)
    {
        switch (root.kind()) {
        case YamlNode::Kind::Null:
            if (!root.text().isEmpty())
                out += root.text() + QLatin1Char('\n');
            return;
        case YamlNode::Kind::Scalar:
            writeScalar(root, 0);
            out += QLatin1Char('\n');
            return;
        case YamlNode::Kind::Map:
            if (root.size() == 0)
                out += QLatin1String("{}\n");
            else
                writeMap(root, 0, false);
            return;
        case YamlNode::Kind::Sequence:
            if (root.size() == 0)
                out += QLatin1String("[]\n");
            else
                writeSequence(root, 0, false);
            return;
        }
    }

private:
    int column() const
    {
        const qsizetype nl = out.lastIndexOf(QLatin1Char('\n'));
        return int(out.size() - (nl + 1));
    }

    void indentTo(int indent) { out += QString(indent, QLatin1Char(' ')); }

    // `inlineFirst`: the first entry goes on the current line (after "- ").
    void writeMap(const YamlNode &map, int indent, bool inlineFirst)
    {
        for (int i = 0; i < map.size(); ++i) {
            if (i > 0 || !inlineFirst)
                indentTo(indent);
            writeKey(map.keyAt(i));
            out += QLatin1Char(':');
            writeValue(map.valueAt(i), indent, false);
        }
    }

    void writeSequence(const YamlNode &sequence, int indent, bool inlineFirst)
    {
        for (int i = 0; i < sequence.size(); ++i) {
            if (i > 0 || !inlineFirst)
                indentTo(indent);
            out += QLatin1Char('-');
            writeValue(sequence.at(i), indent, true);
        }
    }

    // After "key:" or "-"; ends the line(s).
    void writeValue(const YamlNode &value, int indent, bool inSequence)
    {
        switch (value.kind()) {
        case YamlNode::Kind::Null:
            if (!value.text().isEmpty())
                out += QLatin1Char(' ') + value.text();
            out += QLatin1Char('\n');
            return;
        case YamlNode::Kind::Scalar:
            out += QLatin1Char(' ');
            writeScalar(value, indent + 2);
            out += QLatin1Char('\n');
            return;
        case YamlNode::Kind::Map:
            if (value.size() == 0) {
                out += QLatin1String(" {}\n");
            } else if (inSequence) {
                out += QLatin1Char(' ');
                writeMap(value, indent + 2, true);
            } else {
                out += QLatin1Char('\n');
                writeMap(value, indent + 2, false);
            }
            return;
        case YamlNode::Kind::Sequence:
            if (value.size() == 0) {
                out += QLatin1String(" []\n");
            } else if (inSequence) {
                out += QLatin1Char(' ');
                writeSequence(value, indent + 2, true);
            } else {
                // go-yaml v2: a sequence under a key is not indented.
                out += QLatin1Char('\n');
                writeSequence(value, indent, false);
            }
            return;
        }
    }

    void writeKey(const YamlNode &key)
    {
        switch (key.kind()) {
        case YamlNode::Kind::Null:
            out += key.text().isEmpty() ? QStringLiteral("null") : key.text();
            return;
        case YamlNode::Kind::Scalar:
            out += tagText(key);
            if (key.isPlain() || YamlScalarResolver::canWritePlain(key.text()))
                out += key.text();
            else
                out += quoted(key.text());
            return;
        case YamlNode::Kind::Map:
        case YamlNode::Kind::Sequence:
            out += QString::fromUtf8(YamlWriter::toJson(key)).simplified();
            return;
        }
    }

    // `indent`: where continuation lines and block content go.
    void writeScalar(const YamlNode &node, int indent)
    {
        out += tagText(node);
        const QString text = node.text();
        if ((node.isPlain() && !text.contains(QLatin1Char('\n'))) ||
            YamlScalarResolver::canWritePlain(text)) {
            writePlain(text, indent);
        } else if (canWriteLiteral(text)) {
            writeLiteral(text, indent);
        } else {
            out += quoted(text);
        }
    }

    void writePlain(const QString &text, int indent)
    {
        int col = column();
        bool spaces = false;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char(' ')) {
                const bool nextIsSpace = i + 1 < text.size() && text.at(i + 1) == QLatin1Char(' ');
                if (!spaces && col > BestWidth && !nextIsSpace && i + 1 < text.size()) {
                    out += QLatin1Char('\n');
                    indentTo(indent);
                    col = indent;
                } else {
                    out += c;
                    ++col;
                }
                spaces = true;
            } else {
                out += c;
                if (!c.isLowSurrogate())
                    ++col;
                spaces = false;
            }
        }
    }

    void writeLiteral(const QString &text, int indent)
    {
        out += QLatin1Char('|');
        if (text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\n')))
            out += QLatin1Char('2');
        if (!text.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('-');
        else if (text.size() == 1 || text.at(text.size() - 2) == QLatin1Char('\n'))
            out += QLatin1Char('+');
        out += QLatin1Char('\n');
        QStringList lines = text.split(QLatin1Char('\n'));
        if (text.endsWith(QLatin1Char('\n')))
            lines.removeLast();
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (!line.isEmpty()) {
                indentTo(indent);
                out += line;
            }
            if (i + 1 < lines.size())
                out += QLatin1Char('\n');
        }
        // The caller ends the last line.
    }
};

bool isJsonNumber(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    return re.match(text).hasMatch();
}

QString jsonString(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        const ushort u = c.unicode();
        switch (u) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (u < 0x20)
                out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString jsonScalar(const YamlNode &node)
{
    if (node.isNull())
        return QStringLiteral("null");
    if (node.isString())
        return jsonString(node.text());
    const QString text = node.text();
    switch (YamlScalarResolver::resolvePlain(text)) {
    case YamlScalarResolver::Type::Null:
        return QStringLiteral("null");
    case YamlScalarResolver::Type::Bool: {
        const QString lower = text.toLower();
        const bool value = lower == QLatin1String("true") || lower == QLatin1String("yes") ||
                           lower == QLatin1String("y") || lower == QLatin1String("on");
        return value ? QStringLiteral("true") : QStringLiteral("false");
    }
    case YamlScalarResolver::Type::Int:
    case YamlScalarResolver::Type::Float:
        if (isJsonNumber(text))
            return text;
        return jsonString(text);
    case YamlScalarResolver::Type::Timestamp:
    case YamlScalarResolver::Type::String:
        break;
    }
    return jsonString(text);
}

void writeJson(QString &out, const YamlNode &node, int indent)
{
    const QString pad(indent + 2, QLatin1Char(' '));
    const QString closePad(indent, QLatin1Char(' '));
    if (node.isMap()) {
        if (node.size() == 0) {
            out += QLatin1String("{}");
            return;
        }
        out += QLatin1String("{\n");
        for (int i = 0; i < node.size(); ++i) {
            out += pad;
            const YamlNode &key = node.keyAt(i);
            out += jsonString(key.isScalar() ? key.text() : QStringLiteral("null"));
            out += QLatin1String(": ");
            writeJson(out, node.valueAt(i), indent + 2);
            out += i + 1 < node.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += closePad + QLatin1Char('}');
    } else if (node.isSequence()) {
        if (node.size() == 0) {
            out += QLatin1String("[]");
            return;
        }
        out += QLatin1String("[\n");
        for (int i = 0; i < node.size(); ++i) {
            out += pad;
            writeJson(out, node.at(i), indent + 2);
            out += i + 1 < node.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += closePad + QLatin1Char(']');
    } else {
        out += jsonScalar(node);
    }
}

} // namespace

QByteArray YamlWriter::toYaml(const YamlNode &root)
{
    Emitter emitter;
    emitter.writeDocument(root);
    return emitter.out.toUtf8();
}

QByteArray YamlWriter::toJson(const YamlNode &root)
{
    QString out;
    writeJson(out, root, 0);
    out += QLatin1Char('\n');
    return out.toUtf8();
}
