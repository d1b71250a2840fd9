#pragma once

#include "kubeconfig/ApplyReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

class QTextStream;

// What every writing command prints after a write: each file written with its backup, and
// the command that undoes it.
class WriteSummary
{
    Q_DECLARE_TR_FUNCTIONS(WriteSummary)

public:
    // "Wrote FILE (backup: B)" per file, then "Undo: kubetailor undo [--kubeconfig F]" per file.
    static void print(QTextStream &out, const ApplyReport &report);
    // [{"path": ..., "backup": ..., "undo": ...}] for --json.
    static QJsonArray toJson(const ApplyReport &report);
    // The command that restores `file` from its latest backup.
    static QString undoCommand(const QString &file);
};
