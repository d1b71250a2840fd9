#include "KubeconfigSplicer.h"

#include "kubeconfig/KubeconfigLogging.h"
#include "kubeconfig/yaml/YamlReader.h"
#include "kubeconfig/yaml/YamlWriter.h"

#include <QHash>

#include <algorithm>

namespace {

bool isSection(const QString &key)
{
    return key == QLatin1String("clusters") || key == QLatin1String("contexts") ||
           key == QLatin1String("users");
}

bool isValue(const YamlNode &node)
{
    return node.isScalar() || node.isNull();
}

// The names of a list's entries by position; false when an entry has no name, a name
// twice, or is not a mapping (such a list is written whole).
bool entryNames(const YamlNode &list, QStringList *names, QHash<QString, int> *index)
{
    for (int i = 0; i < list.size(); ++i) {
        const YamlNode &item = list.at(i);
        const YamlNode *name = item.isMap() ? item.find(QStringLiteral("name")) : nullptr;
        if (!name || !name->isScalar() || index->contains(name->text()))
            return false;
        index->insert(name->text(), i);
        names->append(name->text());
    }
    return true;
}

QByteArray withIndent(const QByteArray &text, const QByteArray &indent)
{
    QByteArray out;
    out.reserve(text.size() + 16 * indent.size());
    qsizetype begin = 0;
    while (begin < text.size()) {
        qsizetype end = text.indexOf('\n', begin);
        end = end < 0 ? text.size() : end + 1;
        if (end - begin > 1)
            out += indent;
        out += text.mid(begin, end - begin);
        begin = end;
    }
    return out;
}

YamlNode singlePair(const YamlNode &key, const YamlNode &value)
{
    YamlNode map = YamlNode::map();
    map.appendEntry(key, value);
    return map;
}

bool readsAsIntended(const QByteArray &text, const YamlNode &after, const QString &path)
{
    const Result<YamlNode> parsed = YamlReader::parse(text, path);
    return parsed.ok() && parsed.value().sameContent(after);
}

// The bytes from the `---` / `...` line that ends the document holding `before` on: the
// documents kubectl ignores, kept byte for byte when the first is written whole. Empty when
// the file holds one document.
QByteArray furtherDocuments(const QByteArray &text, const YamlNode &before)
{
    const YamlSourceText source(text);
    const qsizetype start = source.offsetOf(before);
    return start < 0 ? QByteArray() : text.mid(source.documentEnd(start));
}

} // namespace

KubeconfigSplicer::KubeconfigSplicer(const QByteArray &text, Level level)
    : m_source(text)
    , m_level(level)
{}

KubeconfigSplicer::Outcome KubeconfigSplicer::write(const QByteArray &text, const YamlNode &before,
                                                    const YamlNode &after, bool json,
                                                    const QString &path)
{
    if (before.isMap() && after.isMap()) {
        for (Level level : {Level::Splices, Level::Entries}) {
            KubeconfigSplicer splicer(text, level);
            const std::optional<QByteArray> spliced = splicer.splice(before, after);
            if (!spliced) {
                qCDebug(lcKubeconfig) << path << "cannot be spliced at level" << int(level);
                continue;
            }
            if (!readsAsIntended(*spliced, after, path)) {
                qCWarning(lcKubeconfig).noquote()
                    << QStringLiteral("%1: a spliced edit did not read back as intended; %2")
                           .arg(path, level == Level::Splices
                                          ? QStringLiteral("writing the changed entries whole")
                                          : QStringLiteral("writing the whole file"));
                continue;
            }
            Outcome outcome;
            outcome.text = *spliced;
            outcome.rewrittenEntries = splicer.m_rewritten;
            outcome.method =
                splicer.m_rewritten.isEmpty() ? Method::Spliced : Method::EntriesRewritten;
            if (!outcome.rewrittenEntries.isEmpty()) {
                qCInfo(lcKubeconfig).noquote()
                    << QStringLiteral("%1: entries written whole: %2")
                           .arg(path, outcome.rewrittenEntries.join(QLatin1String(", ")));
            }
            return outcome;
        }
    }
    qCInfo(lcKubeconfig).noquote()
        << QStringLiteral("%1: written whole in kubectl's layout").arg(path);
    Outcome outcome;
    outcome.method = Method::WholeFile;
    outcome.text = json ? YamlWriter::toJson(after) : YamlWriter::toYaml(after);
    if (text.contains("\r\n"))
        outcome.text.replace("\n", "\r\n");
    if (const QByteArray further = json ? QByteArray() : furtherDocuments(text, before);
        !further.isEmpty()) {
        if (!outcome.text.endsWith('\n'))
            outcome.text += text.contains("\r\n") ? "\r\n" : "\n";
        outcome.text += further;
        qCInfo(lcKubeconfig).noquote()
            << QStringLiteral("%1: the documents after the first kept as they were").arg(path);
    }
    return outcome;
}

