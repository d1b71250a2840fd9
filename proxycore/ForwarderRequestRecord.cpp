#include "ForwarderRequestRecord.h"

#include <QLocale>

QString ForwarderRequestRecord::summary() const
{
    const QLocale c = QLocale::c();
    QString line = method + QLatin1Char(' ') + path + QLatin1Char(' ') +
                   (status ? QString::number(status) : QStringLiteral("-")) + QLatin1Char(' ') +
                   c.formattedDataSize(bytesIn, 1, QLocale::DataSizeTraditionalFormat) +
                   QStringLiteral(" in, ") +
                   c.formattedDataSize(bytesOut, 1, QLocale::DataSizeTraditionalFormat) +
                   QStringLiteral(" out, ") + QString::number(durationMs) + QStringLiteral(" ms");
    if (!note.isEmpty())
        line += QStringLiteral(" (") + note + QLatin1Char(')');
    return line;
}
