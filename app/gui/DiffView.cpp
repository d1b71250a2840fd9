#include "DiffView.h"

#include <QEvent>
#include <QFontDatabase>
#include <QTextBlock>

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

QColor DiffView::tint(const QColor &base, int hue)
{
    const int lightness = base.lightness();
    const int tinted = lightness > 127 ? qMax(0, lightness - 30) : qMin(255, lightness + 36);
    return QColor::fromHsl(hue, 120, tinted);
}

void DiffView::setDiff(const QString &diff)
{
    m_diff = diff;
    QStringList lines = diff.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.size() > MaxLineLength)
            line = line.left(MaxLineLength - 1) + QChar(0x2026); // an ellipsis
    }
    setPlainText(lines.join(QLatin1Char('\n')));
    updateTints();
}

void DiffView::setPlaceholder(const QString &text)
{
    m_diff.clear();
    clear();
    setPlaceholderText(text);
    setExtraSelections({});
}

void DiffView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateTints();
}

void DiffView::updateTints()
{
    const QColor base = palette().color(QPalette::Base);
    const QColor added = tint(base, 120);
    const QColor removed = tint(base, 0);
    QList<QTextEdit::ExtraSelection> selections;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        const bool header =
            text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"));
        QTextEdit::ExtraSelection selection;
        if (header) {
            selection.format.setFontWeight(QFont::Bold);
        } else if (text.startsWith(QLatin1Char('+'))) {
            selection.format.setBackground(added);
        } else if (text.startsWith(QLatin1Char('-'))) {
            selection.format.setBackground(removed);
        } else if (text.startsWith(QLatin1String("@@"))) {
            selection.format.setForeground(palette().color(QPalette::PlaceholderText));
        } else {
            continue;
        }
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(block);
        selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    setExtraSelections(selections);
}
