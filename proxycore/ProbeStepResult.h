#pragma once

#include <QString>
#include <QStringList>

// The outcome of one network step of ConnectionProbe, in words for a person: what was found
// and, when something is wrong, what to do about it.
struct ProbeStepResult
{
    enum class Step { Dns, Tcp, Tls, Version };
    enum class Outcome { Pass, Warn, Fail, Skipped };

    Step step = Step::Dns;
    Outcome outcome = Outcome::Skipped;
    QString summary;     // "tailscale-operator.tail1234.ts.net resolves to 100.88.1.2"
    QString fix;         // empty when there is nothing to do
    QStringList details; // addresses, certificate names, expiry, server version
};
