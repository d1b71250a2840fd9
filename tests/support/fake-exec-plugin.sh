#!/bin/sh
# A stand-in exec credential plugin for tests: prints an ExecCredential with a fixed token,
# whatever it is called (install it under the names gke-gcloud-auth-plugin, kubelogin,
# aws, aws-iam-authenticator on a temporary PATH). The apiVersion follows the
# KUBERNETES_EXEC_INFO kubectl passes, so v1beta1 and v1 configs both work.
#   KUBETAILOR_FAKE_TOKEN   the token (default kubetailor-test-token)
#   KUBETAILOR_FAKE_LOG     when set, a line "<argv0> <args>" is appended to that file
token=${KUBETAILOR_FAKE_TOKEN:-kubetailor-test-token}
if [ -n "${KUBETAILOR_FAKE_LOG:-}" ]; then
    printf '%s %s\n' "$(basename "$0")" "$*" >> "$KUBETAILOR_FAKE_LOG"
fi
api=client.authentication.k8s.io/v1beta1
case "${KUBERNETES_EXEC_INFO:-}" in
    *'"apiVersion":"client.authentication.k8s.io/v1"'*) api=client.authentication.k8s.io/v1 ;;
esac
printf '{"kind":"ExecCredential","apiVersion":"%s","spec":{},"status":{"token":"%s","expirationTimestamp":"2099-01-01T00:00:00Z"}}\n' "$api" "$token"
