#include "AclTab.h"

#include "app/gui/operator/SnippetWidgets.h"
#include "kubeconfig/operator/OperatorSnippets.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

AclTab::AclTab(QWidget *parent)
    : QWidget(parent)
{
    const OperatorSnippets::AclOptions defaults;

    m_sources = new QLineEdit(defaults.sources.join(QLatin1String(", ")), this);
    m_sources->setObjectName(QStringLiteral("aclSourcesEdit"));
    m_sources->setAccessibleName(tr("Who may reach the proxy"));
    m_sources->setToolTip(tr("Users, groups or tags, separated by commas: "
                             "autogroup:member, group:sre, alice@example.com"));

    m_tag = new QLineEdit(defaults.tag, this);
    m_tag->setObjectName(QStringLiteral("aclTagEdit"));
    m_tag->setAccessibleName(tr("Proxy tag"));

    m_output =
        SnippetWidgets::outputBox(tr("Tailnet policy snippet"), QStringLiteral("aclOutput"), this);
    m_error = SnippetWidgets::errorLabel(tr("Policy error"), QStringLiteral("aclError"), this);
    m_copy = SnippetWidgets::button(tr("Copy p&olicy"), tr("Copy the tailnet policy snippet"),
                                    QStringLiteral("copyAclButton"), this);

    auto *notes = new QLabel(OperatorSnippets::aclNotes().join(QLatin1Char('\n')), this);
    notes->setWordWrap(true);
    notes->setAccessibleName(tr("Policy notes"));
    notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Sour&ces:"), m_sources);
    form->addRow(tr("Ta&g:"), m_tag);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_copy, 0, Qt::AlignLeft);
    layout->addWidget(notes);

    connect(m_sources, &QLineEdit::textChanged, this, &AclTab::refresh);
    connect(m_tag, &QLineEdit::textChanged, this, &AclTab::refresh);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { emit copyRequested(m_output->toPlainText(), tr("the policy snippet")); });
    refresh();
}

void AclTab::refresh()
{
    OperatorSnippets::AclOptions options;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    options.sources = m_sources->text().split(separators, Qt::SkipEmptyParts);
    options.tag = m_tag->text().trimmed();
    SnippetWidgets::show(OperatorSnippets::aclPolicy(options), m_output, m_error, m_copy);
}
