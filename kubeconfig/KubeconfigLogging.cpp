#include "KubeconfigLogging.h"

Q_LOGGING_CATEGORY(lcKubeconfig, "kubetailor.kubeconfig", QtInfoMsg)
