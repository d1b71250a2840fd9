#pragma once

class CliContext;

// `kubetailor routes [list] [--json]`, `kubetailor routes apply [--dry-run]`,
// `kubetailor routes forget CONTEXT`: the remembered routes, their state in the kubeconfig,
// applying the ones a cloud CLI reverted again, and forgetting one.
int runRoutesCommand(CliContext &cli);
