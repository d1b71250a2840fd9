#include "RewritePanel.h"

#include "app/AppLogging.h"
#include "app/AppSettings.h"
#include "app/KubeconfigService.h"
#include "app/gui/DiffView.h"
#include "app/gui/ElidedLabel.h"
#include "kubeconfig/ContextRoute.h"
#include "kubeconfig/tailnet/ProxySuggestion.h"
#include "kubeconfig/tailnet/TailnetDiscovery.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QComboBox *editableCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(18);
    return combo;
}

} // namespace

RewritePanel::RewritePanel(KubeconfigService *service, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_settings(settings)
    , m_selectionLabel(new ElidedLabel(this))
    , m_hostCombo(editableCombo(QStringLiteral("hostnameCombo"), this))
    , m_tailnetCombo(editableCombo(QStringLiteral("tailnetCombo"), this))
    , m_fqdnLabel(new QLabel(this))
    , m_proxyTagsLabel(new QLabel(this))
    , m_proxyTable(new QTableWidget(0, 3, this))
    , m_discoveryLabel(new QLabel(this))
    , m_useFullName(new QPushButton(this))
    , m_inPlace(new QRadioButton(tr("Change the context &in place"), this))
    , m_sibling(new QRadioButton(tr("Add a si&bling context (<name>-tailnet)"), this))
    , m_keepCa(
          new QCheckBox(tr("&Keep the cluster's CA (only for a proxy with a private CA)"), this))
    , m_setCurrent(new QCheckBox(tr("Make it the current conte&xt"), this))
    , m_warnings(new QListWidget(this))
    , m_applyAnyway(new QCheckBox(this))
    , m_diff(new DiffView(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_typingPause(new QTimer(this))
{
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_fqdnLabel->setObjectName(QStringLiteral("fqdnLabel"));
    m_fqdnLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fqdnLabel->setWordWrap(true);
    m_proxyTagsLabel->setObjectName(QStringLiteral("proxyTagsLabel"));
    m_proxyTagsLabel->setWordWrap(true);
    m_proxyTable->setObjectName(QStringLiteral("proxyTable"));
    m_proxyTable->setAccessibleName(tr("Proxy per context"));
    m_proxyTable->setHorizontalHeaderLabels({tr("Context"), tr("Proxy"), tr("Tags")});
    m_proxyTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_proxyTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_proxyTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    // A context named by its ARN gives way to the proxy's name: cut in the middle, whole in
    // its tooltip.
    m_proxyTable->setTextElideMode(Qt::ElideMiddle);
    m_proxyTable->setWordWrap(false);
    m_proxyTable->viewport()->installEventFilter(this);
    m_proxyTable->verticalHeader()->setVisible(false);
    m_proxyTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_proxyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_proxyTable->setVisible(false);
    m_discoveryLabel->setObjectName(QStringLiteral("discoveryLabel"));
    m_discoveryLabel->setWordWrap(true);
    m_discoveryLabel->setForegroundRole(QPalette::PlaceholderText);
    m_useFullName->setObjectName(QStringLiteral("useFullNameButton"));
    m_useFullName->setToolTip(tr("Fill in your tailnet as Tailscale reports it"));
    m_useFullName->setAccessibleName(tr("Use the proxy's full name"));
    m_useFullName->setVisible(false);

    m_hostCombo->setAccessibleName(tr("Proxy host name"));
    m_hostCombo->setToolTip(tr("The operator proxy's Tailscale host name, e.g. "
                               "tailscale-operator, or its full MagicDNS name"));
    m_hostCombo->lineEdit()->setPlaceholderText(QStringLiteral("tailscale-operator"));
    m_tailnetCombo->setAccessibleName(tr("Tailnet"));
    m_tailnetCombo->setToolTip(tr("The tailnet's MagicDNS suffix, e.g. tail1234.ts.net"));
    m_tailnetCombo->lineEdit()->setPlaceholderText(QStringLiteral("tail1234.ts.net"));

    m_inPlace->setObjectName(QStringLiteral("inPlaceRadio"));
    m_inPlace->setToolTip(tr("The context's cluster entry points at the proxy"));
    m_sibling->setObjectName(QStringLiteral("siblingRadio"));
    m_sibling->setToolTip(tr("The original context stays; <name>-tailnet goes through the proxy "
                             "with the same user entry"));
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_inPlace);
    modeGroup->addButton(m_sibling);
    const bool sibling = m_settings->defaultRewriteMode() == AppSettings::RewriteMode::NewContext;
    m_inPlace->setChecked(!sibling);
    m_sibling->setChecked(sibling);
    m_keepCa->setObjectName(QStringLiteral("keepCaCheck"));
    m_keepCa->setToolTip(tr("The proxy serves a Let's Encrypt certificate your system trusts; "
                            "the cluster's own CA is normally removed"));
    m_setCurrent->setObjectName(QStringLiteral("setCurrentCheck"));

    m_warnings->setObjectName(QStringLiteral("warningsList"));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextElideMode(Qt::ElideNone);
    // A warning taller than the list scrolls into view line by line, not item by item.
    m_warnings->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_warnings->setMinimumHeight(m_warnings->fontMetrics().lineSpacing() * 4);
    m_warnings->setSelectionMode(QAbstractItemView::NoSelection);
    m_warnings->setFocusPolicy(Qt::TabFocus);
    m_applyAnyway->setObjectName(QStringLiteral("applyAnywayCheck"));
    m_applyAnyway->setText(tr("Client certificates will not reach the API server: apply an&yway"));
    m_applyAnyway->setVisible(false);

    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setAccessibleName(tr("Preview of the change"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("Write the change (a backup of each file is saved first)"));
    m_apply->setEnabled(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *hostLabel = new QLabel(tr("Pr&oxy host name:"), this);
    hostLabel->setBuddy(m_hostCombo);
    auto *tailnetLabel = new QLabel(tr("Tail&net:"), this);
    tailnetLabel->setBuddy(m_tailnetCombo);
    form->addRow(hostLabel, m_hostCombo);
    form->addRow(tailnetLabel, m_tailnetCombo);
    form->addRow(QString(), m_fqdnLabel);
    form->addRow(QString(), m_useFullName);
    form->addRow(QString(), m_proxyTagsLabel);
    form->addRow(QString(), m_discoveryLabel);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_selectionLabel);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_proxyTable, 1);
    leftLayout->addWidget(m_inPlace);
    leftLayout->addWidget(m_sibling);
    leftLayout->addWidget(m_keepCa);
    leftLayout->addWidget(m_setCurrent);
    leftLayout->addWidget(m_warnings, 1);
    leftLayout->addWidget(m_applyAnyway);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel = new QLabel(tr("&Preview:"), this);
    previewLabel->setBuddy(m_diff);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_diff, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("rewriteSplitter"));
    splitter->setChildrenCollapsible(false);
    // The options scroll when the window is short; their scroll area also gives the
    // word-wrapped labels the height they need at the width they get.
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setObjectName(QStringLiteral("rewriteOptionsScroll"));
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setWidgetResizable(true);
    leftScroll->setWidget(left);
    splitter->addWidget(leftScroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_hostCombo, m_tailnetCombo);
    setTabOrder(m_tailnetCombo, m_inPlace);
    setTabOrder(m_inPlace, m_sibling);
    setTabOrder(m_sibling, m_keepCa);
    setTabOrder(m_keepCa, m_setCurrent);
    setTabOrder(m_setCurrent, m_applyAnyway);
    setTabOrder(m_applyAnyway, m_diff);
    setTabOrder(m_diff, m_apply);

    m_hostCombo->setEditText(m_settings->lastHostname());
    m_tailnetCombo->setEditText(m_settings->lastTailnet());

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(300);
    connect(m_typingPause, &QTimer::timeout, this, &RewritePanel::rebuildPlan);
    connect(m_hostCombo, &QComboBox::editTextChanged, this, &RewritePanel::onProxyTextEdited);
    connect(m_hostCombo, &QComboBox::textActivated, this, [this](const QString &text) {
        // A discovered proxy carries its own tailnet: pick it whole.
        const int at = m_hostCombo->findText(text);
        const QString fqdn = at < 0 ? QString() : m_hostCombo->itemData(at).toString();
        if (!fqdn.isEmpty())
            showProxy(fqdn);
    });
    connect(m_tailnetCombo, &QComboBox::editTextChanged, this, &RewritePanel::onProxyTextEdited);
    connect(m_inPlace, &QRadioButton::toggled, this, &RewritePanel::rebuildPlan);
    connect(m_keepCa, &QCheckBox::toggled, this, &RewritePanel::rebuildPlan);
    connect(m_setCurrent, &QCheckBox::toggled, this, &RewritePanel::rebuildPlan);
    connect(m_applyAnyway, &QCheckBox::toggled, this, &RewritePanel::rebuildPlan);
    connect(m_apply, &QPushButton::clicked, this, &RewritePanel::apply);
    connect(m_useFullName, &QPushButton::clicked, this, [this] {
        if (m_discovery && m_discovery->result().ok())
            setTailnet(m_discovery->result().suffix());
    });
    connect(m_service, &KubeconfigService::reloaded, this, &RewritePanel::rebuildPlan);
    connect(m_service, &KubeconfigService::parsedInBackground, this, &RewritePanel::rebuildPlan);

    rebuildPlan();
}

RewritePanel::~RewritePanel() = default;

void RewritePanel::setSelectedContexts(const QStringList &names)
{
    if (names == m_contexts)
        return;
    m_contexts = names;
    m_applyAnyway->setChecked(false); // a confirmation is for the contexts it was given for
    // Several contexts: one row each with its own proxy; the one above is for rows left empty.
    const bool several = m_contexts.size() > 1;
    m_proxyTable->setVisible(several);
    if (several)
        fillProxyTable();
    else if (m_contexts.size() == 1)
        showProxy(preferredProxy(m_contexts.first()));
    rebuildPlan();
}

QString RewritePanel::fqdn() const
{
    const QString host = m_hostCombo->currentText().trimmed();
    QString tailnet = m_tailnetCombo->currentText().trimmed();
    while (tailnet.startsWith(QLatin1Char('.')))
        tailnet.remove(0, 1);
    if (host.isEmpty() || host.contains(QLatin1Char('.')) || tailnet.isEmpty())
        return host;
    return host + QLatin1Char('.') + tailnet;
}

void RewritePanel::setHostname(const QString &hostname)
{
    m_hostCombo->setEditText(hostname);
}

void RewritePanel::setTailnet(const QString &tailnet)
{
    m_tailnetCombo->setEditText(tailnet);
}

void RewritePanel::startDiscovery()
{
    if (m_discovery)
        return;
    if (TailnetDiscovery::findTailscale().isEmpty()) {
        m_discoveryLabel->setText(tr("tailscale is not installed here: type the proxy's host "
                                     "name and your tailnet (Tailscale admin console, DNS "
                                     "page)."));
        return;
    }
    m_discovery = new TailnetDiscovery(this);
    connect(m_discovery, &TailnetDiscovery::finished, this, &RewritePanel::onDiscoveryFinished);
    m_discoveryLabel->setText(tr("Asking tailscale for the tailnet's name..."));
    m_discovery->start();
}

void RewritePanel::onDiscoveryFinished()
{
    const TailnetDiscoveryResult result = m_discovery->result();
    if (!result.ok()) {
        m_discoveryLabel->setText(result.message);
        return;
    }
    const QString suffix = result.suffix();
    m_suffix = suffix;
    // Adding the first item to an empty combo box selects it: keep what the user sees.
    const QString tailnetText = m_tailnetCombo->currentText();
    if (m_tailnetCombo->findText(suffix) < 0)
        m_tailnetCombo->addItem(suffix);
    m_tailnetCombo->setEditText(tailnetText.trimmed().isEmpty() ? suffix : tailnetText);
    m_candidates = ProxyCandidates::merge(result.candidates, m_settings->typedProxies(), suffix);
    addCandidateItems();
    if (m_contexts.size() == 1)
        showProxy(preferredProxy(m_contexts.first()));
    else if (m_contexts.size() > 1)
        fillProxyTable();
    rebuildPlan(); // the tags of the proxy shown, even when its name did not change
    m_discoveryLabel->setText(
        tr("Tailnet %1: operator proxies found: %2").arg(suffix).arg(result.candidates.size()));
    updateFqdnLabel();
}

void RewritePanel::addCandidateItems()
{
    const QString hostText = m_hostCombo->currentText();
    const QSignalBlocker blocker(m_hostCombo);
    for (const ProxyCandidate &candidate : std::as_const(m_candidates)) {
        QString host = candidate.fqdn;
        if (!m_suffix.isEmpty() && host.endsWith(QLatin1Char('.') + m_suffix))
            host.chop(m_suffix.size() + 1);
        if (m_hostCombo->findText(host) >= 0)
            continue;
        m_hostCombo->addItem(host, candidate.fqdn);
        m_hostCombo->setItemData(m_hostCombo->count() - 1, ProxyCandidates::label(candidate),
                                 Qt::ToolTipRole);
    }
    m_hostCombo->setEditText(hostText);
}

QString RewritePanel::preferredProxy(const QString &context) const
{
    const QString saved = m_settings->proxyForContext(context);
    if (!saved.isEmpty())
        return saved;
    const std::optional<ContextInfo> info = m_service->context(context);
    const QString cluster = info ? info->clusterName : context;
    return ProxySuggestion::suggest(cluster, m_candidates, m_settings->proxyForCluster(cluster))
        .fqdn;
}

// Shows `fqdn` as host name + tailnet; nothing changes when it is empty.
void RewritePanel::showProxy(const QString &fqdn)
{
    if (fqdn.isEmpty())
        return;
    const qsizetype dot = fqdn.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        m_hostCombo->setEditText(fqdn);
        return;
    }
    m_tailnetCombo->setEditText(fqdn.mid(dot + 1));
    m_hostCombo->setEditText(fqdn.left(dot));
}

