#include "AppSettings.h"

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kHostname = QStringLiteral("rewrite/hostname");
const QString kTailnet = QStringLiteral("rewrite/tailnet");
const QString kProxyByContext = QStringLiteral("rewrite/proxyByContext");
const QString kProxyByCluster = QStringLiteral("rewrite/proxyByCluster");
const QString kTypedProxies = QStringLiteral("rewrite/typedProxies");
constexpr int kTypedProxiesKept = 20;
const QString kRewriteMode = QStringLiteral("rewrite/mode");
const QString kForwarderMode = QStringLiteral("forwarder/mode");
const QString kForwarderPort = QStringLiteral("forwarder/port");
const QString kStartMinimized = QStringLiteral("app/startMinimized");
const QString kNoTrayNotice = QStringLiteral("app/noTrayNoticeShown");

} // namespace

AppSettings::AppSettings() = default;

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(kSplitter).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(kSplitter, state);
}

QString AppSettings::lastHostname() const
{
    return m_settings.value(kHostname, QStringLiteral("tailscale-operator")).toString();
}

void AppSettings::setLastHostname(const QString &hostname)
{
    m_settings.setValue(kHostname, hostname);
}

QString AppSettings::lastTailnet() const
{
    return m_settings.value(kTailnet).toString();
}

void AppSettings::setLastTailnet(const QString &tailnet)
{
    m_settings.setValue(kTailnet, tailnet);
}

QString AppSettings::proxyForContext(const QString &context) const
{
    return m_settings.value(kProxyByContext).toMap().value(context).toString();
}

void AppSettings::setProxyForContext(const QString &context, const QString &fqdn)
{
    QVariantMap map = m_settings.value(kProxyByContext).toMap();
    map.insert(context, fqdn);
    m_settings.setValue(kProxyByContext, map);
}

QString AppSettings::proxyForCluster(const QString &cluster) const
{
    return m_settings.value(kProxyByCluster).toMap().value(cluster).toString();
}

void AppSettings::setProxyForCluster(const QString &cluster, const QString &fqdn)
{
    QVariantMap map = m_settings.value(kProxyByCluster).toMap();
    map.insert(cluster, fqdn);
    m_settings.setValue(kProxyByCluster, map);
}

QStringList AppSettings::typedProxies() const
{
    return m_settings.value(kTypedProxies).toStringList();
}

void AppSettings::addTypedProxy(const QString &fqdn)
{
    if (fqdn.trimmed().isEmpty())
        return;
    QStringList list = typedProxies();
    list.removeAll(fqdn.trimmed());
    list.prepend(fqdn.trimmed());
    while (list.size() > kTypedProxiesKept)
        list.removeLast();
    m_settings.setValue(kTypedProxies, list);
}

AppSettings::RewriteMode AppSettings::defaultRewriteMode() const
{
    return m_settings.value(kRewriteMode).toString() == QLatin1String("new-context")
               ? RewriteMode::NewContext
               : RewriteMode::InPlace;
}

void AppSettings::setDefaultRewriteMode(RewriteMode mode)
{
    m_settings.setValue(kRewriteMode, mode == RewriteMode::NewContext
                                          ? QStringLiteral("new-context")
                                          : QStringLiteral("in-place"));
}

AppSettings::ForwarderMode AppSettings::forwarderMode() const
{
    return m_settings.value(kForwarderMode).toString() == QLatin1String("passthrough")
               ? ForwarderMode::Passthrough
               : ForwarderMode::Http;
}

void AppSettings::setForwarderMode(ForwarderMode mode)
{
    m_settings.setValue(kForwarderMode, mode == ForwarderMode::Passthrough
                                            ? QStringLiteral("passthrough")
                                            : QStringLiteral("http"));
}

int AppSettings::forwarderPort() const
{
    bool ok = false;
    const int port = m_settings.value(kForwarderPort, DefaultForwarderPort).toInt(&ok);
    return ok && port > 0 && port < 65536 ? port : DefaultForwarderPort;
}

void AppSettings::setForwarderPort(int port)
{
    m_settings.setValue(kForwarderPort, port);
}

bool AppSettings::startMinimized() const
{
    return m_settings.value(kStartMinimized, false).toBool();
}

void AppSettings::setStartMinimized(bool minimized)
{
    m_settings.setValue(kStartMinimized, minimized);
}

bool AppSettings::noTrayNoticeShown() const
{
    return m_settings.value(kNoTrayNotice, false).toBool();
}

void AppSettings::setNoTrayNoticeShown(bool shown)
{
    m_settings.setValue(kNoTrayNotice, shown);
}

void AppSettings::sync()
{
    m_settings.sync();
}
