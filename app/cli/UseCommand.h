#pragma once

class CliContext;

// `kubetailor use CONTEXT`: sets current-context, in the file kubectl would write it to.
int runUseCommand(CliContext &cli);
