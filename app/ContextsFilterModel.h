#pragma once

#include <QSortFilterProxyModel>
#include <QString>

class ContextsModel;

// The contexts table's filter: a row is shown when its searchable text (name, provider,
// auth, server, cluster, user, namespace) contains the typed text, case-insensitively. The
// rows' texts are folded once by ContextsModel, the typed text once per keystroke: no
// regular expression is built or run, so 2,000 rows filter as fast as one substring search
// each.
class ContextsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ContextsFilterModel(ContextsModel *model, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ContextsModel *m_model;
    QString m_text;
    QString m_folded;
};
