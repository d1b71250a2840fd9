#pragma once

#include "kubeconfig/Result.h"

#include <QCoreApplication>
#include <QString>

// Kubernetes object names and Tailscale host names: an RFC 1123 label, as
// k8s.io/apimachinery's IsDNS1123Label checks it.
class Dns1123
{
    Q_DECLARE_TR_FUNCTIONS(Dns1123)

public:
    static constexpr int MaxLabelLength = 63;

    // At most 63 characters of a-z, 0-9 and '-', starting and ending with a letter or
    // digit. The failure says why and what would be valid; `what` names the field in that
    // message ("ProxyGroup name").
    static Status checkLabel(const QString &value, const QString &what);
};