void RewritePanel::fillProxyTable()
{
    m_proxyTable->setRowCount(0);
    m_proxyTable->setRowCount(int(m_contexts.size()));
    for (int row = 0; row < m_contexts.size(); ++row) {
        const QString context = m_contexts.at(row);
        auto *name = new QTableWidgetItem(context);
        name->setToolTip(context);
        m_proxyTable->setItem(row, 0, name);
        // A context the batch leaves alone gets no proxy: its row says why instead.
        const std::optional<ContextInfo> info = m_service->context(context);
        const ContextRoute route = info ? ContextRoute::classify(*info) : ContextRoute();
        if (info && !route.eligible()) {
            auto *why = new QTableWidgetItem(tr("Skipped: %1").arg(route.label()));
            why->setToolTip(route.reason());
            m_proxyTable->setItem(row, 1, why);
            m_proxyTable->setItem(row, 2, new QTableWidgetItem);
            continue;
        }
        auto *combo = editableCombo(QStringLiteral("proxyCombo"), m_proxyTable);
        combo->setAccessibleName(tr("Proxy for %1").arg(context));
        for (const ProxyCandidate &candidate : std::as_const(m_candidates)) {
            combo->addItem(candidate.fqdn);
            combo->setItemData(combo->count() - 1, ProxyCandidates::label(candidate),
                               Qt::ToolTipRole);
        }
        combo->lineEdit()->setPlaceholderText(tr("the proxy named above"));
        combo->setEditText(preferredProxy(context));
        auto *tags = new QTableWidgetItem;
        m_proxyTable->setItem(row, 2, tags);
        const auto showTags = [this, tags](const QString &text) {
            const int at = ProxyCandidates::indexOf(m_candidates, text.trimmed());
            const QString label = at < 0 ? QString()
                                  : m_candidates.at(at).typed
                                      ? tr("typed before")
                                      : m_candidates.at(at).tags.join(QStringLiteral(", "));
            tags->setText(label);
            tags->setToolTip(label);
        };
        showTags(combo->currentText());
        connect(combo, &QComboBox::editTextChanged, this, showTags);
        connect(combo, &QComboBox::editTextChanged, this, &RewritePanel::onProxyTextEdited);
        m_proxyTable->setCellWidget(row, 1, combo);
    }
    fitProxyTableColumns();
}

