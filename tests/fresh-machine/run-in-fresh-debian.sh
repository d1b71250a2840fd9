#!/usr/bin/env bash
# Repeats a newcomer's first hour on a fresh Debian 12: debootstrap a root, clone this
# repository into it, and type the README's two commands there, as root.
#
#   sudo tests/fresh-machine/run-in-fresh-debian.sh [REF]
#
# 1. a pristine bookworm (debootstrap --variant=minbase, plus git and ca-certificates) is
#    made once in $FRESH_CACHE and copied to $FRESH_ROOT for every run, so each run starts
#    fresh without downloading the base system again;
# 2. `git clone` of this repository (the commit REF, default HEAD: commit what you want
#    to try) into /root/kubetailor of that root;
# 3. `./dev run` on an Xvfb display of this host (its socket bound into the root): it must
#    build the app only (no test program) and show the main window, which is then closed;
# 4. `./dev test`; the script ends with CTest's summary lines and exits with its status.
#
# The script runs in a private mount namespace: the root's /proc, /sys, /dev, /dev/pts,
# /dev/shm and /tmp are mounted there only (and unmounted on exit). Nothing from
# the host's Cloud SDK or ccache is visible inside: kubectl is Debian's kubernetes-client.
# Environment: FRESH_CACHE (default /var/tmp/kubetailor-bookworm), FRESH_ROOT (default
# /var/tmp/kubetailor-fresh-root), MIRROR (default http://deb.debian.org/debian),
# WINDOW_TIMEOUT (seconds for `./dev run` to show its window, default 3600),
# TEST_TIMEOUT (seconds for `./dev test`, default 7200). The full log is $FRESH_ROOT.log.
set -euo pipefail
if [ -z "${FRESH_IN_MOUNTNS:-}" ] && [ "$(id -u)" = 0 ]; then
    # Mounts made here never propagate to the host's /dev or /tmp, even if this script dies.
    exec unshare -m --propagation private env FRESH_IN_MOUNTNS=1 "$0" "$@"
fi
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ref=${1:-HEAD}
cache=${FRESH_CACHE:-/var/tmp/kubetailor-bookworm}
root=${FRESH_ROOT:-/var/tmp/kubetailor-fresh-root}
mirror=${MIRROR:-http://deb.debian.org/debian}
log=$root.log

say() { printf '==> %s\n' "$*" | tee -a "$log" >&2; }
die() { printf 'run-in-fresh-debian: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot, mount): run it with sudo"
command -v debootstrap >/dev/null || die "debootstrap is missing: apt-get install debootstrap"
command -v Xvfb >/dev/null && command -v xwininfo >/dev/null \
    || die "Xvfb and xwininfo are missing on this host: apt-get install xvfb x11-utils"
commit=$(git -C "$repo" rev-parse --verify "$ref^{commit}") || die "no commit $ref in $repo"

mounts=()
xvfb_pid='' app_pid=''
cleanup() {
    [ -n "$app_pid" ] && kill -TERM -- "-$app_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount -l "${mounts[$i]}" 2>/dev/null || true
    done
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_in_root() { # mount_in_root TARGET MOUNT-ARGS...
    local target=$root$1
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounts+=("$target")
}

mkdir -p "$(dirname "$log")"
: >"$log"
if [ ! -e "$cache/.debootstrap-complete" ]; then
    say "debootstrap bookworm (minbase) into $cache from $mirror"
    rm -rf "$cache"
    debootstrap --variant=minbase --include=ca-certificates,git bookworm "$cache" "$mirror" \
        >>"$log" 2>&1 || die "debootstrap failed: see $log"
    touch "$cache/.debootstrap-complete"
fi
say "fresh root $root (a copy of $cache)"
rm -rf "$root"
cp -a "$cache" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
[ -s "$root/etc/hosts" ] || printf '127.0.0.1 localhost\n::1 localhost\n' >"$root/etc/hosts"

# The root is a mount point of its own, as / is on a machine: `unshare -m` (the NETNS tests)
# makes / private and fails in a chroot whose / is a plain folder.
mount --bind "$root" "$root"
mounts+=("$root")
mount_in_root /proc -t proc proc
mount_in_root /sys -t sysfs sysfs
mount_in_root /dev --bind /dev
mount_in_root /dev/pts --bind /dev/pts
mount_in_root /dev/shm -t tmpfs -o mode=1777 shm
mount_in_root /tmp -t tmpfs -o mode=1777 tmp

say "git clone $repo ($commit) into /root/kubetailor"
git clone --quiet --no-checkout "$repo" "$root/root/kubetailor"
git -C "$root/root/kubetailor" -c advice.detachedHead=false checkout --quiet "$commit"

# in_root [VAR=VALUE...] COMMAND...: in the root, as root, with a login-like environment.
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

# ./dev run: the window on this host's Xvfb, whose socket the root sees in its /tmp.
display=:$((50 + $$ % 40))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
mkdir -p "$root/tmp/.X11-unix"
mount_in_root /tmp/.X11-unix --bind /tmp/.X11-unix
say "./dev run (DISPLAY=$display), waiting up to ${WINDOW_TIMEOUT:-3600} s for the window"
start=$(date +%s)
set -m # a process group of its own, so that the app and its build can be ended together
in_root DISPLAY="$display" sh -c 'cd /root/kubetailor && exec ./dev run' >>"$log" 2>&1 &
app_pid=$!
set +m
window=''
while [ $(($(date +%s) - start)) -lt "${WINDOW_TIMEOUT:-3600}" ] && kill -0 "$app_pid" 2>/dev/null; do
    window=$(DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -m1 '"kubetailor"' || true)
    [ -n "$window" ] && break
    sleep 2
done
elapsed=$(($(date +%s) - start))
kill -TERM -- "-$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=''
tests_built=$(find "$root/root/kubetailor/build" -name 'tst_*' -type f -perm -u+x 2>/dev/null | wc -l)
if [ -n "$window" ]; then
    run_line="./dev run: the window \"kubetailor\" showed after $elapsed s; test programs built: $tests_built"
else
    run_line="./dev run: NO window after $elapsed s (see $log); test programs built: $tests_built"
fi
say "$run_line"
# The tests start their own Xvfb inside the root: keep the host's X sockets out of their way.
umount "$root/tmp/.X11-unix"
kill "$xvfb_pid" 2>/dev/null || true
xvfb_pid=''

say "./dev test (up to ${TEST_TIMEOUT:-7200} s)"
set +e
in_root timeout "${TEST_TIMEOUT:-7200}" sh -c 'cd /root/kubetailor && ./dev test' >>"$log" 2>&1
rc=$?
set -e

echo "---- summary (full log: $log)"
echo "commit $commit"
echo "$run_line"
sed -n -e '/tests passed, /p' -e '/^The following tests /,/^$/p' -e '/^Total Test time/p' "$log"
echo "./dev test exit status: $rc"
[ -n "$window" ] || exit 1
exit "$rc"
