#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

// What the user asked `rewrite` to do.
struct RewriteOptions
{
    enum class Mode {
        InPlace,   // change the context's cluster entry
        NewContext // add `<context>-tailnet` with its own cluster `<cluster>-tailnet`
    };

    QStringList contexts; // context names; ignored when `all`
    bool all = false;     // every context (already rewritten ones are left alone)
    QString fqdn;         // tailscale-operator.tail1234.ts.net
    // A proxy per context: context name -> FQDN, overriding `fqdn` for that context (`fqdn`
    // may then be empty when every chosen context has its own). Contexts sharing a cluster
    // in place must share a proxy.
    QMap<QString, QString> fqdnByContext;
    Mode mode = Mode::InPlace;
    // NewContext: the name of the added context (only with a single context); default
    // `<context>-tailnet`.
    QString newContextName;
    bool keepCa = false;     // keep certificate-authority(-data), e.g. a private CA proxy
    bool setCurrent = false; // make the (new or rewritten) context current
    bool force = false;      // rewrite even when a warning is Blocking
    // A batch (`rewrite --all`, several contexts chosen in the window): a context that cannot
    // go through a noauth proxy (ContextRoute::eligible(): a local cluster, a client
    // certificate only) is skipped with its reason instead of blocking the whole plan.
    // Without it such a context is a Blocking warning. Ignored with `force`.
    bool skipIneligible = false;

    // Looks up an exec plugin's command; returns true when found. `kubeconfigDir` is the
    // folder of the file the user entry came from. Default (empty): ExecPluginLocator.
    std::function<bool(const QString &command, const QString &kubeconfigDir)> pluginExists;
};
