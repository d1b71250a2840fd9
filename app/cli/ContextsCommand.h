#pragma once

class CliContext;

// `kubetailor contexts [--kubeconfig F] [--json]`: every context of the merged kubeconfig
// with its provider, auth method, server and whether it already goes through the tailnet.
int runContextsCommand(CliContext &cli);
