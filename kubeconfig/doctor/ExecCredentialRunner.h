#pragma once

#include "kubeconfig/doctor/CheckResult.h"
#include "kubeconfig/doctor/ExecPluginSpec.h"

#include <QCoreApplication>

#include <optional>

class KubeconfigSet;
struct ContextInfo;

// Runs a context's exec credential plugin the way client-go does (KUBERNETES_EXEC_INFO set,
// the stanza's env added, no terminal) and checks that it prints an ExecCredential with a
// token or a client certificate. Blocking, bounded by a timeout: run it off the GUI thread.
// The credential itself is never returned, logged or printed.
class ExecCredentialRunner
{
    Q_DECLARE_TR_FUNCTIONS(ExecCredentialRunner)

public:
    // The exec stanza of the context's user entry; nullopt when it has none.
    static std::optional<ExecPluginSpec> specFor(const KubeconfigSet &set,
                                                 const ContextInfo &context);

    // The KUBERNETES_EXEC_INFO document client-go passes (spec.interactive false).
    static QByteArray execInfo(const ExecPluginSpec &spec);

    // Step "exec-credential". `program` is the located command (ExecPluginLocator).
    static CheckResult run(const ExecPluginSpec &spec, const QString &program, int timeoutMs);

    // Judges the plugin's output; pure (no process), for tests.
    static CheckResult judge(const ExecPluginSpec &spec, int exitCode,
                             const QByteArray &standardOutput, const QByteArray &standardError);
};
