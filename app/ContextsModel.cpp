#include "ContextsModel.h"

#include "kubeconfig/ContextRoute.h"

#include <QFont>
#include <QIcon>

ContextsModel::ContextsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ContextsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contexts.size());
}

int ContextsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContextsModel::providerIconPath(Provider provider)
{
    return QStringLiteral(":/icons/provider-%1.svg").arg(providerId(provider));
}

QVariant ContextsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_contexts.size()))
        return {};
    const ContextInfo &c = m_contexts.at(index.row());
    switch (role) {
    case ContextNameRole:
        return c.name;
    case IsCurrentRole:
        return c.isCurrent;
    case ViaTailnetRole:
        return c.viaTailnet;
    case ProviderIdRole:
        return providerId(c.provider);
    case AuthMethodIdRole:
        return authMethodId(c.authMethod);
    case OriginFileRole:
        return c.originFile;
    case RouteIdRole:
        return ContextRoute::classify(c).id();
    case FilterTextRole:
        return filterText(c);
    default:
        break;
    }

    switch (index.column()) {
    case CurrentColumn:
        if (role == Qt::DisplayRole)
            return c.isCurrent ? QStringLiteral("\u25CF") : QString(); // a filled circle
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return c.isCurrent ? tr("current context") : tr("not current");
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignCenter);
        break;
    case NameColumn:
        if (role == Qt::DisplayRole)
            return c.name;
        if (role == Qt::FontRole && c.isCurrent) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ToolTipRole) {
            QString tip = tr("%1\ncluster: %2\nuser: %3\nfile: %4")
                              .arg(c.name, c.clusterName, c.userName, c.originFile);
            if (!c.namespace_.isEmpty())
                tip += tr("\nnamespace: %1").arg(c.namespace_);
            if (c.broken)
                tip += QLatin1Char('\n') + c.problem;
            return tip;
        }
        break;
    case ProviderColumn:
        if (role == Qt::DisplayRole)
            return providerName(c.provider);
        if (role == Qt::DecorationRole) {
            const QString path = providerIconPath(c.provider);
            auto icon = m_icons.constFind(path);
            if (icon == m_icons.cend())
                icon = m_icons.insert(path, QIcon(path));
            return *icon;
        }
        break;
    case AuthColumn:
        if (role == Qt::DisplayRole)
            return c.broken ? tr("broken: %1").arg(c.problem) : c.authSummary;
        if (role == Qt::ToolTipRole && !c.execInstallHint.isEmpty())
            return c.execInstallHint.trimmed();
        break;
    case ServerColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return c.server;
        break;
    case TailnetColumn:
        if (role == Qt::DisplayRole)
            return ContextRoute::classify(c).label();
        if (role == Qt::ToolTipRole)
            return ContextRoute::classify(c).reason();
        break;
    default:
        break;
    }
    return {};
}

QVariant ContextsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == CurrentColumn)
        return tr("Current context");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CurrentColumn:
        return QString();
    case NameColumn:
        return tr("Context");
    case ProviderColumn:
        return tr("Provider");
    case AuthColumn:
        return tr("Authentication");
    case ServerColumn:
        return tr("Server");
    case TailnetColumn:
        return tr("Route");
    default:
        return {};
    }
}

QString ContextsModel::filterText(const ContextInfo &c) const
{
    return QStringList{
        c.name,      providerName(c.provider), c.authSummary, c.server, c.clusterName, c.userName,
        c.namespace_}
        .join(QLatin1Char('\n'));
}

void ContextsModel::setContexts(const QList<ContextInfo> &contexts)
{
    beginResetModel();
    m_contexts = contexts;
    m_foldedFilterTexts.clear();
    m_foldedFilterTexts.reserve(m_contexts.size());
    m_rows.clear();
    m_rows.reserve(m_contexts.size());
    for (int i = 0; i < int(m_contexts.size()); ++i) {
        ContextInfo &c = m_contexts[i];
        // The table never shows the CA itself, only whether there is one
        // (hasCertificateAuthority): 2,000 GKE contexts carry ~3 MB of PEM.
        c.certificateAuthorityData = QByteArray();
        m_foldedFilterTexts << filterText(c).toCaseFolded();
        m_rows.insert(c.name, i);
    }
    endResetModel();
}

bool ContextsModel::rowContains(int row, QStringView foldedNeedle) const
{
    if (row < 0 || row >= int(m_foldedFilterTexts.size()))
        return false;
    return foldedNeedle.isEmpty() || m_foldedFilterTexts.at(row).contains(foldedNeedle);
}

ContextInfo ContextsModel::context(int row) const
{
    return row >= 0 && row < int(m_contexts.size()) ? m_contexts.at(row) : ContextInfo();
}

int ContextsModel::rowOf(const QString &name) const
{
    return m_rows.value(name, -1);
}

QString ContextsModel::currentContext() const
{
    for (const ContextInfo &c : m_contexts) {
        if (c.isCurrent)
            return c.name;
    }
    return QString();
}
