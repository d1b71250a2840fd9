#include "ProxyLogging.h"

Q_LOGGING_CATEGORY(lcProxy, "kubetailor.proxy", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProbe, "kubetailor.probe", QtInfoMsg)
