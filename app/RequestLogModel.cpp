#include "RequestLogModel.h"

#include "proxycore/LogRedactor.h"

#include <QLocale>

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const ForwarderRequestRecord &e = m_entries[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return e.started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case MethodColumn:
            return e.method;
        case PathColumn:
            return e.path;
        case StatusColumn:
            if (e.status > 0)
                return QString::number(e.status);
            return e.note.isEmpty() ? QStringLiteral("\u2014") : tr("failed");
        case DurationColumn:
            return tr("%1 ms").arg(e.durationMs);
        case BytesColumn:
            return QLocale().formattedDataSize(e.bytesOut, 1, QLocale::DataSizeTraditionalFormat);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return e.note.isEmpty() ? e.summary() : e.summary() + QLatin1Char('\n') + e.note;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == StatusColumn || index.column() == DurationColumn ||
         index.column() == BytesColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case TimeColumn:
            return e.started;
        case StatusColumn:
            return e.status;
        case DurationColumn:
            return e.durationMs;
        case BytesColumn:
            return e.bytesOut;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case BytesColumn:
        return tr("Bytes");
    default:
        return {};
    }
}

void RequestLogModel::append(const ForwarderRequestRecord &record)
{
    if (m_capacity <= 0)
        return;
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    ForwarderRequestRecord copy = record;
    copy.path = redactedPath(record.path);
    m_entries.push_back(copy);
    endInsertRows();
}

void RequestLogModel::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

ForwarderRequestRecord RequestLogModel::record(int row) const
{
    if (row < 0 || row >= int(m_entries.size()))
        return {};
    return m_entries[std::size_t(row)];
}

void RequestLogModel::setCapacity(int capacity)
{
    m_capacity = qMax(0, capacity);
    trim();
}

void RequestLogModel::trim()
{
    const int excess = int(m_entries.size()) - m_capacity;
    if (excess <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, excess - 1);
    m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
    endRemoveRows();
}

QString RequestLogModel::redactedPath(const QString &path)
{
    return LogRedactor::redactTarget(path.toUtf8());
}
