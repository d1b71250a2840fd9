#pragma once

#include "kubeconfig/yaml/YamlNode.h"
#include "kubeconfig/yaml/YamlSourceText.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Writes an edited kubeconfig as splices on the bytes it was read from, so that the diff
// of an edit is the lines the edit needs and nothing else: a changed scalar's span is
// replaced, a removed field or entry loses its lines, a new field or entry is inserted
// next to its neighbours in the file's indentation (JSON stays JSON, commas kept right).
// Comments, blank lines, quoting, flow/block style, key order, CRLF of everything else
// stay byte-identical.
//
// The result is read back and compared with the intended tree. When it differs, or a
// change cannot be spliced (a field that came from an anchor or merge key, a block
// scalar, an empty flow mapping), each changed entry is re-written whole in the file's
// layout; when even that does not read back as intended, the whole file is written in
// kubectl's layout (YamlWriter) as before. The file never means anything but the
// intended tree.
class KubeconfigSplicer
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigSplicer)

public:
    enum class Method {
        Spliced,          // only the changed lines
        EntriesRewritten, // some entries written whole (rewrittenEntries)
        WholeFile,        // the whole file in kubectl's layout
    };
    struct Outcome
    {
        QByteArray text;
        Method method = Method::Spliced;
        QStringList rewrittenEntries; // "clusters/NAME", ...
    };

    // `text`: the original bytes without a BOM; `before`: the tree read from them;
    // `after`: the intended tree. `path` is used in log lines only.
    static Outcome write(const QByteArray &text, const YamlNode &before, const YamlNode &after,
                         bool json, const QString &path);
    // What a preview says when more than the edited lines is written; empty when spliced.
    static QString describe(const Outcome &outcome);

private:
    enum class Level { Splices, Entries };
    struct Edit
    {
        qsizetype begin;
        qsizetype end;
        QByteArray text;
    };

    KubeconfigSplicer(const QByteArray &text, Level level);

    std::optional<QByteArray> splice(const YamlNode &before, const YamlNode &after);
    std::optional<QByteArray> applyEdits();

    bool spliceMap(const YamlNode &old, const YamlNode &now, qsizetype boundary, bool root);
    bool spliceValue(const YamlNode &old, int index, const YamlNode &value, qsizetype boundary,
                     bool root);
    bool spliceSection(const QString &section, const YamlNode &old, const YamlNode &now,
                       qsizetype boundary);
    // `begin`..`end`: the entry's whole lines in a block list, its `{...}` in a flow one.
    bool spliceEntry(const QString &label, const YamlNode &old, const YamlNode &now,
                     qsizetype begin, qsizetype end, const QByteArray &indent, bool flowList);

    bool replaceScalar(const YamlNode &old, const YamlNode &now, bool flow);
    bool replacePair(const YamlNode &old, int index, const YamlNode &value, qsizetype boundary);
    bool removePair(const YamlNode &old, int index, qsizetype boundary);
    bool insertPair(const YamlNode &old, const YamlNode &now, int index, qsizetype boundary);
    // Removes a flow item or pair with the comma that separates it from its neighbour.
    void removeFlowSpan(qsizetype begin, qsizetype end);

    // Where the pair at `index` of a mapping ends: the next key after it, else `boundary`.
    qsizetype pairEnd(const YamlNode &map, int index, qsizetype boundary) const;
    // The whole lines of a block pair (comments before what follows excluded); false when
    // the key does not start its line.
    bool pairLines(const YamlNode &map, int index, qsizetype boundary, qsizetype *begin,
                   qsizetype *end) const;
    qsizetype lineFloor(qsizetype offset) const;
    bool inside(const YamlNode &node, qsizetype begin, qsizetype end) const;

    QByteArray block(const YamlNode &root, const QByteArray &indent) const;
    QByteArray flow(const YamlNode &node, const QByteArray &indent) const;
    QByteArray lineEnd() const;

    YamlSourceText m_source;
    Level m_level;
    std::vector<Edit> m_edits;
    QStringList m_rewritten;
};
