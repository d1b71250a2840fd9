#include "RewritePanel.h"

#include "app/AppLogging.h"
#include "app/AppSettings.h"
#include "app/KubeconfigService.h"
#include "app/gui/DiffView.h"
#include "kubeconfig/tailnet/TailnetDiscovery.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

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
    , m_selectionLabel(new QLabel(this))
    , m_hostCombo(editableCombo(QStringLiteral("hostnameCombo"), this))
    , m_tailnetCombo(editableCombo(QStringLiteral("tailnetCombo"), this))
    , m_fqdnLabel(new QLabel(this))
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
{
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_selectionLabel->setWordWrap(true);
    m_fqdnLabel->setObjectName(QStringLiteral("fqdnLabel"));
    m_fqdnLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    form->addRow(QString(), m_discoveryLabel);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_selectionLabel);
    leftLayout->addLayout(form);
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
    splitter->addWidget(left);
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

    connect(m_hostCombo, &QComboBox::editTextChanged, this, &RewritePanel::rebuildPlan);
    connect(m_tailnetCombo, &QComboBox::editTextChanged, this, &RewritePanel::rebuildPlan);
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

    rebuildPlan();
}

RewritePanel::~RewritePanel() = default;

void RewritePanel::setSelectedContexts(const QStringList &names)
{
    if (names == m_contexts)
        return;
    m_contexts = names;
    m_applyAnyway->setChecked(false); // a confirmation is for the contexts it was given for
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
    if (m_tailnetCombo->findText(suffix) < 0)
        m_tailnetCombo->addItem(suffix);
    if (m_tailnetCombo->currentText().trimmed().isEmpty())
        m_tailnetCombo->setEditText(suffix);
    for (const OperatorCandidate &candidate : result.candidates) {
        QString host = candidate.fqdn;
        if (host.endsWith(QLatin1Char('.') + suffix))
            host.chop(suffix.size() + 1);
        if (m_hostCombo->findText(host) < 0) {
            m_hostCombo->addItem(host);
            m_hostCombo->setItemData(m_hostCombo->count() - 1,
                                     tr("%1 (%2)").arg(candidate.fqdn, candidate.reason),
                                     Qt::ToolTipRole);
        }
    }
    m_discoveryLabel->setText(
        tr("Tailnet %1: operator proxies found: %2").arg(suffix).arg(result.candidates.size()));
    updateFqdnLabel();
}

void RewritePanel::updateFqdnLabel()
{
    const QString name = fqdn();
    if (name.isEmpty())
        m_fqdnLabel->setText(tr("Type the proxy's name to see the change."));
    else if (!name.contains(QLatin1Char('.')))
        m_fqdnLabel->setText(tr("%1 is a short name: the proxy's certificate is for its full "
                                "MagicDNS name, so kubectl would refuse it. Type the tailnet "
                                "(e.g. tail1234.ts.net), or connect Tailscale so it is found.")
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

void RewritePanel::rebuildPlan()
{
    updateFqdnLabel();
    if (m_contexts.isEmpty()) {
        m_selectionLabel->setText(tr("Select one or more contexts in the table above."));
        showProblem(tr("Select one or more contexts in the table above to see the change."));
        return;
    }
    m_selectionLabel->setText(m_contexts.size() == 1
                                  ? tr("Context: %1").arg(m_contexts.first())
                                  : tr("%1 contexts: %2")
                                        .arg(m_contexts.size())
                                        .arg(m_contexts.join(QStringLiteral(", "))));
    if (!m_service->isLoaded()) {
        showProblem(tr("The kubeconfig could not be read: %1").arg(m_service->loadError()));
        return;
    }
    if (fqdn().isEmpty()) {
        showProblem(tr("Type the proxy's host name and tailnet to see the change."));
        return;
    }
    if (!fqdn().contains(QLatin1Char('.'))) {
        // kubectl would refuse the proxy's certificate: the label says why and what to do.
        showProblem(m_fqdnLabel->text());
        m_apply->setToolTip(m_fqdnLabel->text());
        return;
    }
    m_apply->setToolTip(tr("Write the change (a backup of each file is saved first)"));

    RewriteOptions options;
    options.contexts = m_contexts;
    options.fqdn = fqdn();
    options.mode =
        m_sibling->isChecked() ? RewriteOptions::Mode::NewContext : RewriteOptions::Mode::InPlace;
    options.keepCa = m_keepCa->isChecked();
    options.setCurrent = m_setCurrent->isChecked();
    options.force = m_applyAnyway->isChecked();
    // Several contexts: those the proxy cannot carry are left alone and listed with why.
    options.skipIneligible = m_contexts.size() > 1;

    Result<RewritePlan> built = RewritePlan::build(m_service->set(), options);
    if (!built) {
        showProblem(built.error());
        m_warnings->addItem(new QListWidgetItem(
            style()->standardIcon(QStyle::SP_MessageBoxCritical), built.error()));
        return;
    }
    m_plan = built.takeValue();
    showWarnings(m_plan->warnings());
    showSkipped(m_plan->skippedContexts());
    if (m_plan->isEmpty() && !m_plan->skippedContexts().isEmpty() &&
        m_plan->changedContexts().isEmpty() && m_plan->unchangedContexts().isEmpty())
        m_diff->setPlaceholder(tr("Nothing to change: none of the selected contexts can go "
                                  "through the tailnet's proxy (see why on the left)."));
    else if (m_plan->isEmpty())
        m_diff->setPlaceholder(
            tr("Nothing to change: the selected contexts already use %1.").arg(options.fqdn));
    else
        m_diff->setDiff(m_plan->diff());
    m_apply->setEnabled(!m_plan->isEmpty() && !m_plan->blocked());
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
            const std::optional<ContextInfo> info = m_service->set().context(warning.context);
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
    if (!m_plan || m_plan->isEmpty() || m_plan->blocked())
        return false;
    const RewritePlan plan = *m_plan;
    const Result<ApplyReport> report = m_service->applyRewrite(plan);
    if (!report) {
        emit errorMessage(tr("Nothing was written: %1").arg(report.error()));
        return false;
    }
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
