#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

// File pickers go through here so widget tests can answer them without a dialog: a test
// queues the files the next picker returns; in test mode an unqueued picker returns nothing.
class FileDialogSeam
{
public:
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                     const QString &filter);

    // Test seam.
    static void setTestMode(bool on);
    static void setNextFileNames(const QStringList &files);
    static void clear();
};