bool RewritePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_proxyTable->viewport() && event->type() == QEvent::Resize)
        fitProxyTableColumns();
    return QWidget::eventFilter(watched, event);
}

// The context and tags columns take what they need, up to a quarter and a sixth of the table;
// the proxy column has the rest.
void RewritePanel::fitProxyTableColumns()
{
    const int width = m_proxyTable->viewport()->width();
    m_proxyTable->resizeColumnToContents(0);
    m_proxyTable->resizeColumnToContents(2);
    m_proxyTable->setColumnWidth(0, std::min(m_proxyTable->columnWidth(0), width / 4));
    m_proxyTable->setColumnWidth(2, std::min(m_proxyTable->columnWidth(2), width / 6));
}

QString RewritePanel::proxyForContext(const QString &context) const
{
    const int row = int(m_contexts.indexOf(context));
    if (m_contexts.size() < 2 || row < 0 || row >= m_proxyTable->rowCount())
        return m_contexts.contains(context) ? fqdn() : QString();
    const auto *combo = qobject_cast<QComboBox *>(m_proxyTable->cellWidget(row, 1));
    return combo ? combo->currentText().trimmed() : QString();
}

void RewritePanel::setProxyForContext(const QString &context, const QString &fqdn)
{
    const int row = int(m_contexts.indexOf(context));
    if (m_contexts.size() < 2 || row < 0 || row >= m_proxyTable->rowCount()) {
        if (m_contexts.contains(context))
            showProxy(fqdn);
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(m_proxyTable->cellWidget(row, 1)))
        combo->setEditText(fqdn);
}

