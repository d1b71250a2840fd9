#include "YamlSourceText.h"

#include <algorithm>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isWhitespace(char c)
{
    return isSpace(c) || c == '\r' || c == '\n';
}

} // namespace

YamlSourceText::YamlSourceText(const QByteArray &text)
    : m_text(text)
{
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == '\n')
            m_lineStarts.push_back(i + 1);
    }
    m_crlf = m_text.contains("\r\n");
}

qsizetype YamlSourceText::offsetOf(const YamlNode &node) const
{
    if (node.line() <= 0 || node.column() <= 0 || std::size_t(node.line()) > m_lineStarts.size())
        return -1;
    const qsizetype offset = m_lineStarts[std::size_t(node.line() - 1)] + node.column() - 1;
    const qsizetype lineEnd = std::size_t(node.line()) < m_lineStarts.size()
                                  ? m_lineStarts[std::size_t(node.line())]
                                  : m_text.size();
    return offset <= lineEnd ? offset : -1;
}

qsizetype YamlSourceText::lineStart(qsizetype offset) const
{
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return *(next - 1);
}

qsizetype YamlSourceText::nextLineStart(qsizetype offset) const
{
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return next == m_lineStarts.end() ? m_text.size() : *next;
}

bool YamlSourceText::onlySpaceBefore(qsizetype offset) const
{
    for (qsizetype i = lineStart(offset); i < offset; ++i) {
        if (!isSpace(m_text.at(i)))
            return false;
    }
    return true;
}

QByteArray YamlSourceText::indentOfLine(qsizetype offset) const
{
    const qsizetype begin = lineStart(offset);
    qsizetype i = begin;
    while (i < m_text.size() && m_text.at(i) == ' ')
        ++i;
    return m_text.mid(begin, i - begin);
}

qsizetype YamlSourceText::scalarEnd(qsizetype offset, bool inFlow) const
{
    if (offset < 0 || offset >= m_text.size())
        return -1;
    const char first = m_text.at(offset);
    if (first == '"') {
        for (qsizetype i = offset + 1; i < m_text.size(); ++i) {
            const char c = m_text.at(i);
            if (c == '\\')
                ++i;
            else if (c == '"')
                return i + 1;
            else if (c == '\n')
                return -1;
        }
        return -1;
    }
    if (first == '\'') {
        for (qsizetype i = offset + 1; i < m_text.size(); ++i) {
            const char c = m_text.at(i);
            if (c == '\'' && i + 1 < m_text.size() && m_text.at(i + 1) == '\'')
                ++i;
            else if (c == '\'')
                return i + 1;
            else if (c == '\n')
                return -1;
        }
        return -1;
    }
    if (first == '|' || first == '>' || first == '{' || first == '[')
        return -1;
    qsizetype end = offset;
    for (qsizetype i = offset; i < m_text.size(); ++i) {
        const char c = m_text.at(i);
        if (c == '\n' || c == '\r')
            break;
        if (c == '#' && i > offset && isSpace(m_text.at(i - 1)))
            break;
        if (inFlow && (c == ',' || c == ']' || c == '}'))
            break;
        if (!isSpace(c))
            end = i + 1;
    }
    return end;
}

qsizetype YamlSourceText::flowEnd(qsizetype offset) const
{
    if (offset < 0 || offset >= m_text.size() ||
        (m_text.at(offset) != '{' && m_text.at(offset) != '['))
        return -1;
    int depth = 0;
    for (qsizetype i = offset; i < m_text.size(); ++i) {
        const char c = m_text.at(i);
        if (c == '"' || c == '\'') {
            // A quote inside a plain scalar (`a'b`) is text: only one after an indicator or
            // a space opens a quoted scalar.
            const char before = i > offset ? m_text.at(i - 1) : ' ';
            if (isWhitespace(before) || before == '{' || before == '[' || before == ',' ||
                before == ':') {
                qsizetype j = i + 1;
                for (; j < m_text.size(); ++j) {
                    const char q = m_text.at(j);
                    if (c == '"' && q == '\\') {
                        ++j;
                    } else if (q == c) {
                        if (c == '\'' && j + 1 < m_text.size() && m_text.at(j + 1) == '\'')
                            ++j;
                        else
                            break;
                    }
                }
                i = j;
            }
        } else if (c == '#' && i > offset && isWhitespace(m_text.at(i - 1))) {
            while (i < m_text.size() && m_text.at(i) != '\n')
                ++i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

qsizetype YamlSourceText::nodeEnd(const YamlNode &node, bool inFlow) const
{
    const qsizetype offset = offsetOf(node);
    if (offset < 0)
        return -1;
    if (node.isMap() || node.isSequence())
        return node.isFlow() ? flowEnd(offset) : -1;
    return scalarEnd(offset, inFlow);
}

qsizetype YamlSourceText::trimTrailing(qsizetype begin, qsizetype end, int indent) const
{
    while (end > begin) {
        const qsizetype previous = lineStart(end - 1);
        qsizetype i = previous;
        while (i < end && isSpace(m_text.at(i)))
            ++i;
        const bool blank = i == end || m_text.at(i) == '\n' || m_text.at(i) == '\r';
        const bool outerComment = i < end && m_text.at(i) == '#' && i - previous <= indent;
        if (!blank && !outerComment)
            break;
        end = previous;
    }
    return end;
}

qsizetype YamlSourceText::documentEnd(qsizetype from) const
{
    for (qsizetype line = nextLineStart(from); line < m_text.size(); line = nextLineStart(line)) {
        const QByteArray head = m_text.mid(line, 4);
        if ((head.startsWith("---") || head.startsWith("...")) &&
            (head.size() == 3 || isWhitespace(head.at(3))))
            return line;
    }
    return m_text.size();
}

qsizetype YamlSourceText::skipSpaceForward(qsizetype offset) const
{
    while (offset < m_text.size() && isWhitespace(m_text.at(offset)))
        ++offset;
    return offset;
}

qsizetype YamlSourceText::skipSpaceBackward(qsizetype offset) const
{
    while (offset > 0 && isWhitespace(m_text.at(offset - 1)))
        --offset;
    return offset;
}
