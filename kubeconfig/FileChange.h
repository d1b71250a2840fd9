#pragma once

#include <QByteArray>
#include <QString>

// One file to write: its new content, and what it held when it was read (so a write can
// refuse when somebody changed the file in between).
struct FileChange
{
    QString path;
    QByteArray content;
    bool existedBefore = false;
    QByteArray contentBefore; // as read; compared with the file on disk before writing
    // How the content was written when not just the edited lines changed ("entry
    // clusters/x written whole"); shown in the diff's "+++" label. Empty: spliced.
    QString note;
};
