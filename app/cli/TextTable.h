#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A plain-text table for terminals: columns padded to their widest cell, and when the
// table is wider than `maxWidth`, the shrinkable columns cut (in the middle, with "…", so
// both the start and the distinguishing end of a long name stay visible).
class TextTable
{
public:
    explicit TextTable(const QStringList &headers);

    // A column that may be cut down to `minWidth` characters when the table is too wide.
    void setShrinkable(int column, int minWidth);
    void addRow(const QStringList &cells);

    QString render(int maxWidth = 100) const;

    static QString elideMiddle(const QString &text, int width);
    // The width of the terminal standard output is, or 0 when it is not a terminal (a pipe,
    // a file): output for another program is never cut. $COLUMNS when the terminal does not
    // say, else 80.
    static int terminalColumns();

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_minWidth; // -1: never cut
};
