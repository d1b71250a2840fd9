#include "YamlReader.h"

#include <QHash>
#include <QPair>
#include <QStringDecoder>

#include <algorithm>
#include <sstream>
#include <vector>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace {

// Thrown from the event handler to stop the parser; caught in YamlReader::parse.
struct AliasBudgetExceeded
{
    YAML::Mark mark;
};

struct UnknownAlias
{
    YAML::Mark mark;
};

// A line break only YAML 1.1 knows (NEL, LS, PS) in a plain scalar: kubectl refuses the file.
struct Yaml11Break
{
    YAML::Mark mark;
};

// A quoted scalar whose closing quote never comes: yaml-cpp ends it at the end of the
// input (swallowing the rest of the file), go-yaml and so kubectl refuse the file.
struct UnterminatedQuote
{
    YAML::Mark mark;
};

// `<<: x` where x is not a mapping or a list of mappings (kubectl refuses it too).
struct BadMergeValue
{
    int line;
    int column;
};

// Where the first byte that is not UTF-8 is; -1 when the whole input is UTF-8. A UTF-16 or
// UTF-32 input (recognised by its BOM) is left to yaml-cpp.
// A scalar's UTF-8 as text, a leading U+FEFF kept: QString::fromStdString drops it as a
// byte-order mark, kubectl keeps it as part of the string ("\ufeffx" stays "\ufeffx").
// yaml-cpp 0.7 turns the escapes \N and \_ into the single bytes 0x85 and 0xA0, not UTF-8:
// as the file itself is valid UTF-8, a byte that starts no valid sequence is one of those.
std::string repairEscapes(const std::string &bytes)
{
    std::string out;
    out.reserve(bytes.size() + 8);
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t n = bytes.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = p[i];
        const std::size_t more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        bool sequence = c >= 0xC0 && i + more < n;
        for (std::size_t k = 1; sequence && k <= more; ++k)
            sequence = (p[i + k] & 0xC0) == 0x80;
        if (c < 0x80 || sequence) {
            out.append(bytes, i, more + 1);
            i += more + 1;
        } else { // a stray byte: the code point of the same value (U+0085, U+00A0)
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
            ++i;
        }
    }
    return out;
}

QString decodeKeepingBom(const std::string &utf8)
{
    if (utf8.compare(0, 3, "\xEF\xBB\xBF") != 0)
        return QString::fromStdString(utf8);
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(utf8.data(), qsizetype(utf8.size())));
}

QString scalarText(const std::string &utf8)
{
    const QString text = decodeKeepingBom(utf8);
    if (text.contains(QChar::ReplacementCharacter) &&
        utf8.find("\xEF\xBF\xBD") == std::string::npos)
        return decodeKeepingBom(repairEscapes(utf8));
    return text;
}

// U+0085 (NEL), U+2028, U+2029: line breaks for kubectl's YAML 1.1 reader, text for yaml-cpp.
bool isYaml11Break(QChar c)
{
    return c.unicode() == 0x85 || c.unicode() == 0x2028 || c.unicode() == 0x2029;
}

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") ||
        bytes.startsWith(QByteArray("\0\0\xFE\xFF", 4)))
        return -1;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int more = 0;
        char32_t min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            more = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            more = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            more = 3;
            min = 0x10000;
        } else {
            return i;
        }
        char32_t cp = c & (0x3F >> more);
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += more + 1;
    }
    return -1;
}

// 1-based line and column of byte `offset`.
QPair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

// Whether the quoted scalar starting at `pos` (its opening quote) is closed in `input`.
bool quoteIsClosed(const QByteArray &input, qsizetype pos)
{
    const char quote = input.at(pos);
    for (qsizetype i = pos + 1; i < input.size(); ++i) {
        const char c = input.at(i);
        if (quote == '"' && c == '\\') {
            ++i;
        } else if (c == quote) {
            if (quote == '\'' && i + 1 < input.size() && input.at(i + 1) == '\'') {
                ++i;
                continue;
            }
            return true;
        }
    }
    return false;
}

bool isMergeKey(const YamlNode &key)
{
    return key.isScalar() && key.isPlain() && key.text() == QLatin1String("<<");
}

