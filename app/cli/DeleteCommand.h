#pragma once

class CliContext;

// `kubetailor delete CONTEXT`: removes the context, and its cluster and user entries when
// no other context uses them.
int runDeleteCommand(CliContext &cli);
