#include "LineDiff.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace {

enum class Op { Equal, Delete, Insert };

struct Edit
{
    Op op;
    int a; // line index in before (Equal, Delete)
    int b; // line index in after (Equal, Insert)
};

class Differ
{
public:
    Differ(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a)
        , m_b(b)
    {}

    std::vector<Edit> run()
    {
        diff(0, int(m_a.size()), 0, int(m_b.size()));
        return m_edits;
    }

private:
    void diff(int a0, int a1, int b0, int b1)
    {
        // Common prefix and suffix.
        while (a0 < a1 && b0 < b1 && m_a[std::size_t(a0)] == m_b[std::size_t(b0)]) {
            m_edits.push_back({Op::Equal, a0++, b0++});
        }
        std::vector<Edit> suffix;
        while (a0 < a1 && b0 < b1 && m_a[std::size_t(a1 - 1)] == m_b[std::size_t(b1 - 1)]) {
            --a1;
            --b1;
            suffix.push_back({Op::Equal, a1, b1});
        }
        if (a0 == a1 || b0 == b1) {
            for (int i = a0; i < a1; ++i)
                m_edits.push_back({Op::Delete, i, b0});
            for (int j = b0; j < b1; ++j)
                m_edits.push_back({Op::Insert, a1, j});
        } else if (!patience(a0, a1, b0, b1)) {
            lcs(a0, a1, b0, b1);
        }
        m_edits.insert(m_edits.end(), suffix.rbegin(), suffix.rend());
    }

    // Anchors on lines that occur once on each side; false when there are none.
    bool patience(int a0, int a1, int b0, int b1)
    {
        QHash<int, int> countA, countB, posA, posB;
        for (int i = a0; i < a1; ++i) {
            countA[m_a[std::size_t(i)]]++;
            posA[m_a[std::size_t(i)]] = i;
        }
        for (int j = b0; j < b1; ++j) {
            countB[m_b[std::size_t(j)]]++;
            posB[m_b[std::size_t(j)]] = j;
        }
        // Unique common lines in the order of b, with their a position.
        std::vector<std::pair<int, int>> pairs; // (aPos, bPos)
        for (int j = b0; j < b1; ++j) {
            const int line = m_b[std::size_t(j)];
            if (countB.value(line) == 1 && countA.value(line) == 1)
                pairs.push_back({posA.value(line), j});
        }
        if (pairs.empty())
            return false;
        // Longest increasing subsequence of a positions (patience sorting).
        std::vector<int> tails; // index into pairs
        std::vector<int> prev(pairs.size(), -1);
        for (std::size_t k = 0; k < pairs.size(); ++k) {
            auto it = std::lower_bound(
                tails.begin(), tails.end(), pairs[k].first,
                [&](int idx, int value) { return pairs[std::size_t(idx)].first < value; });
            if (it != tails.begin())
                prev[k] = *(it - 1);
            if (it == tails.end())
                tails.push_back(int(k));
            else
                *it = int(k);
        }
        std::vector<std::pair<int, int>> anchors;
        for (int k = tails.back(); k >= 0; k = prev[std::size_t(k)])
            anchors.push_back(pairs[std::size_t(k)]);
        std::reverse(anchors.begin(), anchors.end());
        int pa = a0, pb = b0;
        for (const auto &[ai, bj] : anchors) {
            diff(pa, ai, pb, bj);
            m_edits.push_back({Op::Equal, ai, bj});
            pa = ai + 1;
            pb = bj + 1;
        }
        diff(pa, a1, pb, b1);
        return true;
    }

