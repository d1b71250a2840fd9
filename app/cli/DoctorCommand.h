#pragma once

class CliContext;

// `kubetailor doctor [--kubeconfig F] [--context NAME] [--json] [--run-plugin] [--timeout S]`:
// checks the kubeconfig entry, DNS, TCP, TLS, GET /version, the exec plugin and the auth
// method of a context (the current one by default), one pass/warn/fail line each with the
// reason and the fix. Exit 0 when nothing fails (warnings are fine), 1 when a step fails.
int runDoctorCommand(CliContext &context);