QString KubeconfigSplicer::describe(const Outcome &outcome)
{
    switch (outcome.method) {
    case Method::Spliced:
        break;
    case Method::EntriesRewritten:
        return tr("written whole: %1").arg(outcome.rewrittenEntries.join(QLatin1String(", ")));
    case Method::WholeFile:
        return tr("the whole file written in kubectl's layout: an edit could not be made in "
                  "place");
    }
    return QString();
}

std::optional<QByteArray> KubeconfigSplicer::splice(const YamlNode &before, const YamlNode &after)
{
    m_edits.clear();
    m_rewritten.clear();
    const qsizetype start = m_source.offsetOf(before);
    if (start < 0)
        return std::nullopt;
    if (!spliceMap(before, after, m_source.documentEnd(start), true))
        return std::nullopt;
    return applyEdits();
}

std::optional<QByteArray> KubeconfigSplicer::applyEdits()
{
    std::stable_sort(m_edits.begin(), m_edits.end(), [](const Edit &a, const Edit &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    const QByteArray &text = m_source.bytes();
    QByteArray out;
    out.reserve(text.size());
    qsizetype position = 0;
    for (const Edit &edit : m_edits) {
        if (edit.begin < position || edit.end < edit.begin || edit.end > text.size())
            return std::nullopt; // overlapping edits: a bug, never a half-spliced file
        out += QByteArrayView(text).sliced(position, edit.begin - position);
        out += edit.text;
        position = edit.end;
    }
    out += QByteArrayView(text).sliced(position);
    return out;
}

bool KubeconfigSplicer::spliceMap(const YamlNode &old, const YamlNode &now, qsizetype boundary,
                                  bool root)
{
    if (!old.isMap() || !now.isMap())
        return false;
    // An emptied block mapping would read as null; an empty flow one has no neighbour to
    // insert next to: the caller writes the pair whole.
    if ((!old.isFlow() && now.size() == 0) || old.size() == 0)
        return false;
    for (int i = 0; i < old.size(); ++i) {
        if (!old.keyAt(i).isScalar())
            return false;
        const int j = now.indexOf(old.keyAt(i).text());
        if (j < 0) {
            if (!removePair(old, i, boundary))
                return false;
        } else if (!old.valueAt(i).sameContent(now.valueAt(j))) {
            if (!spliceValue(old, i, now.valueAt(j), boundary, root))
                return false;
        }
    }
    for (int j = 0; j < now.size(); ++j) {
        if (!now.keyAt(j).isScalar())
            return false;
        if (old.indexOf(now.keyAt(j).text()) < 0 && !insertPair(old, now, j, boundary))
            return false;
    }
    return true;
}

bool KubeconfigSplicer::spliceValue(const YamlNode &old, int index, const YamlNode &value,
                                    qsizetype boundary, bool root)
{
    const QString key = old.keyAt(index).text();
    const YamlNode &current = old.valueAt(index);
    const std::size_t mark = m_edits.size();
    bool done = false;
    if (root && isSection(key) && current.isSequence() && value.isSequence())
        done = spliceSection(key, current, value, pairEnd(old, index, boundary));
    else if (current.isMap() && value.isMap())
        done = spliceMap(current, value, pairEnd(old, index, boundary), false);
    else if (isValue(current) && isValue(value))
        done = replaceScalar(current, value, old.isFlow());
    if (done)
        return true;
    m_edits.resize(mark);
    return replacePair(old, index, value, boundary);
}

bool KubeconfigSplicer::spliceSection(const QString &section, const YamlNode &old,
                                      const YamlNode &now, qsizetype boundary)
{
    // An emptied block list would read as null: the caller writes `key: []`.
    if (old.size() == 0 || now.size() == 0)
        return false;
    QStringList oldNames;
    QStringList newNames;
    QHash<QString, int> oldIndex;
    QHash<QString, int> newIndex;
    if (!entryNames(old, &oldNames, &oldIndex) || !entryNames(now, &newNames, &newIndex))
        return false;
    // Kept entries stay in their order; new ones come after the last kept one (a list
    // reordered otherwise is written whole).
    int lastKept = -1;
    // Which old entry each new one is: by name, or a renamed entry (same position in lists
    // of the same size, neither name in the other list).
    std::vector<int> matchOfNew(std::size_t(now.size()), -1);
    std::vector<int> matchOfOld(std::size_t(old.size()), -1);
    for (int j = 0; j < now.size(); ++j) {
        int i = oldIndex.value(newNames.at(j), -1);
        if (i < 0 && old.size() == now.size() && !newIndex.contains(oldNames.at(j)))
            i = j;
        matchOfNew[std::size_t(j)] = i;
        if (i >= 0)
            matchOfOld[std::size_t(i)] = j;
    }
    bool added = false;
    for (int j = 0; j < now.size(); ++j) {
        const int i = matchOfNew[std::size_t(j)];
        if (i < 0) {
            added = true;
            continue;
        }
        if (added || i < lastKept)
            return false;
        lastKept = i;
    }

    // Each entry's bytes: whole lines from its `-` for a block list, `{...}` for a flow one.
    const bool flowList = old.isFlow();
    std::vector<qsizetype> begins(std::size_t(old.size()));
    std::vector<qsizetype> ends(std::size_t(old.size()));
    std::vector<QByteArray> indents(std::size_t(old.size()));
    for (int i = 0; i < old.size(); ++i) {
        const qsizetype start = m_source.offsetOf(old.at(i));
        if (start < 0)
            return false;
        const std::size_t k = std::size_t(i);
        if (flowList) {
            begins[k] = start;
            ends[k] = m_source.flowEnd(start);
            indents[k] = m_source.indentOfLine(start);
            if (ends[k] < 0)
                return false;
            continue;
        }
        qsizetype dash = start;
        while (dash > 0 && m_source.bytes().at(dash) != '-' &&
               (m_source.bytes().at(dash - 1) == ' ' || m_source.bytes().at(dash - 1) == '-'))
            --dash;
        if (m_source.bytes().at(dash) != '-' || !m_source.onlySpaceBefore(dash))
            return false;
        begins[k] = m_source.lineStart(dash);
        indents[k] = QByteArray(int(dash - begins[k]), ' ');
        if (i > 0)
            ends[k - 1] =
                m_source.trimTrailing(begins[k - 1], begins[k], int(indents[k - 1].size()));
    }
    if (!flowList) {
        const std::size_t last = std::size_t(old.size() - 1);
        ends[last] =
            m_source.trimTrailing(begins[last], lineFloor(boundary), int(indents[last].size()));
        for (std::size_t k = 0; k < ends.size(); ++k) {
            if (ends[k] <= begins[k])
                return false;
        }
    }

    for (int i = 0; i < old.size(); ++i) {
        const std::size_t k = std::size_t(i);
        const int j = matchOfOld[k];
        if (j < 0) {
            if (flowList)
                removeFlowSpan(begins[k], ends[k]);
            else
                m_edits.push_back({begins[k], ends[k], QByteArray()});
        } else if (!old.at(i).sameContent(now.at(j))) {
            if (!spliceEntry(section + QLatin1Char('/') + oldNames.at(i), old.at(i), now.at(j),
                             begins[k], ends[k], indents[k], flowList))
                return false;
        }
    }

    const std::size_t last = std::size_t(old.size() - 1);
    for (int j = 0; j < now.size(); ++j) {
        if (matchOfNew[std::size_t(j)] >= 0)
            continue;
        if (flowList) {
            const qsizetype before = m_source.skipSpaceBackward(begins[last]);
            QByteArray gap = m_source.bytes().mid(before, begins[last] - before);
            if (gap.isEmpty())
                gap = " ";
            const QByteArray text = ',' + gap + flow(now.at(j), indents[last]);
            m_edits.push_back({ends[last], ends[last], text});
        } else {
            YamlNode item = YamlNode::sequence();
            item.append(now.at(j));
            QByteArray text = block(item, indents[last]);
            if (ends[last] == m_source.size() && !m_source.bytes().endsWith('\n'))
                text.prepend(lineEnd());
            m_edits.push_back({ends[last], ends[last], text});
        }
    }
    return true;
}

bool KubeconfigSplicer::spliceEntry(const QString &label, const YamlNode &old, const YamlNode &now,
                                    qsizetype begin, qsizetype end, const QByteArray &indent,
                                    bool flowList)
{
    // An entry whose fields come from an anchor or a merge key elsewhere in the file cannot
    // be edited in its own lines: it is written whole (the anchor's owner stays as it is).
    if (m_level == Level::Splices && inside(old, begin, end)) {
        const std::size_t mark = m_edits.size();
        if (spliceMap(old, now, end, false))
            return true;
        m_edits.resize(mark);
    }
    m_rewritten << label;
    if (flowList) {
        m_edits.push_back({begin, end, flow(now, indent)});
        return true;
    }
    YamlNode item = YamlNode::sequence();
    item.append(now);
    QByteArray text = block(item, indent);
    if (end == m_source.size() && !m_source.bytes().endsWith('\n'))
        text.chop(lineEnd().size());
    m_edits.push_back({begin, end, text});
    return true;
}

bool KubeconfigSplicer::replaceScalar(const YamlNode &old, const YamlNode &now, bool flowStyle)
{
    if ((old.isNull() && old.text().isEmpty()) || !old.tag().isEmpty() || !now.tag().isEmpty())
        return false;
    const qsizetype begin = m_source.offsetOf(old);
    const qsizetype end = m_source.scalarEnd(begin, flowStyle);
    if (begin < 0 || end < 0)
        return false;
    if ((old.isNull() || old.isPlain()) &&
        QString::fromUtf8(m_source.bytes().mid(begin, end - begin)) != old.text())
        return false;
    // Block: as kubectl writes `k: value`. Flow: JSON, unless the old value was plain and
    // the new one reads back the same written plain without flow indicators.
    const QByteArray pair =
        YamlWriter::toYaml(singlePair(YamlNode::scalar(QStringLiteral("k"), true), now));
    QByteArray text;
    if (pair.startsWith("k: ") && pair.indexOf('\n') == pair.size() - 1)
        text = pair.mid(3, pair.size() - 4);
    if (flowStyle) {
        const bool plain = old.isPlain() && now.isScalar() && text == now.text().toUtf8() &&
                           !text.contains(',') && !text.contains('[') && !text.contains(']') &&
                           !text.contains('{') && !text.contains('}');
        if (!plain)
            text = YamlWriter::toJson(now).trimmed();
    }
    if (text.isEmpty() || text.contains('\n'))
        return false;
    m_edits.push_back({begin, end, text});
    return true;
}

bool KubeconfigSplicer::replacePair(const YamlNode &old, int index, const YamlNode &value,
                                    qsizetype boundary)
{
    const qsizetype key = m_source.offsetOf(old.keyAt(index));
    if (key < 0)
        return false;
    if (old.isFlow()) {
        const YamlNode &current = old.valueAt(index);
        const qsizetype begin = m_source.offsetOf(current);
        const qsizetype end = m_source.nodeEnd(current, true);
        if (begin < key || end < 0)
            return false;
        m_edits.push_back({begin, end, flow(value, m_source.indentOfLine(key))});
        return true;
    }
    qsizetype begin = 0;
    qsizetype end = 0;
    if (!pairLines(old, index, boundary, &begin, &end))
        return false;
    QByteArray text = block(singlePair(old.keyAt(index), value), QByteArray(int(key - begin), ' '));
    if (end == m_source.size() && !m_source.bytes().endsWith('\n'))
        text.chop(lineEnd().size());
    m_edits.push_back({begin, end, text});
    return true;
}

bool KubeconfigSplicer::removePair(const YamlNode &old, int index, qsizetype boundary)
{
    if (old.isFlow()) {
        const qsizetype begin = m_source.offsetOf(old.keyAt(index));
        const qsizetype end = m_source.nodeEnd(old.valueAt(index), true);
        if (begin < 0 || end <= begin)
            return false;
        removeFlowSpan(begin, end);
        return true;
    }
    qsizetype begin = 0;
    qsizetype end = 0;
    if (!pairLines(old, index, boundary, &begin, &end))
        return false;
    m_edits.push_back({begin, end, QByteArray()});
    return true;
}

bool KubeconfigSplicer::insertPair(const YamlNode &old, const YamlNode &now, int index,
                                   qsizetype boundary)
{
    // Next to its neighbours in the intended order: before the next key the file has,
    // else after the previous one.
    int next = -1;
    for (int j = index + 1; j < now.size() && next < 0; ++j)
        next = old.indexOf(now.keyAt(j).text());
    int previous = -1;
    for (int j = index - 1; j >= 0 && previous < 0; --j)
        previous = old.indexOf(now.keyAt(j).text());
    const YamlNode pair = singlePair(now.keyAt(index), now.valueAt(index));

    if (old.isFlow()) {
        const YamlNode &key = now.keyAt(index);
        QByteArray text = flow(YamlNode::string(key.text()), QByteArray()) + ": ";
        if (next >= 0) {
            const qsizetype at = m_source.offsetOf(old.keyAt(next));
            if (at < 0)
                return false;
            const qsizetype before = m_source.skipSpaceBackward(at);
            QByteArray gap = m_source.bytes().mid(before, at - before);
            text += flow(now.valueAt(index), m_source.indentOfLine(at));
            m_edits.push_back({at, at, text + ',' + (gap.isEmpty() ? QByteArray(" ") : gap)});
            return true;
        }
        if (previous < 0)
            return false;
        const qsizetype at = m_source.offsetOf(old.keyAt(previous));
        const qsizetype end = m_source.nodeEnd(old.valueAt(previous), true);
        if (at < 0 || end < 0)
            return false;
        const qsizetype before = m_source.skipSpaceBackward(at);
        QByteArray gap = m_source.bytes().mid(before, at - before);
        text += flow(now.valueAt(index), m_source.indentOfLine(at));
        m_edits.push_back({end, end, ',' + (gap.isEmpty() ? QByteArray(" ") : gap) + text});
        return true;
    }

    if (next >= 0) {
        const qsizetype at = m_source.offsetOf(old.keyAt(next));
        if (at >= 0 && m_source.onlySpaceBefore(at)) {
            const qsizetype line = m_source.lineStart(at);
            m_edits.push_back({line, line, block(pair, QByteArray(int(at - line), ' '))});
            return true;
        }
    }
    if (previous < 0)
        return false;
    const qsizetype key = m_source.offsetOf(old.keyAt(previous));
    if (key < 0)
        return false;
    const qsizetype line = m_source.lineStart(key);
    const qsizetype at =
        m_source.trimTrailing(line, lineFloor(pairEnd(old, previous, boundary)), int(key - line));
    if (at <= line)
        return false;
    QByteArray text = block(pair, QByteArray(int(key - line), ' '));
    if (at == m_source.size() && !m_source.bytes().endsWith('\n'))
        text.prepend(lineEnd());
    m_edits.push_back({at, at, text});
    return true;
}

void KubeconfigSplicer::removeFlowSpan(qsizetype begin, qsizetype end)
{
    const QByteArray &text = m_source.bytes();
    const qsizetype after = m_source.skipSpaceForward(end);
    if (after < text.size() && text.at(after) == ',') {
        m_edits.push_back({begin, m_source.skipSpaceForward(after + 1), QByteArray()});
        return;
    }
    const qsizetype before = m_source.skipSpaceBackward(begin);
    if (before > 0 && text.at(before - 1) == ',') {
        m_edits.push_back({before - 1, end, QByteArray()});
        return;
    }
    m_edits.push_back({before, end, QByteArray()});
}

qsizetype KubeconfigSplicer::pairEnd(const YamlNode &map, int index, qsizetype boundary) const
{
    const qsizetype key = m_source.offsetOf(map.keyAt(index));
    qsizetype end = boundary;
    for (int i = 0; i < map.size(); ++i) {
        const qsizetype other = m_source.offsetOf(map.keyAt(i));
        if (other > key && other < end)
            end = other;
    }
    return end;
}

bool KubeconfigSplicer::pairLines(const YamlNode &map, int index, qsizetype boundary,
                                  qsizetype *begin, qsizetype *end) const
{
    const qsizetype key = m_source.offsetOf(map.keyAt(index));
    if (key < 0 || !m_source.onlySpaceBefore(key))
        return false;
    *begin = m_source.lineStart(key);
    *end =
        m_source.trimTrailing(*begin, lineFloor(pairEnd(map, index, boundary)), int(key - *begin));
    return *end > *begin;
}

qsizetype KubeconfigSplicer::lineFloor(qsizetype offset) const
{
    return offset >= m_source.size() ? m_source.size() : m_source.lineStart(offset);
}

bool KubeconfigSplicer::inside(const YamlNode &node, qsizetype begin, qsizetype end) const
{
    if (!(node.isNull() && node.text().isEmpty())) {
        const qsizetype at = m_source.offsetOf(node);
        if (at < begin || at >= end)
            return false;
    }
    if (node.isMap()) {
        for (int i = 0; i < node.size(); ++i) {
            if (!inside(node.keyAt(i), begin, end) || !inside(node.valueAt(i), begin, end))
                return false;
        }
    } else if (node.isSequence()) {
        for (int i = 0; i < node.size(); ++i) {
            if (!inside(node.at(i), begin, end))
                return false;
        }
    }
    return true;
}

QByteArray KubeconfigSplicer::block(const YamlNode &root, const QByteArray &indent) const
{
    QByteArray text = withIndent(YamlWriter::toYaml(root), indent);
    if (m_source.isCrlf())
        text.replace("\n", "\r\n");
    return text;
}

QByteArray KubeconfigSplicer::flow(const YamlNode &node, const QByteArray &indent) const
{
    QByteArray text = YamlWriter::toJson(node);
    text.chop(1);
    const QByteArray newline = lineEnd() + indent;
    text.replace("\n", newline);
    return text;
}

QByteArray KubeconfigSplicer::lineEnd() const
{
    return m_source.isCrlf() ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}
