#pragma once

#include <QWidget>

class AclTab;
class HelmTab;
class KeychainStore;
class ProxyGroupTab;
class QLabel;
class QTabWidget;

// Installing the Tailscale Kubernetes Operator with the API server proxy in noauth mode:
// one tab per way in (app/gui/operator/: the Helm command, the static-manifest change, a
// ProxyGroup, the tailnet policy), the next step, and one status line. Every text comes
// from OperatorSnippets; the tabs collect the inputs, this page assembles them and copies
// what they hand it.
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
    void updateHint();
    void copyToClipboard(const QString &text, const QString &what);
    void setStatus(const QString &text, bool error = false);

    KeychainStore *m_keychain = nullptr;
    QTabWidget *m_tabs = nullptr;
    HelmTab *m_helm = nullptr;
    ProxyGroupTab *m_proxyGroup = nullptr;
    AclTab *m_acl = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
};
