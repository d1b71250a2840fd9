#include "HelmTab.h"

#include "app/KeychainStore.h"
#include "app/SecretKeys.h"
#include "app/gui/operator/SnippetWidgets.h"
#include "kubeconfig/operator/OperatorSnippets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>
#include <optional>

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

} // namespace

HelmTab::HelmTab(KeychainStore *keychain, QWidget *parent)
    : QWidget(parent)
    , m_keychain(keychain)
{
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("OAuth client ID"));
    m_clientId->setPlaceholderText(OperatorSnippets::clientIdPlaceholder());

    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setAccessibleName(tr("OAuth client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(OperatorSnippets::clientSecretPlaceholder());

    m_showSecret = new QCheckBox(tr("Sho&w secret"), this);
    m_showSecret->setObjectName(QStringLiteral("showSecretCheck"));
    m_showSecret->setAccessibleName(tr("Show the OAuth client secret"));

    m_shell = new QComboBox(this);
    m_shell->setObjectName(QStringLiteral("shellCombo"));
    m_shell->setAccessibleName(tr("Shell"));
    m_shell->addItem(tr("POSIX shell (sh, bash, zsh)"), int(ShellQuoting::Shell::Posix));
    m_shell->addItem(tr("PowerShell"), int(ShellQuoting::Shell::PowerShell));
#ifdef Q_OS_WIN
    m_shell->setCurrentIndex(1);
#endif

    m_output = SnippetWidgets::outputBox(tr("Helm command"), QStringLiteral("helmOutput"), this);
    m_copy = SnippetWidgets::button(tr("&Copy"),
                                    tr("Copy the Helm command with a placeholder for the secret"),
                                    QStringLiteral("copyHelmButton"), this);
    m_copyWithSecret =
        SnippetWidgets::button(tr("Cop&y with secret"), tr("Copy the Helm command with the secret"),
                               QStringLiteral("copyHelmWithSecretButton"), this);
    m_saveKeychain = SnippetWidgets::button(
        tr("Sa&ve to keychain"), tr("Save the OAuth client ID and secret to the keychain"),
        QStringLiteral("saveKeychainButton"), this);
    m_loadKeychain = SnippetWidgets::button(
        tr("Loa&d from keychain"), tr("Load the OAuth client ID and secret from the keychain"),
        QStringLiteral("loadKeychainButton"), this);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_clientSecret, 1);
    secretRow->addWidget(m_showSecret);

    auto *form = new QFormLayout;
    form->addRow(tr("OAuth client &ID:"), m_clientId);
    // A row holding a layout gets no buddy from QFormLayout: the label names its field.
    auto *secretLabel = new QLabel(tr("OAuth clie&nt secret:"), this);
    secretLabel->setBuddy(m_clientSecret);
    form->addRow(secretLabel, secretRow);
    form->addRow(tr("Shell synta&x:"), m_shell);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_copyWithSecret);
    buttons->addStretch(1);
    buttons->addWidget(m_loadKeychain);
    buttons->addWidget(m_saveKeychain);

    auto *notes = new QLabel(OperatorSnippets::helmNotes().join(QLatin1Char('\n')), this);
    notes->setWordWrap(true);
    notes->setAccessibleName(tr("Helm notes"));
    notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_output, 1);
    layout->addLayout(buttons);
    layout->addWidget(notes);

    connect(m_clientId, &QLineEdit::textChanged, this, &HelmTab::refresh);
    connect(m_clientSecret, &QLineEdit::textChanged, this, &HelmTab::refresh);
    connect(m_showSecret, &QCheckBox::toggled, this, [this](bool show) {
        m_clientSecret->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        refresh();
    });
    connect(m_shell, &QComboBox::currentIndexChanged, this, &HelmTab::refresh);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        emit copyRequested(helmCommandWithPlaceholder(),
                           tr("the Helm command (with a placeholder for the secret)"));
    });
    connect(m_copyWithSecret, &QPushButton::clicked, this, [this] {
        emit copyRequested(helmCommandWithSecret(), tr("the Helm command with the secret"));
    });
    connect(m_saveKeychain, &QPushButton::clicked, this, &HelmTab::saveToKeychain);
    connect(m_loadKeychain, &QPushButton::clicked, this, &HelmTab::loadFromKeychain);
    refresh();
}

QString HelmTab::helmCommand(int secretDisplay) const
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

QString HelmTab::displayedHelmCommand() const
{
    return helmCommand(
        int(m_showSecret->isChecked() ? SecretDisplay::Reveal : SecretDisplay::Mask));
}

QString HelmTab::helmCommandWithPlaceholder() const
{
    return helmCommand(int(SecretDisplay::Placeholder));
}

QString HelmTab::helmCommandWithSecret() const
{
    return helmCommand(int(SecretDisplay::Reveal));
}

void HelmTab::refresh()
{
    m_output->setPlainText(displayedHelmCommand());
    m_copyWithSecret->setEnabled(fieldValue(m_clientSecret).has_value());
}

void HelmTab::setKeychainBusy(bool busy)
{
    m_saveKeychain->setEnabled(!busy);
    m_loadKeychain->setEnabled(!busy);
}

void HelmTab::saveToKeychain()
{
    const std::optional<QString> clientId = fieldValue(m_clientId);
    const std::optional<QString> secret = fieldValue(m_clientSecret);
    if (!clientId && !secret) {
        emit statusChanged(tr("Nothing to save: enter the OAuth client ID and secret first."),
                           true);
        return;
    }
    setKeychainBusy(true);
    emit statusChanged(tr("Saving to the keychain…"), false);
    m_keychainFailed = false;
    m_pendingKeychainJobs = int(clientId.has_value()) + int(secret.has_value());
    auto finishOne = [this](const KeychainStore::Reply &reply) {
        if (!reply.ok()) {
            m_keychainFailed = true;
            emit statusChanged(tr("Could not save: %1").arg(reply.message), true);
        }
        if (--m_pendingKeychainJobs > 0)
            return;
        setKeychainBusy(false);
        if (!m_keychainFailed)
            emit statusChanged(
                tr("Saved in the keychain (service '%1').").arg(m_keychain->service()), false);
        emit keychainFinished(!m_keychainFailed);
    };
    if (clientId)
        m_keychain->write(SecretKeys::operatorClientId(), *clientId, this, finishOne);
    if (secret)
        m_keychain->write(SecretKeys::operatorClientSecret(), *secret, this, finishOne);
}

void HelmTab::loadFromKeychain()
{
    setKeychainBusy(true);
    emit statusChanged(tr("Reading the keychain…"), false);
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
            emit statusChanged(tr("Could not load: %1").arg(reply.message), true);
        }
        if (--m_pendingKeychainJobs > 0)
            return;
        setKeychainBusy(false);
        if (!m_keychainFailed) {
            emit statusChanged(
                loaded->isEmpty()
                    ? tr("Nothing stored in the keychain yet (service '%1').")
                          .arg(m_keychain->service())
                    : tr("Loaded %1 from the keychain.").arg(loaded->join(tr(" and "))),
                false);
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
