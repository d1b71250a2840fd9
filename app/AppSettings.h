#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>

// Typed access to the desktop app's settings (QSettings, the user's config folder). One
// getter/setter pair per setting, so a key is spelled once and defaults live in one place.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    enum class RewriteMode { InPlace, NewContext };
    enum class ForwarderMode { Http, Passthrough };

    AppSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    // The last proxy host name (e.g. "tailscale-operator") and tailnet suffix
    // ("tail1234.ts.net") the user rewrote with.
    QString lastHostname() const;
    void setLastHostname(const QString &hostname);
    QString lastTailnet() const;
    void setLastTailnet(const QString &tailnet);

    // The proxy FQDN the user last chose for a context, and the one last used for a cluster
    // (empty when none). Context and cluster names are kept verbatim ('/' in an EKS ARN too).
    QString proxyForContext(const QString &context) const;
    void setProxyForContext(const QString &context, const QString &fqdn);
    QString proxyForCluster(const QString &cluster) const;
    void setProxyForCluster(const QString &cluster, const QString &fqdn);
    // Proxy FQDNs the user typed (not offered by discovery), most recent first, at most 20.
    QStringList typedProxies() const;
    void addTypedProxy(const QString &fqdn);

    RewriteMode defaultRewriteMode() const;
    void setDefaultRewriteMode(RewriteMode mode);

    ForwarderMode forwarderMode() const;
    void setForwarderMode(ForwarderMode mode);
    int forwarderPort() const; // 8443 unless changed
    void setForwarderPort(int port);

    bool startMinimized() const;
    void setStartMinimized(bool minimized);

    // Set once the app has told the user that no system tray was found.
    bool noTrayNoticeShown() const;
    void setNoTrayNoticeShown(bool shown);

    void sync();

    static constexpr int DefaultForwarderPort = 8443;

private:
    QSettings m_settings;
};
