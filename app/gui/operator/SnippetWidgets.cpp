#include "SnippetWidgets.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

QPlainTextEdit *SnippetWidgets::outputBox(const QString &accessibleName, const QString &objectName,
                                          QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setReadOnly(true);
    box->setLineWrapMode(QPlainTextEdit::NoWrap);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setAccessibleName(accessibleName);
    box->setObjectName(objectName);
    // Never squeezed below a few lines: the page scrolls instead (small windows).
    box->setMinimumHeight(box->fontMetrics().lineSpacing() * 4 + 2 * box->frameWidth() + 8);
    return box;
}

QPushButton *SnippetWidgets::button(const QString &text, const QString &accessibleName,
                                    const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(accessibleName);
    button->setObjectName(objectName);
    return button;
}

QLabel *SnippetWidgets::errorLabel(const QString &accessibleName, const QString &objectName,
                                   QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void SnippetWidgets::show(const Result<QString> &snippet, QPlainTextEdit *output, QLabel *error,
                          QPushButton *copy)
{
    output->setPlainText(snippet ? snippet.value() : QString());
    error->setText(snippet.error());
    error->setVisible(!snippet);
    copy->setEnabled(snippet.ok());
}
