#!/usr/bin/env bash
# The window-start benchmark (docs/benchmarks.md): `kubetailor` (window + tray) started under
# Xvfb with a tray host, on a kubeconfig of 4 and of 2,000 GKE-shaped contexts. Measures, per
# size, the median over RUNS starts of
#   - the time from exec to a visible top-level window titled "kubetailor" (xdotool polls
#     every 10 ms, so the figure is up to 10 ms late),
#   - the resident memory (VmRSS) SETTLE seconds after the window appeared, and again IDLE
#     seconds after it appeared: the parsed kubeconfig serves the preview the window builds
#     at start and goes with the load; a preview the user asks for keeps it 30 s.
# Measuring only: the app is started exactly as a user starts it. Every run has its own HOME,
# display and runtime folder, so no run sees another's settings or single-instance socket.
#
#   window-benchmark.sh BUILD_DIR [RUNS] [SETTLE_SECONDS] [IDLE_SECONDS]
set -euo pipefail

build_dir=${1:?usage: window-benchmark.sh BUILD_DIR [RUNS] [SETTLE_SECONDS] [IDLE_SECONDS]}
runs=${2:-3}
settle=${3:-2}
idle=${4:-40}
exe=$build_dir/app/kubetailor
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ -x "$exe" ] || { echo "window-benchmark.sh: $exe is not built" >&2; exit 1; }
for tool in Xvfb xdotool trayer; do
    command -v "$tool" >/dev/null || { echo "window-benchmark.sh: $tool is missing (./dev deps)" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/kubetailor-window-bench.XXXXXX")
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
unset KUBECONFIG WAYLAND_DISPLAY QT_QPA_PLATFORM

# A display number nobody uses (no socket, no lock file).
free_display() {
    local n
    for n in $(shuf -i 140-399 -n 50); do
        [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { echo "$n"; return; }
    done
    echo "window-benchmark.sh: no free X display number" >&2; exit 1
}

now_ns() { date +%s%N; }

# start_once CONFIG: one start; prints "MS RSS_KIB IDLE_RSS_KIB".
start_once() {
    local config=$1 display home xvfb tray app start shown rss idle_rss
    display=:$(free_display)
    home=$(mktemp -d "$work/home.XXXXXX")
    mkdir -p "$home/.kube" "$home/run"
    chmod 700 "$home/run"
    Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp > "$home/xvfb.log" 2>&1 &
    xvfb=$!
    pids+=("$xvfb")
    for _ in $(seq 1 100); do
        DISPLAY=$display xdotool getdisplaygeometry > /dev/null 2>&1 && break
        sleep 0.05
    done
    DISPLAY=$display trayer --edge top --align right --widthtype pixel --width 200 \
        > "$home/trayer.log" 2>&1 &
    tray=$!
    pids+=("$tray")
    for _ in $(seq 1 100); do
        DISPLAY=$display xdotool search --name '^panel$' > /dev/null 2>&1 && break
        sleep 0.05
    done
    start=$(now_ns)
    env DISPLAY="$display" HOME="$home" XDG_CONFIG_HOME="$home/.config" \
        XDG_STATE_HOME="$home/.local/state" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" KUBECONFIG="$config" \
        "$exe" > "$home/app.log" 2>&1 &
    app=$!
    pids+=("$app")
    shown=
    for _ in $(seq 1 3000); do
        if DISPLAY=$display xdotool search --onlyvisible --name '^kubetailor$' > /dev/null 2>&1; then
            shown=$(now_ns)
            break
        fi
        kill -0 "$app" 2>/dev/null || break
        sleep 0.01
    done
    if [ -z "$shown" ]; then
        echo "window-benchmark.sh: no kubetailor window appeared within 30 s" >&2
        cat "$home/app.log" >&2
        exit 1
    fi
    sleep "$settle"
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$app/status")
    [ "$idle" -gt "$settle" ] && sleep $((idle - settle))
    idle_rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$app/status")
    kill "$app" "$tray" "$xvfb" 2>/dev/null || true
    wait "$app" "$tray" "$xvfb" 2>/dev/null || true
    echo "$(( (shown - start) / 1000000 )) $rss $idle_rss"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "window start: kubetailor (window + tray) under Xvfb with trayer, median of $runs starts, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '  %-34s %14s %18s %18s\n' "kubeconfig" "visible ms" "RSS at ${settle} s MiB" "RSS at ${idle} s MiB"
for contexts in 4 2000; do
    config=$work/config-$contexts
    "$here/gke-kubeconfig.sh" "$contexts" > "$config"
    chmod 600 "$config"
    times=() sizes=() idles=()
    for ((i = 0; i < runs; i++)); do
        read -r ms rss idle_rss <<<"$(start_once "$config")"
        times+=("$ms")
        sizes+=("$rss")
        idles+=("$idle_rss")
    done
    ms=$(printf '%s\n' "${times[@]}" | median)
    rss=$(printf '%s\n' "${sizes[@]}" | median)
    idle_rss=$(printf '%s\n' "${idles[@]}" | median)
    printf '  %-34s %14s %18s %18s\n' "$contexts contexts ($(( $(stat -c %s "$config") / 1024 )) KiB)" \
        "$ms" "$(( rss / 1024 )) ($rss)" "$(( idle_rss / 1024 )) ($idle_rss)"
done
