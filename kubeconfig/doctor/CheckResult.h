#pragma once

#include <QString>
#include <QStringList>

// One line of the connection doctor: what a step checked, what it found and what to do.
// Shared by the kubeconfig-side checks and (converted by the app) the network probe.
struct CheckResult
{
    enum class Outcome { Pass, Warn, Fail, Skipped };

    QString id;    // stable, for --json: "kubeconfig", "dns", "tcp", "tls", ...
    QString title; // for a person: "kubeconfig entry", "DNS", ...
    Outcome outcome = Outcome::Skipped;
    QString summary;     // what was found
    QString fix;         // what to do; empty when nothing
    QStringList details; // supporting facts (addresses, where it looked, versions)
    // A fix the window can do itself, offered there as a button: routeThroughTailnet,
    // runPlugin, or empty. The CLI and --json do not show it.
    QString action;
    // `fix` in the window's words (its buttons and panels, not command-line flags); empty:
    // `fix` says it the same way for both.
    QString windowFix;
    // `summary` in the window's words; empty: the same for both.
    QString windowSummary;

    // The action that opens "Route through tailnet" for the checked context.
    static QString routeThroughTailnet() { return QStringLiteral("route-through-tailnet"); }
    // The action that checks again, this time running the exec plugin.
    static QString runPlugin() { return QStringLiteral("run-plugin"); }

    // "pass", "warn", "fail", "skipped"
    static QString outcomeId(Outcome outcome)
    {
        switch (outcome) {
        case Outcome::Pass:
            return QStringLiteral("pass");
        case Outcome::Warn:
            return QStringLiteral("warn");
        case Outcome::Fail:
            return QStringLiteral("fail");
        case Outcome::Skipped:
            break;
        }
        return QStringLiteral("skipped");
    }
};