void RewritePanel::rememberProxy(const QString &context, const QString &fqdn)
{
    if (fqdn.isEmpty())
        return;
    m_settings->setProxyForContext(context, fqdn);
    if (const std::optional<ContextInfo> info = m_service->context(context))
        m_settings->setProxyForCluster(info->clusterName, fqdn);
    if (ProxyCandidates::indexOf(m_candidates, fqdn) < 0 ||
        m_candidates.at(ProxyCandidates::indexOf(m_candidates, fqdn)).typed)
        m_settings->addTypedProxy(fqdn);
}

void RewritePanel::updateFqdnLabel()
{
    const int at = ProxyCandidates::indexOf(m_candidates, fqdn());
    if (at < 0)
        m_proxyTagsLabel->clear();
    else if (m_candidates.at(at).typed)
        m_proxyTagsLabel->setText(tr("A proxy you typed before"));
    else if (m_candidates.at(at).tags.isEmpty())
        m_proxyTagsLabel->setText(m_candidates.at(at).reason);
    else
        m_proxyTagsLabel->setText(
            tr("Tags: %1").arg(m_candidates.at(at).tags.join(QStringLiteral(", "))));
    const QString name = fqdn();
    if (name.isEmpty())
        m_fqdnLabel->setText(tr("Type the proxy's name to see the change."));
    else if (!name.contains(QLatin1Char('.')))
        m_fqdnLabel->setText(tr("%1 is a short name: the proxy's certificate is for its full "
                                "MagicDNS name, so kubectl would refuse it. Type the tailnet "
                                "(e.g. tail1234.ts.net), or connect Tailscale so it is found.")
                                 .arg(name));
    else if (m_contexts.size() > 1)
        m_fqdnLabel->setText(
            tr("Each context goes through the proxy of its row below; a row left empty uses "
               "https://%1:443")
                .arg(name));
    else
        m_fqdnLabel->setText(tr("kubectl will use https://%1:443").arg(name));
    // A short name and a known tailnet: offer the full name as one click.
    const bool known = m_discovery && !m_discovery->isRunning() && m_discovery->result().ok() &&
                       !m_discovery->result().suffix().isEmpty();
    const bool offer = known && !name.isEmpty() && !name.contains(QLatin1Char('.'));
    if (offer)
        m_useFullName->setText(
            tr("Use %1").arg(name + QLatin1Char('.') + m_discovery->result().suffix()));
    m_useFullName->setVisible(offer);
}

