#!/bin/sh
# Runs one test executable the way every kubetailor test runs:
#   run-test.sh [--netns] -- EXECUTABLE [ARGS...]
# - a fresh temporary HOME (with XDG config/data/cache/state dirs inside it), removed after;
# - QT_QPA_PLATFORM=offscreen (override with KUBETAILOR_TEST_PLATFORM, e.g. xcb under Xvfb);
# - LANG=C.UTF-8, so messages and sorting do not depend on the machine;
# - KUBECTL resolved once: $KUBECTL, else the plain 1.33 binary of the Cloud SDK, else
#   `kubectl` on PATH (Debian's kubernetes-client);
# - with --netns: a private network and mount namespace with loopback up and a writable copy
#   of /etc/hosts bind-mounted over it (KUBETAILOR_TEST_NETNS=1 tells the test). As root
#   `unshare -n -m`; as a normal user `unshare -r -n -m` (an unprivileged user namespace, in
#   which the user is root). Where unshare refuses (a chroot, a kernel that forbids user
#   namespaces), its own error is shown and the test runs as it is, skipping those steps;
# - a test that passed but skipped functions or rows (Qt Test's "Totals: ... N skipped")
#   exits 77, which CTest counts as skipped (SKIP_RETURN_CODE, set by
#   cmake/KubetailorTesting.cmake), so the summary never reports a skip as a pass.
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

# Probes the namespace with the very command the test runs under; prints unshare's own
# error when it is refused.
ns_flags="-n -m"
[ "$(id -u)" = 0 ] || ns_flags="-r -n -m"
use_netns=0
if [ "$netns" = 1 ]; then
    # shellcheck disable=SC2086
    if probe=$(unshare $ns_flags true 2>&1); then
        use_netns=1
    else
        echo "run-test.sh: no private network namespace: unshare $ns_flags: ${probe:-exit status $?}; the steps that need it skip" >&2
    fi
fi

# The test's output goes through tee so that its Totals line can be read afterwards.
output="$home/test-output"
if [ "$use_netns" = 1 ]; then
    cp /etc/hosts "$home/hosts"
    # shellcheck disable=SC2086
    { KUBETAILOR_TEST_NETNS=1 unshare $ns_flags sh -c '
        ip link set lo up || exit 1
        mount --bind "$HOME/hosts" /etc/hosts || exit 1
        exec "$@"' run-test "$@" 2>&1
      echo $? > "$home/rc"; } | tee "$output"
else
    { "$@" 2>&1; echo $? > "$home/rc"; } | tee "$output"
fi
rc=$(cat "$home/rc" 2>/dev/null || echo 1)

skipped=$(sed -n 's/^Totals: .*[^0-9]\([0-9][0-9]*\) skipped.*$/\1/p' "$output" | tail -n 1)
if [ "$rc" = 0 ] && [ "${skipped:-0}" -gt 0 ]; then
    echo "run-test.sh: $skipped test function(s) or row(s) skipped (the SKIP lines above say why): reported to CTest as skipped"
    rc=77
fi
exit $rc
