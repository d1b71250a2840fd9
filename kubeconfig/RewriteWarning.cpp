#include "RewriteWarning.h"

QString RewriteWarning::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Blocking:
        break;
    }
    return QStringLiteral("blocking");
}
