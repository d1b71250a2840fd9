#include "OperatorSetupPage.h"

#include "app/AppLogging.h"
#include "app/KeychainStore.h"
#include "app/SecretKeys.h"
#include "kubeconfig/operator/OperatorSnippets.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

using SecretDisplay = OperatorSnippets::SecretDisplay;

const QString kMask = QStringLiteral("••••••");

std::optional<QString> fieldValue(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

QLabel *createErrorLabel(const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

OperatorSetupPage::OperatorSetupPage(KeychainStore *keychain, QWidget *parent)
    : QWidget(parent)
    , m_keychain(keychain ? keychain : new KeychainStore(this))
{
    setObjectName(QStringLiteral("OperatorSetupPage"));
    setAccessibleName(tr("Operator setup"));

    auto *intro = new QLabel(
        tr("Install the Tailscale Kubernetes Operator with the API server proxy in noauth "
           "mode. Before: HTTPS enabled for the tailnet, and a policy letting you reach the "
           "proxy on tcp:443 (ACL tab)."),
        this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("Introduction"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("operatorTabs"));
    m_tabs->setAccessibleName(tr("Installation methods"));
    m_tabs->addTab(createHelmTab(), tr("&Helm"));
    m_tabs->addTab(createStaticTab(), tr("&Static manifests"));
    m_tabs->addTab(createProxyGroupTab(), tr("&ProxyGroup"));
    m_tabs->addTab(createAclTab(), tr("&ACL"));

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("afterInstallHint"));
    m_hint->setAccessibleName(tr("Next step"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_status);

    connect(m_tabs, &QTabWidget::currentChanged, this, &OperatorSetupPage::updateHint);
    updateHelm();
    updateProxyGroup();
    updateAcl();
    updateHint();
}

QPlainTextEdit *OperatorSetupPage::createOutputBox(const QString &accessibleName)
{
    auto *box = new QPlainTextEdit(this);
    box->setReadOnly(true);
    box->setLineWrapMode(QPlainTextEdit::NoWrap);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setAccessibleName(accessibleName);
    return box;
}

QPushButton *OperatorSetupPage::createCopyButton(const QString &text, const QString &accessibleName,
                                                 const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(accessibleName);
    button->setObjectName(objectName);
    return button;
}

QWidget *OperatorSetupPage::createHelmTab()
{
    auto *tab = new QWidget(this);

    m_clientId = new QLineEdit(tab);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("OAuth client ID"));
    m_clientId->setPlaceholderText(OperatorSnippets::clientIdPlaceholder());

    m_clientSecret = new QLineEdit(tab);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setAccessibleName(tr("OAuth client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(OperatorSnippets::clientSecretPlaceholder());

    m_showSecret = new QCheckBox(tr("Sho&w secret"), tab);
    m_showSecret->setObjectName(QStringLiteral("showSecretCheck"));
    m_showSecret->setAccessibleName(tr("Show the OAuth client secret"));

    m_shell = new QComboBox(tab);
    m_shell->setObjectName(QStringLiteral("shellCombo"));
    m_shell->setAccessibleName(tr("Shell"));
    m_shell->addItem(tr("POSIX shell (sh, bash, zsh)"), int(ShellQuoting::Shell::Posix));
    m_shell->addItem(tr("PowerShell"), int(ShellQuoting::Shell::PowerShell));
#ifdef Q_OS_WIN
    m_shell->setCurrentIndex(1);
#endif

    m_helmOutput = createOutputBox(tr("Helm command"));
    m_helmOutput->setObjectName(QStringLiteral("helmOutput"));

    m_copyHelm = createCopyButton(tr("&Copy"),
                                  tr("Copy the Helm command with a placeholder "
                                     "for the secret"),
                                  QStringLiteral("copyHelmButton"));
    m_copyHelmWithSecret =
        createCopyButton(tr("Copy with s&ecret"), tr("Copy the Helm command with the secret"),
                         QStringLiteral("copyHelmWithSecretButton"));
    m_saveKeychain = createCopyButton(tr("Sa&ve to keychain"),
                                      tr("Save the OAuth client ID and secret to the keychain"),
                                      QStringLiteral("saveKeychainButton"));
    m_loadKeychain = createCopyButton(tr("&Load from keychain"),
                                      tr("Load the OAuth client ID and secret from the keychain"),
                                      QStringLiteral("loadKeychainButton"));

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_clientSecret, 1);
    secretRow->addWidget(m_showSecret);

    auto *form = new QFormLayout;
    form->addRow(tr("OAuth client &ID:"), m_clientId);
    form->addRow(tr("OAuth client se&cret:"), secretRow);
    form->addRow(tr("S&hell:"), m_shell);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyHelm);
    buttons->addWidget(m_copyHelmWithSecret);
    buttons->addStretch(1);
    buttons->addWidget(m_loadKeychain);
    buttons->addWidget(m_saveKeychain);

    auto *notes = new QLabel(OperatorSnippets::helmNotes().join(QLatin1Char('\n')), tab);
    notes->setWordWrap(true);
    notes->setAccessibleName(tr("Helm notes"));
    notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(m_helmOutput, 1);
    layout->addLayout(buttons);
    layout->addWidget(notes);

    connect(m_clientId, &QLineEdit::textChanged, this, &OperatorSetupPage::updateHelm);
    connect(m_clientSecret, &QLineEdit::textChanged, this, &OperatorSetupPage::updateHelm);
    connect(m_showSecret, &QCheckBox::toggled, this, [this](bool show) {
        m_clientSecret->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        updateHelm();
    });
    connect(m_shell, &QComboBox::currentIndexChanged, this, &OperatorSetupPage::updateHelm);
    connect(m_copyHelm, &QPushButton::clicked, this, [this] {
        copyToClipboard(helmCommandWithPlaceholder(),
                        tr("the Helm command (with a placeholder for the secret)"));
    });
    connect(m_copyHelmWithSecret, &QPushButton::clicked, this, [this] {
        copyToClipboard(helmCommandWithSecret(), tr("the Helm command with the secret"));
    });
    connect(m_saveKeychain, &QPushButton::clicked, this, &OperatorSetupPage::saveToKeychain);
    connect(m_loadKeychain, &QPushButton::clicked, this, &OperatorSetupPage::loadFromKeychain);
    return tab;
}

QWidget *OperatorSetupPage::createStaticTab()
{
    auto *tab = new QWidget(this);
    auto *explanation = new QLabel(
        tr("Without Helm: add this env entry to the operator Deployment's container, or run "
           "the kubectl command on a running operator."),
        tab);
    explanation->setWordWrap(true);
    explanation->setAccessibleName(tr("Static manifests explanation"));

    m_staticOutput = createOutputBox(tr("Static manifest change"));
    m_staticOutput->setObjectName(QStringLiteral("staticOutput"));
    m_staticOutput->setPlainText(OperatorSnippets::staticEnvYaml() + QLatin1Char('\n') +
                                 OperatorSnippets::kubectlSetEnvCommand());

    auto *copyYaml = createCopyButton(tr("Copy &YAML"), tr("Copy the env entry YAML"),
                                      QStringLiteral("copyStaticYamlButton"));
    auto *copyKubectl =
        createCopyButton(tr("Copy &kubectl command"), tr("Copy the kubectl set env command"),
                         QStringLiteral("copyKubectlButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copyYaml);
    buttons->addWidget(copyKubectl);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(explanation);
    layout->addWidget(m_staticOutput, 1);
    layout->addLayout(buttons);

    connect(copyYaml, &QPushButton::clicked, this,
            [this] { copyToClipboard(OperatorSnippets::staticEnvYaml(), tr("the env entry")); });
    connect(copyKubectl, &QPushButton::clicked, this, [this] {
        copyToClipboard(OperatorSnippets::kubectlSetEnvCommand(), tr("the kubectl command"));
    });
    return tab;
}

QWidget *OperatorSetupPage::createProxyGroupTab()
{
    auto *tab = new QWidget(this);
    const OperatorSnippets::ProxyGroupOptions defaults;

    m_proxyGroupName = new QLineEdit(defaults.name, tab);
    m_proxyGroupName->setObjectName(QStringLiteral("proxyGroupNameEdit"));
    m_proxyGroupName->setAccessibleName(tr("ProxyGroup name"));

    m_replicas = new QSpinBox(tab);
    m_replicas->setObjectName(QStringLiteral("replicasSpin"));
    m_replicas->setAccessibleName(tr("Replicas"));
    m_replicas->setRange(1, 20);
    m_replicas->setValue(defaults.replicas);

    m_proxyHostname = new QLineEdit(tab);
    m_proxyHostname->setObjectName(QStringLiteral("proxyHostnameEdit"));
    m_proxyHostname->setAccessibleName(tr("Proxy hostname"));
    m_proxyHostname->setPlaceholderText(tr("the ProxyGroup name"));

    m_proxyGroupOutput = createOutputBox(tr("ProxyGroup manifest"));
    m_proxyGroupOutput->setObjectName(QStringLiteral("proxyGroupOutput"));
    m_proxyGroupError = createErrorLabel(tr("ProxyGroup error"), tab);
    m_proxyGroupError->setObjectName(QStringLiteral("proxyGroupError"));
    m_copyProxyGroup = createCopyButton(tr("Cop&y manifest"), tr("Copy the ProxyGroup manifest"),
                                        QStringLiteral("copyProxyGroupButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_proxyGroupName);
    form->addRow(tr("&Replicas:"), m_replicas);
    form->addRow(tr("Host&name:"), m_proxyHostname);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(m_proxyGroupError);
    layout->addWidget(m_proxyGroupOutput, 1);
    layout->addWidget(m_copyProxyGroup, 0, Qt::AlignLeft);

    connect(m_proxyGroupName, &QLineEdit::textChanged, this, &OperatorSetupPage::updateProxyGroup);
    connect(m_replicas, &QSpinBox::valueChanged, this, &OperatorSetupPage::updateProxyGroup);
    connect(m_proxyHostname, &QLineEdit::textChanged, this, &OperatorSetupPage::updateProxyGroup);
    connect(m_copyProxyGroup, &QPushButton::clicked, this, [this] {
        copyToClipboard(m_proxyGroupOutput->toPlainText(), tr("the ProxyGroup manifest"));
    });
    return tab;
}

QWidget *OperatorSetupPage::createAclTab()
{
    auto *tab = new QWidget(this);
    const OperatorSnippets::AclOptions defaults;

    m_aclSources = new QLineEdit(defaults.sources.join(QLatin1String(", ")), tab);
    m_aclSources->setObjectName(QStringLiteral("aclSourcesEdit"));
    m_aclSources->setAccessibleName(tr("Who may reach the proxy"));
    m_aclSources->setToolTip(tr("Users, groups or tags, separated by commas: "
                                "autogroup:member, group:sre, alice@example.com"));

    m_aclTag = new QLineEdit(defaults.tag, tab);
    m_aclTag->setObjectName(QStringLiteral("aclTagEdit"));
    m_aclTag->setAccessibleName(tr("Proxy tag"));

    m_aclOutput = createOutputBox(tr("Tailnet policy snippet"));
    m_aclOutput->setObjectName(QStringLiteral("aclOutput"));
    m_aclError = createErrorLabel(tr("Policy error"), tab);
    m_aclError->setObjectName(QStringLiteral("aclError"));
    m_copyAcl = createCopyButton(tr("Copy p&olicy"), tr("Copy the tailnet policy snippet"),
                                 QStringLiteral("copyAclButton"));

    auto *notes = new QLabel(OperatorSnippets::aclNotes().join(QLatin1Char('\n')), tab);
    notes->setWordWrap(true);
    notes->setAccessibleName(tr("Policy notes"));
    notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Sources:"), m_aclSources);
    form->addRow(tr("&Tag:"), m_aclTag);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(m_aclError);
    layout->addWidget(m_aclOutput, 1);
    layout->addWidget(m_copyAcl, 0, Qt::AlignLeft);
    layout->addWidget(notes);

    connect(m_aclSources, &QLineEdit::textChanged, this, &OperatorSetupPage::updateAcl);
    connect(m_aclTag, &QLineEdit::textChanged, this, &OperatorSetupPage::updateAcl);
    connect(m_copyAcl, &QPushButton::clicked, this,
            [this] { copyToClipboard(m_aclOutput->toPlainText(), tr("the policy snippet")); });
    return tab;
}

QString OperatorSetupPage::helmCommand(int secretDisplay) const
{
    OperatorSnippets::HelmOptions options;
    options.clientId = fieldValue(m_clientId);
    options.clientSecret = fieldValue(m_clientSecret);
    options.shell = ShellQuoting::Shell(m_shell->currentData().toInt());
    options.secretDisplay = SecretDisplay(secretDisplay);
    options.secretMask = kMask;
    const Result<QString> command = OperatorSnippets::helmCommand(options);
    return command ? command.value() : command.error();
}

QString OperatorSetupPage::displayedHelmCommand() const
{
    return helmCommand(
        int(m_showSecret->isChecked() ? SecretDisplay::Reveal : SecretDisplay::Mask));
}

QString OperatorSetupPage::helmCommandWithPlaceholder() const
{
    return helmCommand(int(SecretDisplay::Placeholder));
}

QString OperatorSetupPage::helmCommandWithSecret() const
{
    return helmCommand(int(SecretDisplay::Reveal));
}

QString OperatorSetupPage::statusText() const
{
    return m_status->text();
}

void OperatorSetupPage::updateHelm()
{
    m_helmOutput->setPlainText(displayedHelmCommand());
    m_copyHelmWithSecret->setEnabled(fieldValue(m_clientSecret).has_value());
}

void OperatorSetupPage::updateProxyGroup()
{
    OperatorSnippets::ProxyGroupOptions options;
    options.name = m_proxyGroupName->text().trimmed();
    options.replicas = m_replicas->value();
    options.hostname = m_proxyHostname->text().trimmed();
    const Result<QString> yaml = OperatorSnippets::proxyGroupYaml(options);
    m_proxyGroupOutput->setPlainText(yaml ? yaml.value() : QString());
    m_proxyGroupError->setText(yaml.error());
    m_proxyGroupError->setVisible(!yaml);
    m_copyProxyGroup->setEnabled(yaml.ok());
    updateHint();
}

void OperatorSetupPage::updateAcl()
{
    OperatorSnippets::AclOptions options;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    options.sources = m_aclSources->text().split(separators, Qt::SkipEmptyParts);
    options.tag = m_aclTag->text().trimmed();
    const Result<QString> policy = OperatorSnippets::aclPolicy(options);
    m_aclOutput->setPlainText(policy ? policy.value() : QString());
    m_aclError->setText(policy.error());
    m_aclError->setVisible(!policy);
    m_copyAcl->setEnabled(policy.ok());
}

void OperatorSetupPage::updateHint()
{
    if (!m_hint)
        return;
    QString hostname = OperatorSnippets::defaultProxyHostname();
    if (m_tabs->currentIndex() == 2) {
        hostname = m_proxyHostname->text().trimmed();
        if (hostname.isEmpty())
            hostname = m_proxyGroupName->text().trimmed();
    }
    m_hint->setText(OperatorSnippets::afterInstallHint(hostname));
}

void OperatorSetupPage::copyToClipboard(const QString &text, const QString &what)
{
    QGuiApplication::clipboard()->setText(text);
    setStatus(tr("Copied %1 to the clipboard.").arg(what));
}

void OperatorSetupPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    if (error)
        qCInfo(lcGui) << "operator setup:" << text;
}

void OperatorSetupPage::setKeychainBusy(bool busy)
{
    m_saveKeychain->setEnabled(!busy);
    m_loadKeychain->setEnabled(!busy);
}

void OperatorSetupPage::saveToKeychain()
{
    const std::optional<QString> clientId = fieldValue(m_clientId);
    const std::optional<QString> secret = fieldValue(m_clientSecret);
    if (!clientId && !secret) {
        setStatus(tr("Nothing to save: enter the OAuth client ID and secret first."), true);
        return;
    }
    setKeychainBusy(true);
    setStatus(tr("Saving to the keychain…"));
    m_keychainFailed = false;
    m_pendingKeychainJobs = int(clientId.has_value()) + int(secret.has_value());
    auto finishOne = [this](const KeychainStore::Reply &reply) {
        if (!reply.ok()) {
            m_keychainFailed = true;
            setStatus(tr("Could not save: %1").arg(reply.message), true);
        }
        if (--m_pendingKeychainJobs > 0)
            return;
        setKeychainBusy(false);
        if (!m_keychainFailed)
            setStatus(tr("Saved in the keychain (service '%1').").arg(m_keychain->service()));
        emit keychainFinished(!m_keychainFailed);
    };
    if (clientId)
        m_keychain->write(SecretKeys::operatorClientId(), *clientId, this, finishOne);
    if (secret)
        m_keychain->write(SecretKeys::operatorClientSecret(), *secret, this, finishOne);
}

void OperatorSetupPage::loadFromKeychain()
{
    setKeychainBusy(true);
    setStatus(tr("Reading the keychain…"));
    m_keychainFailed = false;
    m_pendingKeychainJobs = 2;
    auto loaded = std::make_shared<QStringList>();
    auto finishOne = [this, loaded](QLineEdit *field, const QString &what,
                                    const KeychainStore::Reply &reply) {
        if (reply.ok()) {
            field->setText(reply.value);
            *loaded << what;
        } else if (reply.outcome != KeychainStore::Outcome::NotFound) {
            m_keychainFailed = true;
            setStatus(tr("Could not load: %1").arg(reply.message), true);
        }
        if (--m_pendingKeychainJobs > 0)
            return;
        setKeychainBusy(false);
        if (!m_keychainFailed) {
            setStatus(loaded->isEmpty()
                          ? tr("Nothing stored in the keychain yet (service '%1').")
                                .arg(m_keychain->service())
                          : tr("Loaded %1 from the keychain.").arg(loaded->join(tr(" and "))));
        }
        emit keychainFinished(!m_keychainFailed);
    };
    m_keychain->read(SecretKeys::operatorClientId(), this,
                     [finishOne, this](const KeychainStore::Reply &reply) {
                         finishOne(m_clientId, tr("the OAuth client ID"), reply);
                     });
    m_keychain->read(SecretKeys::operatorClientSecret(), this,
                     [finishOne, this](const KeychainStore::Reply &reply) {
                         finishOne(m_clientSecret, tr("the OAuth client secret"), reply);
                     });
}
