#pragma once

class CliContext;

// `kubetailor rewrite`: routes the chosen contexts through the tailnet's noauth API server
// proxy (server -> https://<fqdn>:443, CA removed, exec plugin untouched), in place or as
// `<context>-tailnet` siblings; shows a diff (--dry-run), prints the result (-o -), or
// writes it with a backup and says how to undo.
int runRewriteCommand(CliContext &cli);
