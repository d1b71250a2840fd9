#pragma once

#include <QWidget>

class KeychainStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

// Installing the Tailscale Kubernetes Operator with the API server proxy in noauth mode:
// the Helm command (OAuth client secret masked until asked, kept in the OS keychain), the
// static-manifest change, a ProxyGroup, the tailnet policy, and the next step. Every text
// comes from OperatorSnippets; this page only collects the inputs and copies the results.
class OperatorSetupPage : public QWidget
{
    Q_OBJECT

public:
    // `keychain` is where "Save to keychain"/"Load from keychain" go; null: a store of the
    // page's own for the service "kubetailor".
    explicit OperatorSetupPage(KeychainStore *keychain = nullptr, QWidget *parent = nullptr);

    // What the Helm box shows (the secret masked unless "Show secret" is checked).
    QString displayedHelmCommand() const;
    // What "Copy" and "Copy with secret" put on the clipboard.
    QString helmCommandWithPlaceholder() const;
    QString helmCommandWithSecret() const;

    QString statusText() const;

signals:
    // A keychain operation finished; `ok` false when it failed (the status line says why).
    void keychainFinished(bool ok);

private:
    QWidget *createHelmTab();
    QWidget *createStaticTab();
    QWidget *createProxyGroupTab();
    QWidget *createAclTab();
    QPlainTextEdit *createOutputBox(const QString &accessibleName);
    QPushButton *createCopyButton(const QString &text, const QString &accessibleName,
                                  const QString &objectName);

    QString helmCommand(int secretDisplay) const;
    void updateHelm();
    void updateProxyGroup();
    void updateAcl();
    void updateHint();
    void copyToClipboard(const QString &text, const QString &what);
    void setStatus(const QString &text, bool error = false);
    void setKeychainBusy(bool busy);
    void saveToKeychain();
    void loadFromKeychain();

    KeychainStore *m_keychain = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QCheckBox *m_showSecret = nullptr;
    QComboBox *m_shell = nullptr;
    QPlainTextEdit *m_helmOutput = nullptr;
    QPushButton *m_copyHelm = nullptr;
    QPushButton *m_copyHelmWithSecret = nullptr;
    QPushButton *m_saveKeychain = nullptr;
    QPushButton *m_loadKeychain = nullptr;

    QPlainTextEdit *m_staticOutput = nullptr;

    QLineEdit *m_proxyGroupName = nullptr;
    QSpinBox *m_replicas = nullptr;
    QLineEdit *m_proxyHostname = nullptr;
    QPlainTextEdit *m_proxyGroupOutput = nullptr;
    QLabel *m_proxyGroupError = nullptr;
    QPushButton *m_copyProxyGroup = nullptr;

    QLineEdit *m_aclSources = nullptr;
    QLineEdit *m_aclTag = nullptr;
    QPlainTextEdit *m_aclOutput = nullptr;
    QLabel *m_aclError = nullptr;
    QPushButton *m_copyAcl = nullptr;

    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
    int m_pendingKeychainJobs = 0;
    bool m_keychainFailed = false;
};
