#include "DoctorDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString stepTitle(const QString &id)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("kubeconfig"), QT_TRANSLATE_NOOP("DoctorDialog", "kubeconfig entry")},
        {QStringLiteral("dns"), QT_TRANSLATE_NOOP("DoctorDialog", "DNS")},
        {QStringLiteral("tcp"), QT_TRANSLATE_NOOP("DoctorDialog", "TCP connect")},
        {QStringLiteral("tls"), QT_TRANSLATE_NOOP("DoctorDialog", "TLS certificate")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("DoctorDialog", "GET /version")},
        {QStringLiteral("exec-plugin"), QT_TRANSLATE_NOOP("DoctorDialog", "exec plugin")},
        {QStringLiteral("exec-credential"), QT_TRANSLATE_NOOP("DoctorDialog", "exec credential")},
        {QStringLiteral("auth"), QT_TRANSLATE_NOOP("DoctorDialog", "auth method")},
    };
    return DoctorDialog::tr(titles.value(id, ""));
}

QIcon outcomeIcon(const QStyle *style, CheckResult::Outcome outcome)
{
    switch (outcome) {
    case CheckResult::Outcome::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckResult::Outcome::Warn:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckResult::Outcome::Fail:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckResult::Outcome::Skipped:
        break;
    }
    return style->standardIcon(QStyle::SP_MediaSkipForward);
}

} // namespace

DoctorDialog::DoctorDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Check connection"));
    resize(760, 420);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_steps = new QTreeWidget(this);
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Step"), tr("Result")});
    m_steps->setRootIsDecorated(true);
    m_steps->setWordWrap(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_again = buttons->addButton(tr("Check again"), QDialogButtonBox::ActionRole);
    m_copy = buttons->addButton(tr("Copy report"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, [this] { start(m_set, m_options); });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(reportText()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_steps, 1);
    layout->addWidget(buttons);

    connect(&m_runner, &DoctorRunner::stepFinished, this, &DoctorDialog::onStep);
    connect(&m_runner, &DoctorRunner::finished, this, &DoctorDialog::onFinished);
}

bool DoctorDialog::start(const KubeconfigSet &set, const DoctorOptions &options)
{
    if (m_runner.isRunning())
        return false;
    m_set = set;
    m_options = options;
    m_steps->clear();
    // The runner's own messages name command-line flags; the window names its table.
    const QString wanted = options.context.isEmpty() ? set.currentContext() : options.context;
    if (wanted.isEmpty() || !set.context(wanted)) {
        m_status->setText(
            wanted.isEmpty()
                ? tr("No context is selected and none is current: select one in the table, "
                     "then check again.")
                : tr("no context named '%1' in %2; select one in the table, then check again.")
                      .arg(wanted, set.files().join(QStringLiteral(", "))));
        m_again->setEnabled(true);
        return false;
    }
    const Status started = m_runner.start(set, options);
    if (!started) {
        m_status->setText(started.error());
        m_again->setEnabled(true);
        return false;
    }
    for (const QString &id : DoctorRunner::stepIds()) {
        auto *item = new QTreeWidgetItem(m_steps, {stepTitle(id), tr("waiting...")});
        item->setData(0, Qt::UserRole, id);
        item->setData(0, OutcomeRole, -1);
    }
    const ContextInfo context = m_runner.context();
    m_status->setText(tr("Checking context %1 (server %2)...").arg(context.name, context.server));
    m_again->setEnabled(false);
    m_copy->setEnabled(false);
    return true;
}

QTreeWidgetItem *DoctorDialog::itemFor(const QString &id) const
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == id)
            return item;
    }
    return nullptr;
}

void DoctorDialog::onStep(const CheckResult &result)
{
    QTreeWidgetItem *item = itemFor(result.id);
    if (!item)
        return;
    item->setIcon(0, outcomeIcon(style(), result.outcome));
    const QString summary = result.windowSummary.isEmpty() ? result.summary : result.windowSummary;
    item->setText(1, summary);
    item->setToolTip(1, summary);
    item->setData(0, OutcomeRole, int(result.outcome));
    qDeleteAll(item->takeChildren());
    // The window's words for the fix (its buttons, not command-line flags) where they differ.
    const QString fixText = result.windowFix.isEmpty() ? result.fix : result.windowFix;
    if (!fixText.isEmpty()) {
        auto *fix = new QTreeWidgetItem(item, {tr("fix"), fixText});
        fix->setToolTip(1, fixText);
    }
    if (result.action == CheckResult::routeThroughTailnet()) {
        auto *row = new QTreeWidgetItem(item);
        auto *button = new QPushButton(tr("Route through tailnet"), m_steps);
        button->setObjectName(QStringLiteral("routeThroughTailnet"));
        const QString context = m_runner.context().name;
        connect(button, &QPushButton::clicked, this,
                [this, context] { emit routeThroughTailnetRequested(context); });
        m_steps->setItemWidget(row, 1, button);
    }
    if (result.action == CheckResult::runPlugin()) {
        auto *row = new QTreeWidgetItem(item);
        auto *button = new QPushButton(tr("Run the plugin"), m_steps);
        button->setObjectName(QStringLiteral("runPlugin"));
        button->setToolTip(tr("Check again, this time running the context's exec plugin (it may "
                              "open a browser to sign in)"));
        connect(button, &QPushButton::clicked, this, [this] {
            DoctorOptions options = m_options;
            options.runPlugin = true;
            // After the current step's signal returns: start() clears the list this
            // button lives in.
            QMetaObject::invokeMethod(
                this, [this, options] { start(m_set, options); }, Qt::QueuedConnection);
        });
        m_steps->setItemWidget(row, 1, button);
    }
    for (const QString &detail : result.details)
        new QTreeWidgetItem(item, {QString(), detail});
    item->setExpanded(result.outcome == CheckResult::Outcome::Fail ||
                      result.outcome == CheckResult::Outcome::Warn);
}

void DoctorDialog::onFinished()
{
    int failed = 0;
    int warned = 0;
    for (const CheckResult &result : m_runner.results()) {
        failed += result.outcome == CheckResult::Outcome::Fail ? 1 : 0;
        warned += result.outcome == CheckResult::Outcome::Warn ? 1 : 0;
    }
    const QString name = m_runner.context().name;
    if (failed > 0)
        m_status->setText(
            tr("Context %1: %n check(s) failed; see the fix under each.", nullptr, failed)
                .arg(name));
    else if (warned > 0)
        m_status->setText(tr("Context %1 should work; %n warning(s).", nullptr, warned).arg(name));
    else
        m_status->setText(tr("Context %1: every check passed.").arg(name));
    m_again->setEnabled(true);
    m_copy->setEnabled(true);
}

QString DoctorDialog::statusText() const
{
    return m_status->text();
}

QString DoctorDialog::reportText() const
{
    QString text = m_status->text() + QLatin1Char('\n');
    for (const CheckResult &result : m_runner.results()) {
        text += QStringLiteral("[%1] %2: %3\n")
                    .arg(CheckResult::outcomeId(result.outcome), result.title, result.summary);
        if (!result.fix.isEmpty())
            text += QStringLiteral("    fix: ") + result.fix + QLatin1Char('\n');
        for (const QString &detail : result.details)
            text += QStringLiteral("    - ") + detail + QLatin1Char('\n');
    }
    return text;
}
