#pragma once

#include "kubeconfig/ContextInfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QStringView>

// The contexts of the loaded kubeconfig(s) as a table for the window and the tray: name,
// provider, auth method, server, its route (ContextRoute: via tailnet, direct, local...), and which
// one is current. Plain data from KubeconfigSet::contexts(); no widgets.
class ContextsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CurrentColumn,
        NameColumn,
        ProviderColumn,
        AuthColumn,
        ServerColumn,
        TailnetColumn,
        ColumnCount
    };
    enum Role {
        ContextNameRole = Qt::UserRole + 1,
        IsCurrentRole,
        ViaTailnetRole,
        ProviderIdRole,
        AuthMethodIdRole,
        OriginFileRole,
        // ContextRoute::id(): "tailnet", "direct", "client-certificate", "local", "broken".
        RouteIdRole,
        // All searchable text of the row in one string, for the filter box.
        FilterTextRole,
    };

    explicit ContextsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the rows (a reset: selections are restored by name by the view's owner).
    void setContexts(const QList<ContextInfo> &contexts);
    QList<ContextInfo> contexts() const { return m_contexts; }
    ContextInfo context(int row) const;
    int rowOf(const QString &name) const;
    QString currentContext() const;
    // Whether row `row`'s searchable text (FilterTextRole) contains `foldedNeedle`, which is
    // case-folded already (QString::toCaseFolded). The rows' texts are folded once, when the
    // contexts are set, so a keystroke in the filter box costs one substring search a row.
    bool rowContains(int row, QStringView foldedNeedle) const;

    static QString providerIconPath(Provider provider);

private:
    QString filterText(const ContextInfo &c) const;

    QList<ContextInfo> m_contexts;
    QList<QString> m_foldedFilterTexts;
    QHash<QString, int> m_rows;
    // One icon a provider (made from its SVG once, shared by every row).
    mutable QHash<QString, QIcon> m_icons;
};