void RewritePanel::showProblem(const QString &text)
{
    m_plan.reset();
    m_warnings->clear();
    m_applyAnyway->setVisible(false);
    m_diff->setPlaceholder(text);
    m_apply->setEnabled(false);
}

void RewritePanel::onProxyTextEdited()
{
    if (!m_service->isLarge()) {
        rebuildPlan();
        return;
    }
    // The plan shown is for what was typed before: it cannot be applied any more.
    updateFqdnLabel();
    m_plan.reset();
    m_apply->setEnabled(false);
    m_typingPause->start();
}

void RewritePanel::rebuildPlan()
{
    m_typingPause->stop();
    updateFqdnLabel();
    if (m_contexts.isEmpty()) {
        m_selectionLabel->setFullText(tr("Select one or more contexts in the table above."));
        showProblem(tr("Select one or more contexts in the table above to see the change."));
        return;
    }
    m_selectionLabel->setFullText(m_contexts.size() == 1
                                      ? tr("Context: %1").arg(m_contexts.first())
                                      : tr("%1 contexts: %2")
                                            .arg(m_contexts.size())
                                            .arg(m_contexts.join(QStringLiteral(", "))));
    if (!m_service->isLoaded()) {
        showProblem(tr("The kubeconfig could not be read: %1").arg(m_service->loadError()));
        return;
    }
    RewriteOptions options;
    options.contexts = m_contexts;
    options.fqdn = fqdn();
    qsizetype needProxy = m_contexts.size(); // a skipped row of the table needs none
    if (m_contexts.size() > 1) {
        needProxy = 0;
        for (int row = 0; row < m_proxyTable->rowCount(); ++row)
            needProxy += m_proxyTable->cellWidget(row, 1) ? 1 : 0;
        for (const QString &context : std::as_const(m_contexts)) {
            const QString own = proxyForContext(context);
            if (!own.isEmpty())
                options.fqdnByContext.insert(context, own);
        }
    }
    if (options.fqdn.isEmpty() && options.fqdnByContext.size() < needProxy) {
        showProblem(tr("Type the proxy's host name and tailnet to see the change."));
        return;
    }
    // A short name: kubectl would refuse the proxy's certificate. The contexts' own warnings
    // are still shown; the label says why nothing can be written and what to do.
    const bool shortName = !options.fqdn.isEmpty() && !options.fqdn.contains(QLatin1Char('.'));
    m_apply->setToolTip(shortName ? m_fqdnLabel->text()
                                  : tr("Write the change (a backup of each file is saved first)"));
    options.mode =
        m_sibling->isChecked() ? RewriteOptions::Mode::NewContext : RewriteOptions::Mode::InPlace;
    options.keepCa = m_keepCa->isChecked();
    options.setCurrent = m_setCurrent->isChecked();
    options.force = m_applyAnyway->isChecked();
    // Several contexts: those the proxy cannot carry are left alone and listed with why.
    options.skipIneligible = m_contexts.size() > 1;

    if (m_service->parseWouldStall()) {
        // A large kubeconfig (2,000 contexts: a quarter of a second) is parsed on a worker,
        // not on the window's thread; the preview comes when it is in (parsedInBackground).
        showProblem(tr("Reading the kubeconfig for the preview..."));
        m_service->parseInBackground();
        return;
    }
    ++m_timesPlanned;
    Result<RewritePlan> built = RewritePlan::build(*m_service->set(), options);
    if (!built) {
        showProblem(built.error());
        m_warnings->addItem(new QListWidgetItem(
            style()->standardIcon(QStyle::SP_MessageBoxCritical), built.error()));
        return;
    }
    m_plan = built.takeValue();
    // The panel shows the diff and applies the changes: the edited tree can go.
    m_plan->releaseResultSet();
    showWarnings(m_plan->warnings());
    showSkipped(m_plan->skippedContexts());
    if (shortName) {
        m_plan.reset();
        m_diff->setPlaceholder(m_fqdnLabel->text());
        m_apply->setEnabled(false);
        return;
    }
    if (m_plan->isEmpty() && !m_plan->skippedContexts().isEmpty() &&
        m_plan->changedContexts().isEmpty() && m_plan->unchangedContexts().isEmpty())
        m_diff->setPlaceholder(tr("Nothing to change: none of the selected contexts can go "
                                  "through the tailnet's proxy (see why on the left)."));
    else if (m_plan->isEmpty())
        m_diff->setPlaceholder(
            tr("Nothing to change: the selected contexts already use %1.")
                .arg(options.fqdnByContext.isEmpty() ? options.fqdn : tr("their proxies")));
    else
        m_diff->setDiff(m_plan->diff());
    m_apply->setEnabled(!m_applying && !m_plan->isEmpty() && !m_plan->blocked());
}

