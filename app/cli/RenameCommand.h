#pragma once

class CliContext;

// `kubetailor rename OLD NEW`: renames a context in the file it came from; current-context
// follows.
int runRenameCommand(CliContext &cli);
