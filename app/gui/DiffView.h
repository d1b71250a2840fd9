#pragma once

#include <QPlainTextEdit>

// A read-only, monospace before/after preview of a unified diff: added lines on a green
// tint, removed lines on a red one, across the full width. The tints are derived from the
// palette's base colour (pale on a light theme, deep on a dark one) and follow a palette
// change. Very long lines (certificate data) are shortened for display only.
class DiffView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    void setDiff(const QString &diff);
    QString diff() const { return m_diff; }
    // A message instead of a diff (nothing selected, an error).
    void setPlaceholder(const QString &text);

    // The tint for added (hue 120) or removed (hue 0) lines on `base`.
    static QColor tint(const QColor &base, int hue);
    static constexpr int MaxLineLength = 140;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTints();

    QString m_diff;
};
