#include "ContextsPanel.h"

#include "app/ContextsFilterModel.h"
#include "app/ContextsModel.h"
#include "kubeconfig/ContextRoute.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

ContextsPanel::ContextsPanel(ContextsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ContextsFilterModel(model, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QWidget(this))
    , m_emptyLabel(new QLabel(m_empty))
    , m_loadingLabel(new QLabel(this))
{
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter contexts by name, provider, server... (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter contexts"));
    m_filter->setClearButtonEnabled(true);

    m_view->setObjectName(QStringLiteral("contextsView"));
    m_view->setAccessibleName(tr("Contexts"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab moves to the next control; arrows move in the table (Tab walking cells changed the
    // selected context without a word).
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // file order until the user sorts
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // An EKS ARN ends with the cluster's name: keep both ends (the tooltip has it whole).
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // However small the window, the table shows five rows under its header.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5 +
                             m_view->horizontalHeader()->sizeHint().height() +
                             2 * m_view->frameWidth() + 4);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ContextsModel::CurrentColumn, QHeaderView::Fixed);
    header->resizeSection(ContextsModel::CurrentColumn, m_view->fontMetrics().height() + 12);
    header->setSectionResizeMode(ContextsModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(ContextsModel::NameColumn, 320);
    header->resizeSection(ContextsModel::ProviderColumn, 120);
    header->resizeSection(ContextsModel::AuthColumn, 230);
    header->setSectionResizeMode(ContextsModel::ServerColumn, QHeaderView::Stretch);
    // Wide enough for the longest route, "direct — client certificate: needs auth mode".
    ContextInfo clientCertificate;
    clientCertificate.serverHost = QStringLiteral("example.com");
    clientCertificate.authMethod = AuthMethod::ClientCertificate;
    header->resizeSection(
        ContextsModel::TailnetColumn,
        m_view->fontMetrics().horizontalAdvance(ContextRoute::classify(clientCertificate).label()) +
            24);
    header->setStretchLastSection(false);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // commands to copy
    auto *importButton = new QPushButton(tr("&Import a kubeconfig file..."), m_empty);
    importButton->setObjectName(QStringLiteral("emptyStateImport"));
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(12, 12, 12, 12);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(importButton, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);
    m_loadingLabel->setObjectName(QStringLiteral("loadingState"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingLabel->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_loadingLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);

    connect(importButton, &QPushButton::clicked, this, &ContextsPanel::importRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContextsPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContextsPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContextsPanel::updateEmptyState);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ContextsFilterModel::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContextsPanel::emitSelection);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedContexts(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectContexts(m_keptSelection);
        emitSelection();
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &ContextsPanel::showContextMenu);
    updateEmptyState();
}

void ContextsPanel::setEmptyStateText(const QString &text)
{
    m_emptyLabel->setText(text);
    updateEmptyState();
}

bool ContextsPanel::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ContextsPanel::setLoadingText(const QString &text)
{
    m_loadingLabel->setText(text);
    updateEmptyState();
}

bool ContextsPanel::showsLoadingState() const
{
    return m_stack->currentWidget() == m_loadingLabel;
}

void ContextsPanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const bool loading = !m_loadingLabel->text().isEmpty();
    m_stack->setCurrentWidget(!empty    ? static_cast<QWidget *>(m_view)
                              : loading ? static_cast<QWidget *>(m_loadingLabel)
                                        : m_empty);
    m_filter->setEnabled(!empty);
}

QStringList ContextsPanel::selectedContexts() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(ContextsModel::NameColumn);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList names;
    for (const QModelIndex &index : std::as_const(rows))
        names.append(index.data(ContextsModel::ContextNameRole).toString());
    return names;
}

void ContextsPanel::selectContexts(const QStringList &names)
{
    QItemSelection selection;
    for (const QString &name : names) {
        const int row = m_model->rowOf(name);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(ContextsModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(selection.first().topLeft(),
                                                  QItemSelectionModel::NoUpdate);
}

void ContextsPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ContextsPanel::emitSelection()
{
    const QStringList names = selectedContexts();
    if (names == m_lastEmitted)
        return;
    m_lastEmitted = names;
    emit selectionChanged(names);
}

void ContextsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString name = index.data(ContextsModel::ContextNameRole).toString();
    QMenu menu(this);
    QAction *makeCurrent = menu.addAction(tr("Make &current context"));
    makeCurrent->setEnabled(!index.data(ContextsModel::IsCurrentRole).toBool());
    if (menu.exec(m_view->viewport()->mapToGlobal(pos)) == makeCurrent)
        emit makeCurrentRequested(name);
}
