#include "WriteSummary.h"

#include "kubeconfig/KubeconfigPaths.h"
#include "kubeconfig/operator/ShellQuoting.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

void WriteSummary::print(QTextStream &out, const ApplyReport &report)
{
    for (int i = 0; i < report.filesWritten.size(); ++i) {
        out << tr("Wrote %1").arg(report.filesWritten.at(i));
        if (!report.backups.value(i).isEmpty())
            out << ' ' << tr("(backup: %1)").arg(report.backups.at(i));
        out << '\n';
    }
    for (const QString &note : report.notes)
        out << note << '\n';
    for (const QString &file : report.filesWritten)
        out << tr("Undo: %1").arg(undoCommand(file)) << '\n';
}

QJsonArray WriteSummary::toJson(const ApplyReport &report)
{
    QJsonArray files;
    for (int i = 0; i < report.filesWritten.size(); ++i)
        files.append(QJsonObject{{QStringLiteral("path"), report.filesWritten.at(i)},
                                 {QStringLiteral("backup"), report.backups.value(i)},
                                 {QStringLiteral("undo"), undoCommand(report.filesWritten.at(i))}});
    return files;
}

QString WriteSummary::undoCommand(const QString &file)
{
    // A bare `kubetailor undo` restores the default kubeconfig; anything else is named.
    const QStringList defaults = KubeconfigPaths::fromEnvironment();
    if (defaults.size() == 1 &&
        QFileInfo(defaults.constFirst()).absoluteFilePath() == QFileInfo(file).absoluteFilePath())
        return QStringLiteral("kubetailor undo");
    return QStringLiteral("kubetailor undo --kubeconfig %1").arg(ShellQuoting::posix(file));
}
