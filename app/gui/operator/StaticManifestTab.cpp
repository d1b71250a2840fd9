#include "StaticManifestTab.h"

#include "app/gui/operator/SnippetWidgets.h"
#include "kubeconfig/operator/OperatorSnippets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

StaticManifestTab::StaticManifestTab(QWidget *parent)
    : QWidget(parent)
{
    auto *explanation = new QLabel(
        tr("Without Helm: add this env entry to the operator Deployment's container, or run "
           "the kubectl command on a running operator."),
        this);
    explanation->setWordWrap(true);
    explanation->setAccessibleName(tr("Static manifests explanation"));

    auto *output = SnippetWidgets::outputBox(tr("Static manifest change"),
                                             QStringLiteral("staticOutput"), this);
    output->setPlainText(OperatorSnippets::staticEnvYaml() + QLatin1Char('\n') +
                         OperatorSnippets::kubectlSetEnvCommand());

    auto *copyYaml = SnippetWidgets::button(tr("Copy &YAML"), tr("Copy the env entry YAML"),
                                            QStringLiteral("copyStaticYamlButton"), this);
    auto *copyKubectl =
        SnippetWidgets::button(tr("Copy &kubectl command"), tr("Copy the kubectl set env command"),
                               QStringLiteral("copyKubectlButton"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copyYaml);
    buttons->addWidget(copyKubectl);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(output, 1);
    layout->addLayout(buttons);

    connect(copyYaml, &QPushButton::clicked, this,
            [this] { emit copyRequested(OperatorSnippets::staticEnvYaml(), tr("the env entry")); });
    connect(copyKubectl, &QPushButton::clicked, this, [this] {
        emit copyRequested(OperatorSnippets::kubectlSetEnvCommand(), tr("the kubectl command"));
    });
}
