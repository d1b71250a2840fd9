#include "OperatorSetupPage.h"

#include "app/AppLogging.h"
#include "app/KeychainStore.h"
#include "app/gui/operator/AclTab.h"
#include "app/gui/operator/HelmTab.h"
#include "app/gui/operator/ProxyGroupTab.h"
#include "app/gui/operator/StaticManifestTab.h"
#include "kubeconfig/operator/OperatorSnippets.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

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

    m_helm = new HelmTab(m_keychain, this);
    auto *staticManifest = new StaticManifestTab(this);
    m_proxyGroup = new ProxyGroupTab(this);
    m_acl = new AclTab(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("operatorTabs"));
    m_tabs->setAccessibleName(tr("Installation methods"));
    m_tabs->addTab(m_helm, tr("Hel&m"));
    m_tabs->addTab(staticManifest, tr("&Static manifests"));
    m_tabs->addTab(m_proxyGroup, tr("&ProxyGroup"));
    m_tabs->addTab(m_acl, tr("&ACL"));

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

    connect(m_helm, &HelmTab::copyRequested, this, &OperatorSetupPage::copyToClipboard);
    connect(staticManifest, &StaticManifestTab::copyRequested, this,
            &OperatorSetupPage::copyToClipboard);
    connect(m_proxyGroup, &ProxyGroupTab::copyRequested, this, &OperatorSetupPage::copyToClipboard);
    connect(m_acl, &AclTab::copyRequested, this, &OperatorSetupPage::copyToClipboard);
    connect(m_helm, &HelmTab::statusChanged, this, &OperatorSetupPage::setStatus);
    connect(m_helm, &HelmTab::keychainFinished, this, &OperatorSetupPage::keychainFinished);
    connect(m_proxyGroup, &ProxyGroupTab::changed, this, &OperatorSetupPage::updateHint);
    connect(m_tabs, &QTabWidget::currentChanged, this, &OperatorSetupPage::updateHint);
    updateHint();
}

QString OperatorSetupPage::displayedHelmCommand() const
{
    return m_helm->displayedHelmCommand();
}

QString OperatorSetupPage::helmCommandWithPlaceholder() const
{
    return m_helm->helmCommandWithPlaceholder();
}

QString OperatorSetupPage::helmCommandWithSecret() const
{
    return m_helm->helmCommandWithSecret();
}

QString OperatorSetupPage::statusText() const
{
    return m_status->text();
}

void OperatorSetupPage::updateHint()
{
    const QString hostname = m_tabs->currentWidget() == m_proxyGroup
                                 ? m_proxyGroup->proxyHostname()
                                 : OperatorSnippets::defaultProxyHostname();
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
