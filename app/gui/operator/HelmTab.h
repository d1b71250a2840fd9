#pragma once

#include <QWidget>

class KeychainStore;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The Helm command that installs the operator in noauth mode: OAuth client ID and secret
// (masked until asked, saved to and loaded from the OS keychain), the shell to quote for,
// and the command with a placeholder or the real secret to copy.
class HelmTab : public QWidget
{
    Q_OBJECT

public:
    // `keychain` must outlive the tab.
    explicit HelmTab(KeychainStore *keychain, QWidget *parent = nullptr);

    // What the box shows (the secret masked unless "Show secret" is checked).
    QString displayedHelmCommand() const;
    // What "Copy" and "Copy with secret" put on the clipboard.
    QString helmCommandWithPlaceholder() const;
    QString helmCommandWithSecret() const;

signals:
    void copyRequested(const QString &text, const QString &what);
    // A line for the page's status; `error` when something failed.
    void statusChanged(const QString &text, bool error);
    // A keychain operation finished; `ok` false when it failed (the status says why).
    void keychainFinished(bool ok);

private:
    QString helmCommand(int secretDisplay) const;
    void refresh();
    void setKeychainBusy(bool busy);
    void saveToKeychain();
    void loadFromKeychain();

    KeychainStore *m_keychain;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QCheckBox *m_showSecret = nullptr;
    QComboBox *m_shell = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_copyWithSecret = nullptr;
    QPushButton *m_saveKeychain = nullptr;
    QPushButton *m_loadKeychain = nullptr;
    int m_pendingKeychainJobs = 0;
    bool m_keychainFailed = false;
};
