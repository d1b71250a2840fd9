#pragma once

class CliContext;

// `kubetailor undo [--kubeconfig F] [--force]`: undoes kubetailor's last change of the
// kubeconfig entry by entry (UndoPlan), keeping what other programs wrote since; refuses,
// naming the entries, when one kubetailor changed was changed again. Says what changed.
int runUndoCommand(CliContext &cli);