// Sets `key` in the map being built, as go-yaml (kubectl's reader) does: a key seen again
// takes the later value, in the place of the first.
void setKey(YamlNode &map, const YamlNode &key, const YamlNode &value)
{
    if (key.isScalar()) {
        for (int i = 0; i < map.size(); ++i) {
            const YamlNode &existing = map.keyAt(i);
            if (existing.isScalar() && existing.text() == key.text()) {
                map.valueAt(i) = value;
                return;
            }
        }
    }
    map.appendEntry(key, value);
}

// Applies merge keys (`<<: *base`, `<<: [*a, *b]`) and duplicate keys the way kubectl reads
// them: entries in order, each setting its key (a later one overrides an earlier one, a
// merge overrides the keys before it); in a merged list an earlier mapping wins.
YamlNode resolvedMap(const YamlNode &map)
{
    YamlNode out = YamlNode::map();
    out.setPosition(map.line(), map.column());
    out.setFlow(map.isFlow());
    for (int i = 0; i < map.size(); ++i) {
        const YamlNode &key = map.keyAt(i);
        const YamlNode &value = map.valueAt(i);
        if (!isMergeKey(key)) {
            setKey(out, key, value);
            continue;
        }
        QList<const YamlNode *> sources;
        if (value.isMap()) {
            sources.append(&value);
        } else if (value.isSequence()) {
            for (int k = value.size() - 1; k >= 0; --k) {
                if (!value.at(k).isMap())
                    throw BadMergeValue{value.at(k).line(), value.at(k).column()};
                sources.append(&value.at(k));
            }
        } else {
            throw BadMergeValue{value.line(), value.column()};
        }
        for (const YamlNode *source : sources) {
            for (int k = 0; k < source->size(); ++k)
                setKey(out, source->keyAt(k), source->valueAt(k));
        }
    }
    return out;
}

class TreeBuilder : public YAML::EventHandler
{
public:
    TreeBuilder(const QByteArray &input, qint64 budget)
        : m_input(input)
        , m_budget(budget)
    {}

