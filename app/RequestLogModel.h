#pragma once

#include "proxycore/ForwarderRequestRecord.h"

#include <QAbstractTableModel>
#include <QList>

#include <deque>

// The local forwarder's request log for the window: the last `capacity` requests (1000 by
// default), oldest first. Appending past the capacity drops the oldest rows.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        BytesColumn,
        ColumnCount
    };
    static constexpr int DefaultCapacity = 1000;

    explicit RequestLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const ForwarderRequestRecord &record);
    void clear();
    ForwarderRequestRecord record(int row) const;

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    // The path with the values of token-like query parameters replaced, so the log never
    // shows a credential even when a client put one in the URL.
    static QString redactedPath(const QString &path);

private:
    void trim();

    std::deque<ForwarderRequestRecord> m_entries;
    int m_capacity = DefaultCapacity;
};
