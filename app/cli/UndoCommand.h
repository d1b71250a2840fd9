#pragma once

class CliContext;

// `kubetailor undo [--kubeconfig F]`: restores the latest backup kubetailor took of the
// kubeconfig, and says which backup and what changed.
int runUndoCommand(CliContext &cli);
