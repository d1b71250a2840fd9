#pragma once

#include "kubeconfig/RewritePlan.h"
#include "kubeconfig/tailnet/ProxyCandidates.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class AppSettings;
class DiffView;
class ElidedLabel;
class KubeconfigService;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTimer;
class TailnetDiscovery;

// "Route through tailnet": the proxy's MagicDNS name (host name + tailnet suffix, offered
// from `tailscale status` when tailscale is installed, typed otherwise), the mode and
// options, the plan's warnings and a before/after preview of the selected contexts; Apply
// writes (backup first) and the window offers Undo.
class RewritePanel : public QWidget
{
    Q_OBJECT

public:
    RewritePanel(KubeconfigService *service, AppSettings *settings, QWidget *parent = nullptr);
    ~RewritePanel() override;

    void setSelectedContexts(const QStringList &names);
    QStringList selectedContexts() const { return m_contexts; }

    // The FQDN the rewrite points at: the host name as typed when it has a dot, else
    // host name + "." + tailnet.
    QString fqdn() const;
    void setHostname(const QString &hostname);
    void setTailnet(const QString &tailnet);

    // Runs `tailscale status --json` once in the background to offer the tailnet suffix and
    // the operator proxies it sees.
    void startDiscovery();

    const std::optional<RewritePlan> &plan() const { return m_plan; }
    // How many plans were built: a large kubeconfig gets one when the typing pauses, not one
    // per keystroke.
    int timesPlanned() const { return m_timesPlanned; }

    // Warnings list items for a context a batch skipped carry its name in this role
    // (Qt::UserRole holds the warning code, "skipped" for these).
    static constexpr int SkippedContextRole = Qt::UserRole + 1;

    // The proxies offered (discovered operator proxies, tag:k8s-operator first, then names
    // typed before).
    QList<ProxyCandidate> candidates() const { return m_candidates; }
    // With several contexts selected: each context's own proxy, from the per-context table.
    QString proxyForContext(const QString &context) const;
    void setProxyForContext(const QString &context, const QString &fqdn);

public slots:
    // Builds the plan again from the current inputs and the loaded kubeconfig.
    void rebuildPlan();
    // Writes the plan. A large kubeconfig (KubeconfigService::isLarge()) is written on a
    // worker: apply() returns at once with isApplying() true, and the outcome (status bar,
    // remembered proxy) comes when the write is in. False when nothing was written or
    // started.
    bool apply();
    bool isApplying() const { return m_applying; }

signals:
    void statusMessage(const QString &text, bool undoable);
    void errorMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool finishApply(const RewritePlan &plan, const Result<ApplyReport> &report);
    // A proxy name field changed: a small kubeconfig's plan is built at once; a large one's
    // (half a second for 2,000 contexts) when the typing pauses, Apply off until then.
    void onProxyTextEdited();
    void onDiscoveryFinished();
    void showWarnings(const QList<RewriteWarning> &warnings);
    void showSkipped(const QList<RewritePlan::Skipped> &skipped);
    void showProblem(const QString &text);
    void updateFqdnLabel();
    // The saved choice for the context, else ProxySuggestion over the candidates.
    QString preferredProxy(const QString &context) const;
    void showProxy(const QString &fqdn);
    void fillProxyTable();
    void fitProxyTableColumns();
    void addCandidateItems();
    void rememberProxy(const QString &context, const QString &fqdn);

    KubeconfigService *m_service;
    AppSettings *m_settings;
    TailnetDiscovery *m_discovery = nullptr;
    QStringList m_contexts;
    std::optional<RewritePlan> m_plan;
    QList<ProxyCandidate> m_candidates;
    QString m_suffix;

    ElidedLabel *m_selectionLabel;
    QComboBox *m_hostCombo;
    QComboBox *m_tailnetCombo;
    QLabel *m_fqdnLabel;
    QLabel *m_proxyTagsLabel;
    QTableWidget *m_proxyTable;
    QLabel *m_discoveryLabel;
    QPushButton *m_useFullName;
    QRadioButton *m_inPlace;
    QRadioButton *m_sibling;
    QCheckBox *m_keepCa;
    QCheckBox *m_setCurrent;
    QListWidget *m_warnings;
    QCheckBox *m_applyAnyway;
    DiffView *m_diff;
    QPushButton *m_apply;
    QTimer *m_typingPause;
    int m_timesPlanned = 0;
    bool m_applying = false;
};
