#pragma once

#include "kubeconfig/Result.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QString;
class QWidget;

// The pieces every operator setup tab is made of: a read-only monospace box for a snippet,
// a button with an accessible name, and a hidden word-wrapped label for a refusal.
class SnippetWidgets
{
public:
    static QPlainTextEdit *outputBox(const QString &accessibleName, const QString &objectName,
                                     QWidget *parent);
    static QPushButton *button(const QString &text, const QString &accessibleName,
                               const QString &objectName, QWidget *parent);
    static QLabel *errorLabel(const QString &accessibleName, const QString &objectName,
                              QWidget *parent);
    // A generated snippet in `output` with `copy` enabled, or its refusal shown in `error`
    // with the box empty and `copy` disabled.
    static void show(const Result<QString> &snippet, QPlainTextEdit *output, QLabel *error,
                     QPushButton *copy);
};