void RewritePanel::showWarnings(const QList<RewriteWarning> &warnings)
{
    m_warnings->clear();
    bool blocking = false;
    for (const RewriteWarning &warning : warnings) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (warning.severity == RewriteWarning::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        if (warning.severity == RewriteWarning::Severity::Blocking) {
            icon = QStyle::SP_MessageBoxCritical;
            blocking = true;
        }
        QString text = warning.context.isEmpty()
                           ? warning.message
                           : tr("%1: %2").arg(warning.context, warning.message);
        if (warning.code == QLatin1String("exec-plugin-missing")) {
            const std::optional<ContextInfo> info = m_service->context(warning.context);
            const QString hint = info ? info->execInstallHint.trimmed() : QString();
            if (!hint.isEmpty() && !text.contains(hint))
                text += QLatin1Char('\n') + hint;
        }
        auto *item = new QListWidgetItem(style()->standardIcon(icon), text);
        item->setData(Qt::UserRole, warning.code);
        item->setToolTip(text);
        m_warnings->addItem(item);
    }
    if (warnings.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No warnings for this change."));
        item->setFlags(Qt::NoItemFlags);
        m_warnings->addItem(item);
    }
    m_applyAnyway->setVisible(blocking);
}

void RewritePanel::showSkipped(const QList<RewritePlan::Skipped> &skipped)
{
    if (skipped.isEmpty())
        return;
    // "No warnings" is not true any more.
    if (m_warnings->count() == 1 && m_warnings->item(0)->flags() == Qt::NoItemFlags)
        m_warnings->clear();
    for (const RewritePlan::Skipped &skip : skipped) {
        const QString text = tr("Skipped %1: %2").arg(skip.context, skip.reason);
        auto *item =
            new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxInformation), text);
        item->setData(Qt::UserRole, QStringLiteral("skipped"));
        item->setData(SkippedContextRole, skip.context);
        item->setToolTip(text);
        m_warnings->addItem(item);
    }
}

