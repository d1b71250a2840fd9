#pragma once

class CliContext;

// `kubetailor proxy (--context NAME [--kubeconfig F] | --upstream URL) [--listen ADDR:PORT]
// [--ca-file F] [--passthrough] [--allow-remote]`: runs the local noauth forwarder until
// SIGINT/SIGTERM. With --context it also writes a context `<NAME>-local` that points kubectl
// at the forwarder, with the same user entry.
int runProxyCommand(CliContext &cli);
