#!/usr/bin/env bash
# `kubectl get pods` over a far link (issue #17): direct to the API server against through
# `kubetailor proxy`, whose upstream connection stays open between commands.
#
#   tests/bench/latency-benchmark.sh BUILD_DIR [RUNS] [DELAY_MS]
#
# The test API server (kubetailor-test-apiserver, TLS) sits behind tests/bench/delay-relay.py,
# which delays every byte DELAY_MS (default 40) each way: an 80 ms round trip, on loopback.
#   direct:    kubectl --(far link)--> API server
#   forwarder: kubectl --(loopback)--> kubetailor proxy --(far link)--> API server
# Each path runs `kubectl get pods` once to warm kubectl's discovery cache (and the
# forwarder's upstream connection), then RUNS times (default 20), the two paths alternating,
# each command timed from exec to exit (`date +%s%N`), and `kubectl version --client` as the
# floor (kubectl starting without a request). Prints the median and the spread per
# path and the ratio forwarder / direct. Bounded: the relay exits after 15 minutes, every
# kubectl after 30 s.
set -euo pipefail

build_dir=${1:?usage: latency-benchmark.sh BUILD_DIR [RUNS] [DELAY_MS]}
runs=${2:-20}
delay_ms=${3:-40}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
apiserver=$build_dir/tests/support/kubetailor-test-apiserver
app=$build_dir/app/kubetailor
for exe in "$apiserver" "$app"; do
    [ -x "$exe" ] || { echo "latency-benchmark.sh: $exe is not built" >&2; exit 1; }
done
if [ -z "${KUBECTL:-}" ]; then
    if [ -x /usr/lib/google-cloud-sdk/bin/kubectl.1.33 ]; then
        KUBECTL=/usr/lib/google-cloud-sdk/bin/kubectl.1.33
    else
        KUBECTL=$(command -v kubectl || true)
    fi
fi
[ -n "$KUBECTL" ] || { echo "latency-benchmark.sh: no kubectl (set KUBECTL)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/kubetailor-latency-bench.XXXXXX")
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
export HOME=$work/home
mkdir -p "$HOME"
unset KUBECONFIG HTTPS_PROXY https_proxy HTTP_PROXY http_proxy

wait_file() {
    for _ in $(seq 1 300); do
        [ -s "$1" ] && return 0
        sleep 0.1
    done
    echo "latency-benchmark.sh: $1 did not appear" >&2; cat "$work"/*.err >&2 2>/dev/null; exit 1
}

certs=$work/certs
"$apiserver" --make-certs "$certs" --hosts 127.0.0.1,localhost
"$apiserver" --cert "$certs/server.crt" --key "$certs/server.key" --listen 127.0.0.1:0 \
    --port-file "$work/apiserver.port" > "$work/apiserver.out" 2> "$work/apiserver.err" &
pids+=($!)
wait_file "$work/apiserver.port"
python3 "$here/delay-relay.py" --target "127.0.0.1:$(cat "$work/apiserver.port")" \
    --delay-ms "$delay_ms" --max-seconds 900 --port-file "$work/relay.port" \
    > "$work/relay.out" 2> "$work/relay.err" &
pids+=($!)
wait_file "$work/relay.port"
far=https://127.0.0.1:$(cat "$work/relay.port")

"$app" proxy --upstream "$far" --ca-file "$certs/ca.crt" --listen 127.0.0.1:0 \
    > "$work/proxy.out" 2> "$work/proxy.err" &
pids+=($!)
for _ in $(seq 1 300); do
    grep -q 'Stop with Ctrl+C' "$work/proxy.out" 2>/dev/null && break
    sleep 0.1
done
line=$(grep -m1 -E '^ *kubectl --server ' "$work/proxy.out") \
    || { echo "latency-benchmark.sh: kubetailor proxy did not start" >&2; cat "$work/proxy."* >&2; exit 1; }
near=$(awk '{for (i = 1; i < NF; i++) if ($i == "--server") print $(i + 1)}' <<<"$line")
near_ca=$(awk '{for (i = 1; i < NF; i++) if ($i == "--certificate-authority") print $(i + 1)}' <<<"$line")

kubeconfig() { # kubeconfig SERVER CA
    cat <<CONF
apiVersion: v1
kind: Config
clusters:
- cluster: {server: "$1", certificate-authority: "$2"}
  name: c
contexts:
- context: {cluster: c, user: u}
  name: c
current-context: c
users:
- name: u
  user: {token: bench-token}
CONF
}
kubeconfig "$far" "$certs/ca.crt" > "$work/direct.kubeconfig"
kubeconfig "$near" "$near_ca" > "$work/forwarder.kubeconfig"

# run_ms KUBECONFIG: one `kubectl get pods`, its wall time in ms on stdout.
run_ms() {
    local start end
    start=$(date +%s%N)
    timeout 30 "$KUBECTL" --kubeconfig "$1" get pods > "$work/kubectl.out" 2> "$work/kubectl.err" \
        || { echo "latency-benchmark.sh: kubectl get pods via $1 failed:" >&2
             cat "$work/kubectl.err" >&2; exit 1; }
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}
run_ms "$work/direct.kubeconfig" > /dev/null
run_ms "$work/forwarder.kubeconfig" > /dev/null

# The floor: kubectl starting and exiting without a request.
start_ms() {
    local start end
    start=$(date +%s%N)
    "$KUBECTL" version --client > /dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

direct=()
forwarded=()
floor=()
for _ in $(seq 1 "$runs"); do
    direct+=("$(run_ms "$work/direct.kubeconfig")")
    forwarded+=("$(run_ms "$work/forwarder.kubeconfig")")
    floor+=("$(start_ms)")
done

stats() { # stats VALUES...: "median min max"
    printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%d %d %d\n", m, v[1], v[NR] }'
}
read -r d_med d_min d_max < <(stats "${direct[@]}")
read -r f_med f_min f_max < <(stats "${forwarded[@]}")
read -r s_med s_min s_max < <(stats "${floor[@]}")
echo "kubectl get pods, $runs runs per path, round trip $((2 * delay_ms)) ms (delay-relay.py), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %10s %8s %8s\n' "path" "median ms" "min" "max"
printf '%-40s %10d %8d %8d\n' "direct (far link to the API server)" "$d_med" "$d_min" "$d_max"
printf '%-40s %10d %8d %8d\n' "kubetailor proxy (upstream on far link)" "$f_med" "$f_min" "$f_max"
printf '%-40s %10d %8d %8d\n' "kubectl version --client (no request)" "$s_med" "$s_min" "$s_max"
awk -v f="$f_med" -v d="$d_med" -v rtt="$((2 * delay_ms))" 'BEGIN {
    printf "ratio forwarder / direct: %.2f (saves %d ms, %.1f round trips, per command)\n",
        f / d, d - f, (d - f) / rtt }'
