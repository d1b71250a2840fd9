#include "CliContext.h"

#include <QCommandLineParser>

CliContext::CliContext(const QString &command, const QStringList &arguments, QTextStream &out,
                       QTextStream &err)
    : m_command(command)
    , m_arguments(arguments)
    , m_out(out)
    , m_err(err)
{
}

bool CliContext::parse(QCommandLineParser &parser, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(m_arguments)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        m_out.flush();
        *exitCode = Success;
        return false;
    }
    return true;
}

int CliContext::fail(const QString &message)
{
    m_out.flush();
    m_err << "kubetailor " << m_command << ": " << message << '\n';
    m_err.flush();
    return Failure;
}

int CliContext::usageError(const QString &message)
{
    m_out.flush();
    m_err << "kubetailor " << m_command << ": " << message << '\n'
          << tr("Try 'kubetailor %1 --help'.").arg(m_command) << '\n';
    m_err.flush();
    return UsageError;
}

void CliContext::warn(const QString &message)
{
    m_err << "kubetailor " << m_command << ": " << tr("warning: %1").arg(message) << '\n';
    m_err.flush();
}
