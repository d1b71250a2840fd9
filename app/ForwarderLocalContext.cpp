#include "ForwarderLocalContext.h"

#include "proxycore/ForwarderService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

void ForwarderLocalContext::configureUpstream(const ContextInfo &info, ForwarderConfig *config)
{
    QUrl upstream(info.server);
    if (upstream.port() < 0 && upstream.scheme() == QLatin1String("https"))
        upstream.setPort(443);
    config->upstream = upstream;
    config->caPem = info.certificateAuthorityData;
    if (config->caFile.isEmpty() && config->caPem.isEmpty())
        config->caFile = caFilePath(info);
}

QString ForwarderLocalContext::caFilePath(const ContextInfo &info)
{
    if (info.certificateAuthorityFile.isEmpty())
        return QString();
    const QFileInfo file(info.certificateAuthorityFile);
    if (file.isAbsolute())
        return file.filePath();
    const QString base = info.clusterFile.isEmpty() ? info.originFile : info.clusterFile;
    return QFileInfo(base).dir().filePath(info.certificateAuthorityFile);
}

ForwarderLocalContext ForwarderLocalContext::describe(const ContextInfo &info,
                                                      const ForwarderConfig &config,
                                                      const ForwarderService &service)
{
    ForwarderLocalContext local;
    QUrl server = service.localUrl();
    const QString path = QUrl(info.server).path();
    if (!path.isEmpty() && path != QLatin1String("/"))
        server.setPath(path);
    local.server = server.toString();
    if (config.mode == ForwarderConfig::Mode::Http) {
        local.certificateAuthorityPem = service.certificateAuthorityPem();
        return local;
    }
    local.certificateAuthorityPem = info.certificateAuthorityData;
    if (local.certificateAuthorityPem.isEmpty() && !config.caFile.isEmpty()) {
        QFile file(config.caFile);
        if (file.open(QIODevice::ReadOnly))
            local.certificateAuthorityPem = file.readAll();
    }
    local.tlsServerName = info.tlsServerName.isEmpty() ? config.upstreamHost() : info.tlsServerName;
    local.insecureSkipTlsVerify =
        info.insecureSkipTlsVerify && local.certificateAuthorityPem.isEmpty();
    return local;
}
