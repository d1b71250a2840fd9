#include "KubeconfigLogging.h"

Q_LOGGING_CATEGORY(lcKubeconfig, "kubetailor.kubeconfig", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiscovery, "kubetailor.discovery", QtInfoMsg)
