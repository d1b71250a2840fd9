// The one symbol libkubetailor-keychain.so exports (everything else it links is hidden): the
// kubetailor executable resolves it when a command first uses the keychain (KeychainStore).
#include "app/keychainjobs/KeychainJobs.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT KeychainJobs::StartFunction kubetailor_keychain_jobs()
{
    return &KeychainJobs::start;
}
