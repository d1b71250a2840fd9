#pragma once

#include <QString>

// Something the user must see before a rewrite is written (GUI and CLI stderr).
struct RewriteWarning
{
    enum class Severity {
        Info,
        Warning,
        Blocking // refused unless RewriteOptions::force
    };

    Severity severity = Severity::Warning;
    QString context; // the context it concerns; empty for the whole plan
    // Stable id for scripts and tests: "client-certificate-only", "auth-provider",
    // "proxy-url", "shared-cluster", "exec-plugin-missing", "short-name", "not-ts-net",
    // "already-tailnet", "insecure-skip-tls-verify", "keep-ca".
    QString code;
    QString message; // one line (or a few) for a person

    static QString severityName(Severity severity); // "info", "warning", "blocking"
};
