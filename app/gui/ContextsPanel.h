#pragma once

#include <QStringList>
#include <QWidget>

class ContextsFilterModel;
class ContextsModel;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

// The contexts table with its filter box. Keeps the selection (by context name) across
// reloads of the model, and tells which contexts are selected. While the model has no
// contexts it shows an empty state instead of the table: a text its owner sets (what is
// missing and how to get it) and an Import button, or, while the kubeconfig is first read,
// a "Reading ..." line.
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
    ContextsFilterModel *proxyModel() const { return m_proxy; }

    // The empty state's text (rich text: the kubeconfig that is missing or empty, and how
    // to get contexts into it).
    void setEmptyStateText(const QString &text);
    bool showsEmptyState() const;
    QLabel *emptyStateLabel() const { return m_emptyLabel; }

    // While the kubeconfig is read for the first time (the model is still empty) the table's
    // place says `text` ("Reading ~/.kube/config..."); empty: loaded.
    void setLoadingText(const QString &text);
    bool showsLoadingState() const;
    QLabel *loadingLabel() const { return m_loadingLabel; }

signals:
    void selectionChanged(const QStringList &names);
    void makeCurrentRequested(const QString &name);
    // The empty state's Import button.
    void importRequested();

private:
    void emitSelection();
    void showContextMenu(const QPoint &pos);
    void updateEmptyState();

    ContextsModel *m_model;
    ContextsFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QWidget *m_empty;
    QLabel *m_emptyLabel;
    QLabel *m_loadingLabel;
    QStringList m_keptSelection;
    QStringList m_lastEmitted;
};
