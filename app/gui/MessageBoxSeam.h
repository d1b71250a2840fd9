#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

// Every question and notice the window asks goes through here, so widget tests never block
// on a modal dialog: a test queues the answers (setNextAnswer) or turns on test mode, where
// an unqueued question gets its default button and is recorded (lastText) instead of shown.
class MessageBoxSeam
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Test seam.
    static void setTestMode(bool on);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void clear();
    static QString lastText();
    static int askedCount();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent,
                                           const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};
