#pragma once

#include <QStringList>

// What a write did: files written (in order) and the backups made of their previous
// content (same order; empty entry when the file did not exist before).
struct ApplyReport
{
    QStringList filesWritten;
    QStringList backups;
    // What the user should know about how a file was written ("… has 2 hard links: written
    // in place"); empty for an ordinary write.
    QStringList notes;
};
