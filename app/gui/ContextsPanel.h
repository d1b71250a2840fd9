#pragma once

#include <QStringList>
#include <QWidget>

class ContextsModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// The contexts table with its filter box. Keeps the selection (by context name) across
// reloads of the model, and tells which contexts are selected.
class ContextsPanel : public QWidget
{
    Q_OBJECT

public:
    ContextsPanel(ContextsModel *model, QWidget *parent = nullptr);

    QStringList selectedContexts() const;
    void selectContexts(const QStringList &names);
    void focusFilter();

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

signals:
    void selectionChanged(const QStringList &names);
    void makeCurrentRequested(const QString &name);

private:
    void emitSelection();
    void showContextMenu(const QPoint &pos);

    ContextsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QStringList m_keptSelection;
    QStringList m_lastEmitted;
};
