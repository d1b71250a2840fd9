#pragma once

#include "kubeconfig/ContextInfo.h"
#include "kubeconfig/doctor/CheckResult.h"

#include <QCoreApplication>

class ExecPluginLocator;
struct ExecPluginLocation;

// The doctor's checks of a context's kubeconfig entries (no network): is the server the
// proxy's https:// FQDN without leftovers of the old direct connection, can its exec plugin
// be found, and can its kind of credentials pass a noauth proxy at all.
class ContextEntryCheck
{
    Q_DECLARE_TR_FUNCTIONS(ContextEntryCheck)

public:
    // Step "kubeconfig": the server URL and leftover certificate-authority(-data),
    // tls-server-name, insecure-skip-tls-verify, proxy-url.
    static CheckResult checkEntry(const ContextInfo &context);

    // Step "exec-plugin": the plugin's command is found (or Skipped without a plugin).
    // `location`, when given, receives where it was found.
    static CheckResult checkExecPlugin(const ContextInfo &context, const ExecPluginLocator &locator,
                                       ExecPluginLocation *location = nullptr);

    // Step "auth": client certificates cannot pass a proxy that terminates TLS.
    static CheckResult checkAuth(const ContextInfo &context);

    // true when checkEntry() found a server the network steps can probe.
    static bool hasProbeableServer(const ContextInfo &context);
};
