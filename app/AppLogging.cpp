#include "AppLogging.h"

Q_LOGGING_CATEGORY(lcApp, "kubetailor.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "kubetailor.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "kubetailor.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "kubetailor.keychain", QtInfoMsg)