bool RewritePanel::apply()
{
    if (m_applying || !m_plan || m_plan->isEmpty() || m_plan->blocked())
        return false;
    const RewritePlan plan = *m_plan;
    if (m_service->isLarge()) {
        // 2,000 contexts: a quarter of a second to write and as much to read back, off the
        // window's thread.
        m_applying = true;
        m_apply->setEnabled(false);
        emit statusMessage(
            tr("Writing %1\u2026").arg(KubeconfigService::displayPath(m_service->primaryFile())),
            false);
        const QPointer<RewritePanel> self(this);
        m_service->applyRewriteInBackground(plan, [self, plan](const Result<ApplyReport> &report) {
            if (self)
                self->finishApply(plan, report);
        });
        return true;
    }
    return finishApply(plan, m_service->applyRewrite(plan));
}

bool RewritePanel::finishApply(const RewritePlan &plan, const Result<ApplyReport> &report)
{
    m_applying = false;
    m_apply->setEnabled(m_plan && !m_plan->isEmpty() && !m_plan->blocked());
    if (!report) {
        emit errorMessage(tr("Nothing was written: %1").arg(report.error()));
        return false;
    }
    for (const QString &context : plan.options().contexts)
        rememberProxy(context, plan.options().fqdnByContext.value(context, plan.options().fqdn));
    m_settings->setLastHostname(m_hostCombo->currentText().trimmed());
    m_settings->setLastTailnet(m_tailnetCombo->currentText().trimmed());
    m_settings->setDefaultRewriteMode(m_sibling->isChecked() ? AppSettings::RewriteMode::NewContext
                                                             : AppSettings::RewriteMode::InPlace);
    QStringList files;
    for (const QString &file : report.value().filesWritten)
        files.append(KubeconfigService::displayPath(file));
    const int count = int(plan.changedContexts().size());
    const QString text =
        plan.options().mode == RewriteOptions::Mode::NewContext
            ? (count == 1 ? tr("Added %1 tailnet context in %2 \u2014 backup saved")
                          : tr("Added %1 tailnet contexts in %2 \u2014 backup saved"))
            : (count == 1 ? tr("Rewrote %1 context in %2 \u2014 backup saved")
                          : tr("Rewrote %1 contexts in %2 \u2014 backup saved"));
    QString status = text.arg(count).arg(files.join(QStringLiteral(", ")));
    const int skipped = int(plan.skippedContexts().size());
    if (skipped > 0)
        status += tr("; skipped %n that cannot go through the proxy", nullptr, skipped);
    emit statusMessage(status, true);
    qCInfo(lcGui) << "rewrote" << plan.changedContexts() << "to" << plan.options().fqdn;
    return true;
}
