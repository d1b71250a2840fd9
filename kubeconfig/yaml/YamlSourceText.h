#pragma once

#include "kubeconfig/yaml/YamlNode.h"

#include <QByteArray>

#include <vector>

// The bytes a YAML tree was read from, with the geometry a splice needs: where a node
// starts (its 1-based line and column, as yaml-cpp counts them: bytes), where a scalar or
// a flow collection ends, where lines start, which lines are blank or comments. Offsets
// are byte offsets into the text; -1 means "not found here" (the caller then falls back).
class YamlSourceText
{
public:
    explicit YamlSourceText(const QByteArray &text);

    const QByteArray &bytes() const { return m_text; }
    qsizetype size() const { return m_text.size(); }

    // Where `node` starts; -1 for a node made in memory or outside the text.
    qsizetype offsetOf(const YamlNode &node) const;
    // Start of the line holding `offset`.
    qsizetype lineStart(qsizetype offset) const;
    // Start of the line after the one holding `offset` (size() on the last line).
    qsizetype nextLineStart(qsizetype offset) const;
    // Only spaces between the line's start and `offset`.
    bool onlySpaceBefore(qsizetype offset) const;
    // Leading spaces of the line holding `offset`.
    QByteArray indentOfLine(qsizetype offset) const;

    // End (exclusive) of the scalar starting at `offset`: after its closing quote, or after
    // the last non-blank byte of a plain scalar (in flow context `,` `]` `}` end it too).
    // -1 when it goes on past its line or is a block scalar (`|`, `>`).
    qsizetype scalarEnd(qsizetype offset, bool inFlow) const;
    // End (exclusive) of the flow collection (`{`/`[`) starting at `offset`; -1 if unmatched.
    qsizetype flowEnd(qsizetype offset) const;
    // End of a scalar or flow-collection node; -1 when not on one line / not flow.
    qsizetype nodeEnd(const YamlNode &node, bool inFlow) const;

    // `end` (a line start) moved back over blank lines and comment lines whose `#` is at
    // most at column `indent` (0-based): those belong to what follows, not to what ends.
    qsizetype trimTrailing(qsizetype begin, qsizetype end, int indent) const;
    // Start of the `---` / `...` line that ends the document begun before `from`, else size().
    qsizetype documentEnd(qsizetype from) const;

    qsizetype skipSpaceForward(qsizetype offset) const; // first non-whitespace at/after
    qsizetype
    skipSpaceBackward(qsizetype offset) const; // just after the last non-whitespace before

    bool isCrlf() const { return m_crlf; }

private:
    QByteArray m_text;
    std::vector<qsizetype> m_lineStarts;
    bool m_crlf = false;
};
