#include "TextTable.h"

#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace {
const int columnGap = 2;
}

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
    , m_minWidth(int(headers.size()), -1)
{}

void TextTable::setShrinkable(int column, int minWidth)
{
    m_minWidth[column] = minWidth;
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::elideMiddle(const QString &text, int width)
{
    if (text.size() <= width)
        return text;
    if (width <= 1)
        return text.left(width);
    // Keep a little more of the end: names and hosts differ most at their end.
    const int tail = width / 2;
    const int head = width - 1 - tail;
    return text.left(head) + QChar(0x2026) + text.right(tail);
}

int TextTable::terminalColumns()
{
#ifdef Q_OS_UNIX
    if (!::isatty(STDOUT_FILENO))
        return 0;
    struct winsize size = {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
#endif
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : 80;
}

QString TextTable::render(int maxWidth) const
{
    const int columns = int(m_headers.size());
    QList<int> widths(columns, 0);
    for (int c = 0; c < columns; ++c) {
        widths[c] = int(m_headers.at(c).size());
        for (const QStringList &row : m_rows)
            widths[c] = std::max(widths[c], int(row.value(c).size()));
    }

    int total = columnGap * (columns - 1);
    for (int w : widths)
        total += w;
    // Shrink the widest shrinkable column one step at a time: the cut spreads over the
    // columns that have most to give.
    while (total > maxWidth) {
        int widest = -1;
        for (int c = 0; c < columns; ++c) {
            if (m_minWidth.at(c) >= 0 && widths.at(c) > m_minWidth.at(c) &&
                (widest < 0 || widths.at(c) > widths.at(widest)))
                widest = c;
        }
        if (widest < 0)
            break;
        --widths[widest];
        --total;
    }

    QString text;
    auto renderRow = [&](const QStringList &cells) {
        QString line;
        for (int c = 0; c < columns; ++c) {
            const QString cell = elideMiddle(cells.value(c), widths.at(c));
            line += c + 1 < columns ? cell.leftJustified(widths.at(c) + columnGap) : cell;
        }
        // Trailing blanks of an empty last cell help nobody.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    };
    renderRow(m_headers);
    for (const QStringList &row : m_rows)
        renderRow(row);
    return text;
}