    bool hasRoot() const { return m_hasRoot; }
    YamlNode takeRoot() { return std::move(m_root); }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        YamlNode node = YamlNode::null(nullSpelling(mark));
        node.setPosition(mark.line + 1, mark.column + 1);
        finish(std::move(node), anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.constFind(anchor);
        if (it == m_anchors.constEnd())
            throw UnknownAlias{mark};
        count(it->nodes, mark);
        finish(YamlNode(it->node), 0);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        const bool plain = tag == "?";
        QString explicitTag;
        if (tag != "?" && tag != "!")
            explicitTag = QString::fromStdString(tag);
        if (tag == "!" && mark.pos >= 0 && mark.pos < m_input.size() &&
            (m_input.at(mark.pos) == '"' || m_input.at(mark.pos) == '\'') &&
            !quoteIsClosed(m_input, mark.pos))
            throw UnterminatedQuote{mark};
        const QString text = scalarText(value);
        if (plain && std::any_of(text.cbegin(), text.cend(), isYaml11Break))
            throw Yaml11Break{mark};
        YamlNode node = YamlNode::scalar(text, plain, explicitTag);
        node.setPosition(mark.line + 1, mark.column + 1);
        finish(std::move(node), anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        YamlNode node = YamlNode::sequence();
        node.setPosition(mark.line + 1, mark.column + 1);
        node.setFlow(style == YAML::EmitterStyle::Flow);
        m_stack.push_back({std::move(node), anchor});
    }

    void OnSequenceEnd() override { closeContainer(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        YamlNode node = YamlNode::map();
        node.setPosition(mark.line + 1, mark.column + 1);
        node.setFlow(style == YAML::EmitterStyle::Flow);
        m_stack.push_back({std::move(node), anchor});
    }

    void OnMapEnd() override { closeContainer(); }

private:
    struct Open
    {
        YamlNode node;
        YAML::anchor_t anchor;
    };
    struct Anchored
    {
        YamlNode node;
        qint64 nodes;
    };

    void count(qint64 nodes, const YAML::Mark &mark)
    {
        m_total += nodes;
        if (m_total > m_budget)
            throw AliasBudgetExceeded{mark};
    }

    void closeContainer()
    {
        Open open = std::move(m_stack.back());
        m_stack.pop_back();
        if (open.node.isMap())
            open.node = resolvedMap(open.node);
        finish(std::move(open.node), open.anchor);
    }

    void finish(YamlNode node, YAML::anchor_t anchor)
    {
        if (anchor != 0)
            m_anchors.insert(anchor, Anchored{node, node.nodeCount()});
        else if (!node.isMap() && !node.isSequence())
            ++m_total;
        if (m_stack.empty()) {
            m_root = std::move(node);
            m_hasRoot = true;
            return;
        }
        m_stack.back().node.append(std::move(node));
    }

    QString nullSpelling(const YAML::Mark &mark) const
    {
        if (mark.pos < 0 || mark.pos >= m_input.size())
            return QString();
        const char *p = m_input.constData() + mark.pos;
        const qint64 left = m_input.size() - mark.pos;
        auto endsWord = [&](int n) {
            if (left == n)
                return true;
            const char c = p[n];
            return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ']' ||
                   c == '}' || c == '#';
        };
        if (p[0] == '~' && endsWord(1))
            return QStringLiteral("~");
        for (const char *word : {"null", "Null", "NULL"}) {
            if (left >= 4 && qstrncmp(p, word, 4) == 0 && endsWord(4))
                return QString::fromLatin1(word);
        }
        return QString();
    }

    const QByteArray &m_input;
    qint64 m_budget;
    qint64 m_total = 0;
    std::vector<Open> m_stack;
    QHash<YAML::anchor_t, Anchored> m_anchors;
    YamlNode m_root;
    bool m_hasRoot = false;
};

// yaml-cpp scans scalars a character at a time through regular expressions (about 4 MB/s);
// the bulk of a large kubeconfig is base64 (certificate and key data). Long base64 runs are
// swapped for short tokens before parsing and put back into the tree afterwards.
class BlobStash
{
public:
    static constexpr int MinRun = 128;

    QByteArray stash(const QByteArray &input)
    {
        auto isBase64 = [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                   c == '+' || c == '/' || c == '=';
        };
        const qsizetype n = input.size();
        QByteArray out;
        qsizetype copied = 0;
        for (qsizetype i = 0; i < n;) {
            if (!isBase64(input.at(i))) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < n && isBase64(input.at(end)))
                ++end;
            // Not after a backslash: "\x41..." is an escape in a double-quoted string.
            if (end - i >= MinRun && (i == 0 || input.at(i - 1) != '\\')) {
                if (m_nonce.isEmpty())
                    m_nonce = makeNonce(input);
                out.append(input.constData() + copied, i - copied);
                out.append(m_nonce);
                out.append(QByteArray::number(m_blobs.size()));
                m_blobs.append(input.mid(i, end - i));
                copied = end;
            }
            i = end;
        }
        if (m_blobs.isEmpty())
            return input;
        out.append(input.constData() + copied, n - copied);
        return out;
    }

    void restore(YamlNode &node) const
    {
        if (m_blobs.isEmpty())
            return;
        if (node.isScalar()) {
            const QString text = node.text();
            if (text.contains(QLatin1String(m_nonce)))
                node = YamlNode::scalar(restoreText(text), node.isPlain(), node.tag())
                           .positioned(node.line(), node.column());
            return;
        }
        if (node.isMap()) {
            for (int i = 0; i < node.size(); ++i) {
                YamlNode key = node.keyAt(i);
                if (key.isScalar() && key.text().contains(QLatin1String(m_nonce)))
                    node.setKeyAt(
                        i, YamlNode::scalar(restoreText(key.text()), key.isPlain(), key.tag()));
                restore(node.valueAt(i));
            }
        } else if (node.isSequence()) {
            for (int i = 0; i < node.size(); ++i)
                restore(node.at(i));
        }
    }

private:
    static QByteArray makeNonce(const QByteArray &input)
    {
        for (int attempt = 0;; ++attempt) {
            const QByteArray nonce =
                "KTBLOB" + QByteArray::number(qHash(input) + uint(attempt), 36) + "Q";
            if (!input.contains(nonce))
                return nonce;
        }
    }

    QString restoreText(const QString &text) const
    {
        QString out;
        const QString nonce = QLatin1String(m_nonce);
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = text.indexOf(nonce, from);
            if (at < 0)
                break;
            out += QStringView(text).mid(from, at - from);
            qsizetype digits = at + nonce.size();
            while (digits < text.size() && text.at(digits).isDigit())
                ++digits;
            const int index =
                QStringView(text).mid(at + nonce.size(), digits - at - nonce.size()).toInt();
            out += QLatin1String(m_blobs.at(index));
            from = digits;
        }
        out += QStringView(text).mid(from);
        return out;
    }

