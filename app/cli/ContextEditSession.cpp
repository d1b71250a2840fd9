#include "ContextEditSession.h"

#include "app/cli/CliContext.h"
#include "app/cli/WriteSummary.h"
#include "kubeconfig/ContextEditor.h"

ContextEditSession::ContextEditSession(CliContext &cli, const QString &description,
                                       const QStringList &arguments)
    : m_cli(cli)
    , m_argumentNames(arguments)
{
    m_parser.setApplicationDescription(description);
    m_kubeconfig.addTo(m_parser);
    for (const QString &name : arguments)
        m_parser.addPositionalArgument(name, QString());
}

std::optional<int> ContextEditSession::start()
{
    if (const std::optional<int> done = m_cli.parse(m_parser))
        return done;
    const QStringList given = m_parser.positionalArguments();
    if (given.size() < m_argumentNames.size())
        return m_cli.usageError(
            tr("missing %1").arg(m_argumentNames.mid(given.size()).join(QLatin1Char(' '))));
    if (given.size() > m_argumentNames.size())
        return m_cli.usageError(
            tr("unexpected argument '%1'").arg(given.at(m_argumentNames.size())));
    const bool emptyFirst = given.constFirst().isEmpty();
    for (qsizetype i = emptyFirst && m_allowEmptyExisting ? 1 : 0; i < given.size(); ++i) {
        if (given.at(i).isEmpty())
            return m_cli.usageError(tr("a context name cannot be empty"));
    }
    m_set = m_kubeconfig.load(m_parser, m_cli);
    if (!m_set)
        return CliContext::Failure;
    if (emptyFirst && !m_set->context(QString()))
        return m_cli.usageError(tr("a context name cannot be empty"));
    return std::nullopt;
}

int ContextEditSession::finish(const ContextEditor &editor, const QString &done)
{
    if (!editor.hasChanges()) {
        m_cli.out() << done << '\n';
        return 0;
    }
    const Result<ApplyReport> applied = editor.apply();
    if (!applied)
        return m_cli.fail(applied.error());
    m_cli.out() << done << '\n';
    WriteSummary::print(m_cli.out(), applied.value());
    return 0;
}
