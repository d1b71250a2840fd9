#pragma once

#include <QWidget>

// Operator setup without Helm: the APISERVER_PROXY env entry for the operator Deployment,
// and the kubectl command that makes the same change on a running operator.
class StaticManifestTab : public QWidget
{
    Q_OBJECT

public:
    explicit StaticManifestTab(QWidget *parent = nullptr);

signals:
    // The user asked to copy `text`; `what` names it for the status line.
    void copyRequested(const QString &text, const QString &what);
};
