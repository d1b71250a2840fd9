#pragma once

class CliContext;

// `kubetailor import FILE [--into F]`: merges a cloud-generated kubeconfig into F (default:
// the first kubeconfig file), renaming names that clash, and prints the renames.
int runImportCommand(CliContext &cli);
