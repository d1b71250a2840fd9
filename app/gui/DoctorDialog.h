#pragma once

#include "app/DoctorRunner.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// "Check connection": lists the doctor's steps for one context, each with a pass / warn /
// fail / skipped icon, what it found and what to do, filled in as DoctorRunner reports.
// Non-modal friendly: start() returns at once; the window stays responsive.
class DoctorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DoctorDialog(QWidget *parent = nullptr);

    // Runs the checks for `options.context` (the current context when empty). False with
    // the reason shown in the dialog when the context does not exist.
    bool start(const KubeconfigSet &set, const DoctorOptions &options);

    DoctorRunner *runner() { return &m_runner; }
    QTreeWidget *stepList() const { return m_steps; }
    QString statusText() const;
    // The report as text, as "Copy report" puts it on the clipboard (no secrets in it).
    QString reportText() const;

    // Item data role holding the step's outcome (CheckResult::Outcome as int; -1 pending).
    static constexpr int OutcomeRole = Qt::UserRole + 1;

signals:
    // The user chose the "Route through tailnet" fix for `context`.
    void routeThroughTailnetRequested(const QString &context);

private:
    void onStep(const CheckResult &result);
    void onFinished();
    QTreeWidgetItem *itemFor(const QString &id) const;

    DoctorRunner m_runner;
    KubeconfigSet m_set;
    DoctorOptions m_options;
    QLabel *m_status = nullptr;
    QTreeWidget *m_steps = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_copy = nullptr;
};
