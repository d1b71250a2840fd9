#!/bin/sh
# Runs one test executable the way every kubetailor test runs:
#   run-test.sh [--netns] -- EXECUTABLE [ARGS...]
# - a fresh temporary HOME (with XDG config/data/cache/state dirs inside it), removed after;
# - QT_QPA_PLATFORM=offscreen (override with KUBETAILOR_TEST_PLATFORM, e.g. xcb under Xvfb);
# - LANG=C.UTF-8, so messages and sorting do not depend on the machine;
# - KUBECTL resolved once: $KUBECTL, else the plain 1.33 binary of the Cloud SDK, else
#   `kubectl` on PATH (Debian's kubernetes-client);
# - with --netns, as root: a private network and mount namespace with loopback up and a
#   writable copy of /etc/hosts bind-mounted over it (KUBETAILOR_TEST_NETNS=1 tells the test).
#   Elsewhere the test runs as it is and skips what needs the namespace.
set -u
netns=0
while [ $# -gt 0 ]; do
    case "$1" in
        --netns) netns=1; shift ;;
        --) shift; break ;;
        *) echo "run-test.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
[ $# -gt 0 ] || { echo "usage: run-test.sh [--netns] -- EXECUTABLE [ARGS...]" >&2; exit 2; }

home=$(mktemp -d "${TMPDIR:-/tmp}/kubetailor-test-home.XXXXXX") || exit 1
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/.local/state" "$home/.kube"
export HOME="$home"
export XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
export XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state"
export QT_QPA_PLATFORM="${KUBETAILOR_TEST_PLATFORM:-offscreen}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
unset KUBECONFIG

if [ -z "${KUBECTL:-}" ]; then
    if [ -x /usr/lib/google-cloud-sdk/bin/kubectl.1.33 ]; then
        KUBECTL=/usr/lib/google-cloud-sdk/bin/kubectl.1.33
    else
        KUBECTL=$(command -v kubectl || true)
    fi
fi
export KUBECTL

if [ "$netns" = 1 ] && [ "$(id -u)" = 0 ] && unshare -n -m true 2>/dev/null; then
    cp /etc/hosts "$home/hosts"
    KUBETAILOR_TEST_NETNS=1 unshare -n -m sh -c '
        ip link set lo up || exit 1
        mount --bind "$HOME/hosts" /etc/hosts || exit 1
        exec "$@"' run-test "$@"
    rc=$?
else
    [ "$netns" = 1 ] && echo "run-test.sh: no private network namespace here (needs root and unshare); network steps will skip" >&2
    "$@"
    rc=$?
fi
exit $rc
