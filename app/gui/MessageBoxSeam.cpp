#include "MessageBoxSeam.h"

namespace {

struct SeamState
{
    bool testMode = false;
    QList<QMessageBox::StandardButton> answers;
    QString lastText;
    int asked = 0;
};

SeamState &state()
{
    static SeamState s;
    return s;
}

} // namespace

QMessageBox::StandardButton MessageBoxSeam::ask(QMessageBox::Icon icon, QWidget *parent,
                                                const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    SeamState &s = state();
    s.lastText = text;
    ++s.asked;
    if (!s.answers.isEmpty())
        return s.answers.takeFirst();
    if (s.testMode)
        return defaultButton;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBoxSeam::question(QWidget *parent, const QString &title,
                                                     const QString &text,
                                                     QMessageBox::StandardButtons buttons,
                                                     QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBoxSeam::information(QWidget *parent, const QString &title, const QString &text)
{
    ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxSeam::warning(QWidget *parent, const QString &title, const QString &text)
{
    ask(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxSeam::setTestMode(bool on)
{
    state().testMode = on;
}

void MessageBoxSeam::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().answers.append(answer);
}

void MessageBoxSeam::clear()
{
    SeamState &s = state();
    s.answers.clear();
    s.lastText.clear();
    s.asked = 0;
}

QString MessageBoxSeam::lastText()
{
    return state().lastText;
}

int MessageBoxSeam::askedCount()
{
    return state().asked;
}
