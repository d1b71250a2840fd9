#include "FileDialogSeam.h"

#include <QFileDialog>

namespace {

struct SeamState
{
    bool testMode = false;
    QList<QStringList> answers;
};

SeamState &state()
{
    static SeamState s;
    return s;
}

} // namespace

QStringList FileDialogSeam::openFileNames(QWidget *parent, const QString &caption,
                                          const QString &dir, const QString &filter)
{
    SeamState &s = state();
    if (!s.answers.isEmpty())
        return s.answers.takeFirst();
    if (s.testMode)
        return {};
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

void FileDialogSeam::setTestMode(bool on)
{
    state().testMode = on;
}

void FileDialogSeam::setNextFileNames(const QStringList &files)
{
    state().answers.append(files);
}

void FileDialogSeam::clear()
{
    state().answers.clear();
}
