#pragma once

#include "kubeconfig/ContextInfo.h"
#include "proxycore/ForwarderConfig.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

class ForwarderService;

// What a forwarder started for a context needs from it, and what the `<context>-local` entry
// then says: one set of rules for `kubetailor proxy --context` and the window's local proxy.
//  - upstream: the context's server without its path (the forwarder connects to host:port;
//    request targets pass through as kubectl sends them);
//  - local server: https://127.0.0.1:PORT plus the server's path (Rancher's
//    /k8s/clusters/<id>), so kubectl's request targets stay the same;
//  - http mode: certificate-authority-data = the forwarder's own authority;
//  - passthrough: the cluster's CA (data, or the certificate-authority file's content) and
//    tls-server-name = the cluster's own tls-server-name, else the upstream host; a cluster
//    that skips verification and has no CA keeps insecure-skip-tls-verify (the user's own
//    choice; without it kubectl could not verify the tunnelled server at all).
class ForwarderLocalContext
{
public:
    // The upstream settings for `info` (upstream URL, the cluster's CA for verifying it).
    static void configureUpstream(const ContextInfo &info, ForwarderConfig *config);
    // The certificate-authority file of `info` as an absolute path (relative paths are
    // relative to the file that defined the cluster), or empty.
    static QString caFilePath(const ContextInfo &info);

    // The entry to write once `service` runs with `config` for `info`.
    static ForwarderLocalContext describe(const ContextInfo &info, const ForwarderConfig &config,
                                          const ForwarderService &service);

    QString server;
    QByteArray certificateAuthorityPem;
    QString tlsServerName;              // empty in http mode
    bool insecureSkipTlsVerify = false; // passthrough only
};
