#include "CliContext.h"

#include <QCommandLineParser>

CliContext::CliContext(const QString &command, const QStringList &arguments, QTextStream &out,
                       QTextStream &err)
    : m_command(command)
    , m_arguments(arguments)
    , m_out(out)
    , m_err(err)
{}

QCommandLineOption CliContext::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
}

std::optional<int> CliContext::parse(QCommandLineParser &parser)
{
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    if (!parser.parse(m_arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // Qt names the program by argv[0] ("Usage: /usr/bin/kubetailor [options]"); the
        // user typed "kubetailor <command>", so say that.
        QString text = parser.helpText();
        const QStringList programArgs = QCoreApplication::arguments();
        const QString program = programArgs.isEmpty() ? QString() : programArgs.constFirst();
        const QString usage =
            QCoreApplication::translate("QCommandLineParser", "Usage: %1").arg(program);
        if (!program.isEmpty() && text.startsWith(usage))
            text.replace(0, usage.size(),
                         QCoreApplication::translate("QCommandLineParser", "Usage: %1")
                             .arg(QStringLiteral("kubetailor ") + m_command));
        m_out << text;
        m_out.flush();
        return Success;
    }
    return std::nullopt;
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