    void lcs(int a0, int a1, int b0, int b1)
    {
        const int n = a1 - a0, m = b1 - b0;
        if (qint64(n) * qint64(m) > 4'000'000) {
            // Too big to align line by line: show it as replaced.
            for (int i = a0; i < a1; ++i)
                m_edits.push_back({Op::Delete, i, b0});
            for (int j = b0; j < b1; ++j)
                m_edits.push_back({Op::Insert, a1, j});
            return;
        }
        std::vector<int> table(std::size_t((n + 1) * (m + 1)), 0);
        auto at = [&](int i, int j) -> int & {
            return table[std::size_t(i * (m + 1) + j)];
        };
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j) {
                at(i, j) = m_a[std::size_t(a0 + i)] == m_b[std::size_t(b0 + j)]
                               ? at(i + 1, j + 1) + 1
                               : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        int i = 0, j = 0;
        while (i < n && j < m) {
            if (m_a[std::size_t(a0 + i)] == m_b[std::size_t(b0 + j)]) {
                m_edits.push_back({Op::Equal, a0 + i, b0 + j});
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                m_edits.push_back({Op::Delete, a0 + i++, b0 + j});
            } else {
                m_edits.push_back({Op::Insert, a0 + i, b0 + j++});
            }
        }
        for (; i < n; ++i)
            m_edits.push_back({Op::Delete, a0 + i, b0 + m});
        for (; j < m; ++j)
            m_edits.push_back({Op::Insert, a0 + n, b0 + j});
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<Edit> m_edits;
};

QStringList splitLines(const QByteArray &text)
{
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

QString range(int start, int count)
{
    // Unified diff: a 1-based start; an empty range names the line before it.
    if (count == 0)
        return QStringLiteral("%1,0").arg(start);
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(start + 1).arg(count);
}

} // namespace

QString LineDiff::unified(const QByteArray &before, const QByteArray &after,
                          const QString &labelBefore, const QString &labelAfter, int contextLines)
{
    if (before == after)
        return QString();
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);
    QHash<QString, int> ids;
    std::vector<int> ia, ib;
    ia.reserve(std::size_t(a.size()));
    ib.reserve(std::size_t(b.size()));
    for (const QString &line : a)
        ia.push_back(ids.insert(line, ids.value(line, int(ids.size()))).value());
    for (const QString &line : b)
        ib.push_back(ids.insert(line, ids.value(line, int(ids.size()))).value());
    const std::vector<Edit> edits = Differ(ia, ib).run();

    QString out;
    out += QStringLiteral("--- %1\n+++ %2\n").arg(labelBefore, labelAfter);
    const int total = int(edits.size());
    int i = 0;
    bool anyChange = false;
    while (i < total) {
        // Find the next change.
        while (i < total && edits[std::size_t(i)].op == Op::Equal)
            ++i;
        if (i >= total)
            break;
        anyChange = true;
        int start = std::max(0, i - contextLines);
        // Extend the hunk while changes are within 2*context of each other.
        int end = i;
        int lastChange = i;
        while (end < total) {
            if (edits[std::size_t(end)].op != Op::Equal)
                lastChange = end;
            else if (end - lastChange > 2 * contextLines)
                break;
            ++end;
        }
        end = std::min(total, lastChange + contextLines + 1);
        int aStart = -1, bStart = -1, aCount = 0, bCount = 0;
        QString body;
        for (int k = start; k < end; ++k) {
            const Edit &e = edits[std::size_t(k)];
            if (aStart < 0) {
                aStart = e.a;
                bStart = e.b;
            }
            switch (e.op) {
            case Op::Equal:
                body += QLatin1Char(' ') + a.at(e.a) + QLatin1Char('\n');
                ++aCount;
                ++bCount;
                break;
            case Op::Delete:
                body += QLatin1Char('-') + a.at(e.a) + QLatin1Char('\n');
                ++aCount;
                break;
            case Op::Insert:
                body += QLatin1Char('+') + b.at(e.b) + QLatin1Char('\n');
                ++bCount;
                break;
            }
        }
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(aStart, aCount), range(bStart, bCount));
        out += body;
        i = end;
    }
    if (!anyChange) {
        // Same lines, different line ends or final newline.
        out += QStringLiteral("@@ line endings or the final newline differ @@\n");
    }
    return out;
}

QString LineDiff::forChanges(const QList<FileChange> &changes)
{
    QString out;
    for (const FileChange &change : changes) {
        out += unified(change.contentBefore, change.content,
                       change.existedBefore ? change.path + QStringLiteral(" (before)")
                                            : QStringLiteral("/dev/null"),
                       change.note.isEmpty()
                           ? change.path + QStringLiteral(" (after)")
                           : QStringLiteral("%1 (after; %2)").arg(change.path, change.note));
    }
    return out;
}
