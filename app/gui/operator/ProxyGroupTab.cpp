#include "ProxyGroupTab.h"

#include "app/gui/operator/SnippetWidgets.h"
#include "kubeconfig/operator/OperatorSnippets.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ProxyGroupTab::ProxyGroupTab(QWidget *parent)
    : QWidget(parent)
{
    const OperatorSnippets::ProxyGroupOptions defaults;

    m_name = new QLineEdit(defaults.name, this);
    m_name->setObjectName(QStringLiteral("proxyGroupNameEdit"));
    m_name->setAccessibleName(tr("ProxyGroup name"));

    m_replicas = new QSpinBox(this);
    m_replicas->setObjectName(QStringLiteral("replicasSpin"));
    m_replicas->setAccessibleName(tr("Replicas"));
    m_replicas->setRange(1, 20);
    m_replicas->setValue(defaults.replicas);

    m_hostname = new QLineEdit(this);
    m_hostname->setObjectName(QStringLiteral("proxyHostnameEdit"));
    m_hostname->setAccessibleName(tr("Proxy hostname"));
    m_hostname->setPlaceholderText(tr("the ProxyGroup name"));

    m_output = SnippetWidgets::outputBox(tr("ProxyGroup manifest"),
                                         QStringLiteral("proxyGroupOutput"), this);
    m_error =
        SnippetWidgets::errorLabel(tr("ProxyGroup error"), QStringLiteral("proxyGroupError"), this);
    m_copy = SnippetWidgets::button(tr("Cop&y manifest"), tr("Copy the ProxyGroup manifest"),
                                    QStringLiteral("copyProxyGroupButton"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Repl&icas:"), m_replicas);
    form->addRow(tr("H&ostname:"), m_hostname);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_copy, 0, Qt::AlignLeft);

    connect(m_name, &QLineEdit::textChanged, this, &ProxyGroupTab::refresh);
    connect(m_replicas, &QSpinBox::valueChanged, this, &ProxyGroupTab::refresh);
    connect(m_hostname, &QLineEdit::textChanged, this, &ProxyGroupTab::refresh);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { emit copyRequested(m_output->toPlainText(), tr("the ProxyGroup manifest")); });
    refresh();
}

QString ProxyGroupTab::proxyHostname() const
{
    const QString hostname = m_hostname->text().trimmed();
    return hostname.isEmpty() ? m_name->text().trimmed() : hostname;
}

void ProxyGroupTab::refresh()
{
    OperatorSnippets::ProxyGroupOptions options;
    options.name = m_name->text().trimmed();
    options.replicas = m_replicas->value();
    options.hostname = m_hostname->text().trimmed();
    SnippetWidgets::show(OperatorSnippets::proxyGroupYaml(options), m_output, m_error, m_copy);
    emit changed();
}
