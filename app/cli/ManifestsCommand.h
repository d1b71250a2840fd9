#pragma once

class CliContext;

// `kubetailor manifests (helm | static | proxygroup | acl) [options]`: prints what the
// operator's noauth documentation asks for, filled in (see docs/operator-setup.md). The
// pasteable text goes to stdout, notes and the next step to stderr as `# ` lines.
int runManifestsCommand(CliContext &context);
