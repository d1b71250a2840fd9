#pragma once

#include "kubeconfig/FileChange.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A readable unified diff of two texts by lines: common prefix/suffix stripped, lines
// unique to both sides used as anchors (patience-style), the gaps between anchors diffed
// by longest common subsequence. Fast on large kubeconfigs with scattered edits.
class LineDiff
{
public:
    // "--- labelBefore\n+++ labelAfter\n@@ -a,b +c,d @@\n..." or empty when equal.
    static QString unified(const QByteArray &before, const QByteArray &after,
                           const QString &labelBefore, const QString &labelAfter,
                           int contextLines = 3);

    // One unified diff per changed file, labelled "<path> (before)" / "<path> (after)"
    // ("/dev/null" for a file that did not exist).
    static QString forChanges(const QList<FileChange> &changes);
};