    QByteArray m_nonce;
    QList<QByteArray> m_blobs;
};

QString location(const QString &path, const YAML::Mark &mark)
{
    if (mark.is_null())
        return path;
    return QStringLiteral("%1:%2:%3").arg(path).arg(mark.line + 1).arg(mark.column + 1);
}

} // namespace

qint64 YamlReader::maxExpandedNodes(qint64 inputSize)
{
    // A node takes at least two bytes of input; aliases may expand a document to a few
    // times its size, never to millions of nodes more.
    return 1000000 + 4 * inputSize;
}

Result<YamlNode> YamlReader::parse(const QByteArray &bytes, const QString &path)
{
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        const auto [line, column] = lineAndColumn(bytes, bad);
        return Result<YamlNode>::failure(
            QCoreApplication::translate("YamlReader",
                                        "%1:%2:%3: byte 0x%4 is not UTF-8 text; kubectl refuses "
                                        "such a file too: save it as UTF-8")
                .arg(path)
                .arg(line)
                .arg(column)
                .arg(QString::number(quint8(bytes.at(bad)), 16).toUpper()));
    }
    // A raw NEL (C2 85) is a line break for kubectl's YAML 1.1 reader and text for yaml-cpp:
    // give yaml-cpp a line break of the same length (CR LF), so both read the same
    // structure (a quoted value folds it to a space, an unquoted one breaks) and every byte
    // offset the splicer uses stays where it was.
    const QByteArray withBreaks =
        bytes.contains("\xC2\x85") ? QByteArray(bytes).replace("\xC2\x85", "\r\n") : bytes;
    BlobStash blobs;
    const QByteArray text = blobs.stash(withBreaks);
    std::istringstream stream(text.toStdString());
    TreeBuilder builder(text, maxExpandedNodes(bytes.size()));
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
    } catch (const YAML::DeepRecursion &e) {
        return Result<YamlNode>::failure(
            QCoreApplication::translate("YamlReader",
                                        "%1: nested deeper than %2 levels; a kubeconfig is "
                                        "never that deep: check the file is what you meant")
                .arg(location(path, e.mark))
                .arg(e.depth()));
    } catch (const YAML::Exception &e) {
        return Result<YamlNode>::failure(
            QStringLiteral("%1: %2").arg(location(path, e.mark), QString::fromStdString(e.msg)));
    } catch (const AliasBudgetExceeded &e) {
        return Result<YamlNode>::failure(
            QCoreApplication::translate("YamlReader",
                                        "%1: aliases expand to more than %2 nodes (an alias "
                                        "bomb?); refusing to load the file")
                .arg(location(path, e.mark))
                .arg(maxExpandedNodes(bytes.size())));
    } catch (const Yaml11Break &e) {
        return Result<YamlNode>::failure(
            QCoreApplication::translate("YamlReader",
                                        "%1: an unquoted value holds U+2028 or U+2029, which "
                                        "kubectl reads as a line break: put the value in double "
                                        "quotes")
                .arg(location(path, e.mark)));
    } catch (const UnterminatedQuote &e) {
        return Result<YamlNode>::failure(
            QCoreApplication::translate("YamlReader",
                                        "%1: a quoted string starts here and is never closed; "
                                        "add the closing quote")
                .arg(location(path, e.mark)));
    } catch (const BadMergeValue &e) {
        return Result<YamlNode>::failure(
            QCoreApplication::translate("YamlReader",
                                        "%1:%2:%3: a merge key (<<) needs a mapping or a list of "
                                        "mappings")
                .arg(path)
                .arg(e.line)
                .arg(e.column));
    } catch (const UnknownAlias &e) {
        return Result<YamlNode>::failure(
            QCoreApplication::translate("YamlReader", "%1: alias to an unknown anchor")
                .arg(location(path, e.mark)));
    } catch (const std::exception &e) {
        return Result<YamlNode>::failure(
            QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(e.what())));
    }
    if (!builder.hasRoot())
        return Result<YamlNode>::ok(YamlNode::null(QString()));
    YamlNode root = builder.takeRoot();
    blobs.restore(root);
    return Result<YamlNode>::ok(std::move(root));
}
