#include "ContextsFilterModel.h"

#include "app/ContextsModel.h"

ContextsFilterModel::ContextsFilterModel(ContextsModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
}

void ContextsFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    // Spaces around what was typed or pasted ("inventory " from a terminal) are not part
    // of any name; spaces inside are ("client certificate").
    m_folded = text.trimmed().toCaseFolded();
    invalidateFilter();
}

bool ContextsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_model->rowContains(sourceRow, m_folded);
}
