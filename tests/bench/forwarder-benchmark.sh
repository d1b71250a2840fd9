#!/usr/bin/env bash
# The forwarder benchmark (docs/benchmarks.md): one fast TLS upstream on loopback (nginx
# serving a PodList), and side by side, in one run, with the same wrk load:
#   - direct to the upstream
#   - through kubetailor's forwarder (ForwarderService, as `kubetailor proxy` runs it)
#   - through `kubectl proxy` (plain HTTP on loopback, TLS to the upstream)
#   - through nginx as a TLS-terminating reverse proxy (verified TLS to the upstream)
# with the CPU time each proxy process spent per request (from /proc, same run); then the
# forwarder against nginx on a smaller PodList; both lists again with the forwarder and nginx
# taking turns (the goal's ratios); the idle memory of `kubetailor proxy` and of nginx as the
# same proxy; the forwarder's resident memory with 1,000 watch streams open (test API server
# upstream); and (with valgrind) instructions per request under callgrind for the forwarder
# and nginx. Everything listens on and talks to 127.0.0.1 only; every load is bounded.
#
#   forwarder-benchmark.sh BUILD_DIR [SECONDS_PER_TARGET] [CONNECTIONS] [WATCH_STREAMS]
#
# CALLGRIND_SECONDS (default 4; 0 skips callgrind): the short callgrind load run; the long one
# is three times as long. Instructions per request are the difference of the two runs' totals
# over the difference of their request counts, so start-up and the TLS handshakes of the
# connections cancel out. CALLGRIND_KEEP=DIR copies the callgrind files there, for
# callgrind_annotate. PERF_KEEP=DIR samples the forwarder and nginx as the same proxy with
# `perf record -e cpu-clock -g` during their 12.6 KB load runs (perf-forwarder.data,
# perf-nginx-proxy.data, for `perf report`): real CPU time, kernel included, where callgrind
# counts instructions. perf takes CPU of its own: that run's table is not for the record.
set -euo pipefail

build_dir=${1:?usage: forwarder-benchmark.sh BUILD_DIR [SECONDS] [CONNECTIONS] [WATCH_STREAMS]}
duration=${2:-10}
connections=${3:-16}
streams=${4:-1000}
threads=2
callgrind_seconds=${CALLGRIND_SECONDS:-4}
apiserver=$build_dir/tests/support/kubetailor-test-apiserver
app=$build_dir/app/kubetailor
forwarder=$build_dir/tests/bench/kubetailor-bench-forwarder
watchers=$build_dir/tests/bench/kubetailor-bench-watchers
for exe in "$apiserver" "$forwarder" "$watchers"; do
    [ -x "$exe" ] || { echo "forwarder-benchmark.sh: $exe is not built" >&2; exit 1; }
done
for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "forwarder-benchmark.sh: $tool is missing (./dev deps)" >&2; exit 1; }
done
if [ -z "${KUBECTL:-}" ]; then
    if [ -x /usr/lib/google-cloud-sdk/bin/kubectl.1.33 ]; then
        KUBECTL=/usr/lib/google-cloud-sdk/bin/kubectl.1.33
    else
        KUBECTL=$(command -v kubectl || true)
    fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kubetailor-fwd-bench.XXXXXX")
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
export HOME=$work/home
mkdir -p "$HOME" "$work/tmp" "$work/www"
unset KUBECONFIG HTTPS_PROXY https_proxy HTTP_PROXY http_proxy
# 1,000 streams through the forwarder are 2,000 sockets there and 1,000 in each end.
ulimit -n 16384 2>/dev/null || ulimit -n 4096 2>/dev/null || true

free_port() {
    local port
    # Below the kernel's ephemeral range (ip_local_port_range, 32768+ by default), where the
    # thousands of client connections of a run take their local ports; no socket of any
    # state may hold it.
    local low=20000 high
    high=$(( $(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768) - 1 ))
    [ "$high" -gt "$low" ] || high=32767
    for _ in $(seq 1 50); do
        port=$(shuf -i "$low-$high" -n 1)
        if ! ss -Htan "sport = :$port" | grep -q .; then echo "$port"; return; fi
    done
    echo "forwarder-benchmark.sh: no free port found" >&2; exit 1
}

# Waits for "listening on ..." in a process's output file.
wait_listening() {
    local file=$1
    # Generous: right after a load run a start (it reads the system CA store) can be slow.
    for _ in $(seq 1 300); do
        grep -q '^listening on' "$file" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "forwarder-benchmark.sh: $file: did not start within 30 s" >&2
    cat "$file" "${file%.out}.err" >&2 2>/dev/null
    exit 1
}

wait_port() {
    local port=$1
    for _ in $(seq 1 100); do
        ss -Htln "sport = :$port" | grep -q . && return 0
        sleep 0.1
    done
    echo "forwarder-benchmark.sh: nothing listens on 127.0.0.1:$port" >&2; exit 1
}

certs=$work/certs
"$apiserver" --make-certs "$certs" --hosts 127.0.0.1,localhost

# podlist N: a PodList of N pods, shaped as the API server sends it (about 1.25 KB a pod).
podlist() {
    local n=$1 i
    printf '{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"4711"},"items":['
    for i in $(seq 0 $((n - 1))); do
        [ "$i" -gt 0 ] && printf ','
        printf '{"metadata":{"name":"web-%d","namespace":"default","uid":"00000000-0000-4000-8000-00000000000%d","resourceVersion":"47%02d","creationTimestamp":"2025-01-01T00:00:00Z","labels":{"app":"web","pod-template-hash":"5d8f7c9b6d"},"ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web-5d8f7c9b6d","uid":"11111111-1111-4111-8111-111111111111","controller":true,"blockOwnerDeletion":true}]},' "$i" "$i" "$i"
        printf '"spec":{"containers":[{"name":"web","image":"nginx:1.27","ports":[{"containerPort":80,"protocol":"TCP"}],"resources":{"requests":{"cpu":"100m","memory":"128Mi"}},"terminationMessagePath":"/dev/termination-log","imagePullPolicy":"IfNotPresent"}],"restartPolicy":"Always","dnsPolicy":"ClusterFirst","nodeName":"gke-node-%d","serviceAccountName":"default"},' "$i"
        printf '"status":{"phase":"Running","conditions":[{"type":"Ready","status":"True","lastTransitionTime":"2025-01-01T00:00:10Z"}],"hostIP":"10.128.0.%d","podIP":"10.4.0.%d","startTime":"2025-01-01T00:00:00Z","containerStatuses":[{"name":"web","ready":true,"restartCount":0,"image":"nginx:1.27","imageID":"docker.io/library/nginx@sha256:0000","containerID":"containerd://%064d","started":true,"state":{"running":{"startedAt":"2025-01-01T00:00:05Z"}}}]}}' "$i" "$i" "$i"
    done
    printf ']}\n'
}
podlist 10 > "$work/www/podlist.json"
podlist 4 > "$work/www/podlist-small.json"
body_bytes=$(stat -c %s "$work/www/podlist.json")
small_bytes=$(stat -c %s "$work/www/podlist-small.json")

# An nginx configuration: one worker in the foreground, files under $work, keep-alive without
# limit; the http block's servers come on stdin.
#   nginx_config NAME TEMP_PREFIX < servers
nginx_config() {
    local name=$1 temp=$2
    cat <<CONF
worker_processes 1;
daemon off;
user root;
pid $work/nginx-$name.pid;
error_log $work/nginx-$name.err warn;
events { worker_connections 8192; }
http {
    access_log off;
    client_body_temp_path $work/tmp/$temp-body;
    proxy_temp_path $work/tmp/$temp-proxy;
    keepalive_requests 10000000;
CONF
    cat
    echo "}"
}

upstream_port=$(free_port)
nginx_config upstream up > "$work/nginx-upstream.conf" <<CONF
    server {
        listen 127.0.0.1:$upstream_port ssl;
        ssl_certificate $certs/server.crt;
        ssl_certificate_key $certs/server.key;
        root $work/www;
        default_type application/json;
        location = /api/v1/namespaces/small/pods { try_files /podlist-small.json =404; }
        location / { try_files /podlist.json =404; }
    }
CONF
nginx -c "$work/nginx-upstream.conf" -p "$work" &
upstream_pid=$!
pids+=($upstream_pid)
wait_port "$upstream_port"

forwarder_port=$(free_port)
"$forwarder" --upstream "https://127.0.0.1:$upstream_port" --ca-file "$certs/ca.crt" \
    --listen-port "$forwarder_port" --max-connections 4096 --cert-dir "$work/forwarder" \
    --ca-out "$work/forwarder-ca.crt" > "$work/forwarder.out" 2> "$work/forwarder.err" &
forwarder_pid=$!
pids+=($forwarder_pid)
wait_listening "$work/forwarder.out"

kubectl_port=
kubectl_pid=
if [ -n "$KUBECTL" ]; then
    kubectl_port=$(free_port)
    cat > "$work/kubeconfig" <<CONF
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority: $certs/ca.crt
    server: https://127.0.0.1:$upstream_port
  name: bench
contexts:
- context: {cluster: bench, user: bench}
  name: bench
current-context: bench
users:
- name: bench
  user:
    token: bench-token
CONF
    "$KUBECTL" --kubeconfig "$work/kubeconfig" proxy --address=127.0.0.1 --port="$kubectl_port" \
        > "$work/kubectl-proxy.out" 2>&1 &
    kubectl_pid=$!
    pids+=($kubectl_pid)
    wait_port "$kubectl_port"
fi

# nginx_proxy_servers PORT: nginx as a TLS-terminating reverse proxy to the upstream.
nginx_proxy_servers() {
    cat <<CONF
    upstream api {
        server 127.0.0.1:$upstream_port;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$1 ssl;
        ssl_certificate $certs/server.crt;
        ssl_certificate_key $certs/server.key;
        location / {
            proxy_pass https://api;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_ssl_verify on;
            proxy_ssl_trusted_certificate $certs/ca.crt;
            proxy_ssl_name localhost;
            proxy_ssl_session_reuse on;
        }
    }
CONF
}
nginx_proxy_port=$(free_port)
nginx_proxy_servers "$nginx_proxy_port" | nginx_config proxy px > "$work/nginx-proxy.conf"
nginx -c "$work/nginx-proxy.conf" -p "$work" &
nginx_proxy_pid=$!
pids+=($nginx_proxy_pid)

wait_port "$nginx_proxy_port"
nginx_proxy_worker=$(pgrep -P "$nginx_proxy_pid" | head -n1)
upstream_worker=$(pgrep -P "$upstream_pid" | head -n1)

# `kubetailor proxy` itself (the app binary), for its idle memory.
app_pid=
if [ -x "$app" ]; then
    app_port=$(free_port)
    "$app" proxy --upstream "https://127.0.0.1:$upstream_port" --ca-file "$certs/ca.crt" \
        --listen "127.0.0.1:$app_port" > "$work/app-proxy.out" 2> "$work/app-proxy.err" &
    app_pid=$!
    pids+=($app_pid)
    wait_port "$app_port"
fi

path=/api/v1/namespaces/default/pods
small_path=/api/v1/namespaces/small/pods
declare -a names urls cpu_pids perf_names
names+=("direct (nginx upstream, TLS)");     urls+=("https://127.0.0.1:$upstream_port$path"); cpu_pids+=("$upstream_worker"); perf_names+=("")
names+=("kubetailor forwarder (TLS in/out)"); urls+=("https://127.0.0.1:$forwarder_port$path"); cpu_pids+=("$forwarder_pid"); perf_names+=(forwarder)
if [ -n "$kubectl_port" ]; then
    names+=("kubectl proxy (HTTP in, TLS out)"); urls+=("http://127.0.0.1:$kubectl_port$path"); cpu_pids+=("$kubectl_pid"); perf_names+=("")
fi
names+=("nginx reverse proxy (TLS in/out)"); urls+=("https://127.0.0.1:$nginx_proxy_port$path"); cpu_pids+=("$nginx_proxy_worker"); perf_names+=(nginx-proxy)

# Each path must really answer the PodList before it is measured.
check_url() {
    local name=$1 url=$2 bytes=$3 got
    got=$(curl -sk -o /dev/null -w '%{http_code} %{size_download}' \
        -H 'Authorization: Bearer bench-token' "$url")
    if [ "$got" != "200 $bytes" ]; then
        echo "forwarder-benchmark.sh: $name: expected '200 $bytes', got '$got'" >&2
        cat "$work"/*.err >&2 || true
        exit 1
    fi
}
for i in "${!urls[@]}"; do
    check_url "${names[$i]}" "${urls[$i]}" "$body_bytes"
done
check_url "forwarder, small PodList" "https://127.0.0.1:$forwarder_port$small_path" "$small_bytes"
check_url "nginx reverse proxy, small PodList" "https://127.0.0.1:$nginx_proxy_port$small_path" "$small_bytes"
[ -z "$app_pid" ] || check_url "kubetailor proxy" "https://127.0.0.1:$app_port$path" "$body_bytes"

# Idle memory after one request each, before any load: `kubetailor proxy` and nginx as the
# same proxy (master and worker).
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
sleep 1
app_rss=
[ -z "$app_pid" ] || app_rss=$(rss_kib "$app_pid")
app_rss_detail=
[ -z "$app_pid" ] || app_rss_detail=$(awk '/^Rss(Anon|File|Shmem):/ {printf "%s%s %d MiB", sep, $1, $2 / 1024; sep = ", "}' "/proc/$app_pid/status")
nginx_rss=$(( $(rss_kib "$nginx_proxy_pid") + $(rss_kib "$nginx_proxy_worker") ))
nginx_worker_rss=$(rss_kib "$nginx_proxy_worker")
[ -z "$app_pid" ] || { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; }

# wrk prints latencies as 812.00us, 1.20ms or 1.01s: milliseconds, two decimals.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n = n * 1000
        printf "%.2f", n }'
}

hz=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# measure URL PID [PERF_NAME]: one wrk run; sets rps, p50, p99, errors, requests, and cpu_us
# (the CPU time PID spent, user + system, per request served, in microseconds). With
# PERF_KEEP and a PERF_NAME, perf samples PID during the run.
measure() {
    local url=$1 pid=$2 perf_name=${3:-} out before after non2xx sockerr perf_pid=
    if [ -n "${PERF_KEEP:-}" ] && [ -n "$perf_name" ]; then
        perf record -q -e cpu-clock -F 2999 -g -p "$pid" -o "$PERF_KEEP/perf-$perf_name.data" \
            > "$work/perf-$perf_name.log" 2>&1 &
        perf_pid=$!
        sleep 0.3
    fi
    before=$(cpu_ticks "$pid")
    out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency \
        -H 'Authorization: Bearer bench-token' "$url" 2>&1)
    after=$(cpu_ticks "$pid")
    if [ -n "$perf_pid" ]; then
        kill -INT "$perf_pid"
        wait "$perf_pid" 2>/dev/null || true
    fi
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    sockerr=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
    errors=$(( ${non2xx:-0} + ${sockerr:-0} ))
    cpu_us=$(awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" \
        'BEGIN { printf "%.1f", (n > 0 ? t * 1e6 / hz / n : 0) }')
}

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') ($(nproc) cores available)"
echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); kernel $(uname -r)"
echo "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'), $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2), kubectl $([ -n "$KUBECTL" ] && "$KUBECTL" version --client 2>/dev/null | head -n1 | sed 's/.*: //')"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) ($(date -u '+%Y-%m-%d %H:%M UTC'))"
echo "load: wrk -t$threads -c$connections -d${duration}s, GET $path ($body_bytes byte PodList), keep-alive"
echo "CPU us/req: user + system time of the serving process (the proxy; for direct, the upstream's worker) per request"
echo
printf '%-36s %12s %10s %10s %8s %12s\n' "path" "requests/s" "p50 ms" "p99 ms" "errors" "CPU us/req"
declare -A rps_of cpu_of
for i in "${!urls[@]}"; do
    measure "${urls[$i]}" "${cpu_pids[$i]}" "${perf_names[$i]}"
    rps_of[$i]=$rps
    cpu_of[$i]=$cpu_us
    printf '%-36s %12.0f %10s %10s %8s %12s\n' "${names[$i]}" "$rps" "$p50" "$p99" "$errors" "$cpu_us"
done
forwarder_index=1
nginx_index=$(( ${#urls[@]} - 1 ))
big_rps_ratio=$(awk -v a="${rps_of[$forwarder_index]}" -v b="${rps_of[$nginx_index]}" 'BEGIN { printf "%.2f", a / b }')
big_cpu_ratio=$(awk -v a="${cpu_of[$forwarder_index]}" -v b="${cpu_of[$nginx_index]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')

echo
echo "forwarder against nginx, GET $small_path ($small_bytes byte PodList), same load"
printf '%-36s %12s %10s %10s %8s %12s\n' "path" "requests/s" "p50 ms" "p99 ms" "errors" "CPU us/req"
measure "https://127.0.0.1:$forwarder_port$small_path" "$forwarder_pid"
small_fwd_rps=$rps small_fwd_cpu=$cpu_us
printf '%-36s %12.0f %10s %10s %8s %12s\n' "kubetailor forwarder (TLS in/out)" "$rps" "$p50" "$p99" "$errors" "$cpu_us"
measure "https://127.0.0.1:$nginx_proxy_port$small_path" "$nginx_proxy_worker"
printf '%-36s %12.0f %10s %10s %8s %12s\n' "nginx reverse proxy (TLS in/out)" "$rps" "$p50" "$p99" "$errors" "$cpu_us"
small_rps_ratio=$(awk -v a="$small_fwd_rps" -v b="$rps" 'BEGIN { printf "%.2f", a / b }')
small_cpu_ratio=$(awk -v a="$small_fwd_cpu" -v b="$cpu_us" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')

# The forwarder against nginx again, taking turns: AB_ROUNDS rounds (default 3) of a run of
# half the duration each, the forwarder then nginx, per list size. The runs above, one after
# the other, compare two moments of a shared 2-CPU machine as much as two programs (the same
# forwarder gave 0.85-1.16 of nginx's CPU per request within one morning); taking turns
# spreads the machine's drift over both. The goal's ratios are these totals.
ab_rounds=${AB_ROUNDS:-3}
ab_seconds=$(( duration / 2 > 0 ? duration / 2 : 1 ))
# load_run SECONDS URL PID: sets run_ticks (CPU ticks of PID) and run_requests.
load_run() {
    local seconds=$1 url=$2 pid=$3 before after
    before=$(cpu_ticks "$pid")
    run_requests=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" \
        -H 'Authorization: Bearer bench-token' "$url" 2>&1 | awk '/requests in/ {print $1}')
    after=$(cpu_ticks "$pid")
    run_ticks=$((after - before))
}
# taking_turns NAME PATH: prints each round and sets turns_cpu_ratio and turns_rps_ratio.
taking_turns() {
    local name=$1 path=$2 round fwd_ticks=0 fwd_requests=0 ngx_ticks=0 ngx_requests=0
    for round in $(seq 1 "$ab_rounds"); do
        load_run "$ab_seconds" "https://127.0.0.1:$forwarder_port$path" "$forwarder_pid"
        fwd_ticks=$((fwd_ticks + run_ticks)); fwd_requests=$((fwd_requests + run_requests))
        local fwd_round_cpu fwd_round_requests=$run_requests
        fwd_round_cpu=$(awk -v t="$run_ticks" -v hz="$hz" -v n="$run_requests" \
            'BEGIN { printf "%.1f", (n > 0 ? t * 1e6 / hz / n : 0) }')
        load_run "$ab_seconds" "https://127.0.0.1:$nginx_proxy_port$path" "$nginx_proxy_worker"
        ngx_ticks=$((ngx_ticks + run_ticks)); ngx_requests=$((ngx_requests + run_requests))
        awk -v name="$name" -v r="$round" -v fc="$fwd_round_cpu" -v fn="$fwd_round_requests" \
            -v t="$run_ticks" -v hz="$hz" -v n="$run_requests" -v s="$ab_seconds" \
            'BEGIN { nc = (n > 0 ? t * 1e6 / hz / n : 0)
                     printf "%-14s round %d   forwarder %8.0f req/s %6.1f us/req   nginx %8.0f req/s %6.1f us/req   CPU %.2f\n",
                            name, r, fn / s, fc, n / s, nc, (nc > 0 ? fc / nc : 0) }'
    done
    turns_cpu_ratio=$(awk -v a="$fwd_ticks" -v m="$fwd_requests" -v b="$ngx_ticks" -v n="$ngx_requests" \
        'BEGIN { printf "%.2f", (b > 0 && m > 0 ? (a / m) / (b / n) : 0) }')
    turns_rps_ratio=$(awk -v m="$fwd_requests" -v n="$ngx_requests" 'BEGIN { printf "%.2f", (n > 0 ? m / n : 0) }')
}
echo
echo "forwarder and nginx taking turns: $ab_rounds rounds of ${ab_seconds} s each, same load"
taking_turns "$body_bytes B" "$path"
turns_big_cpu=$turns_cpu_ratio turns_big_rps=$turns_rps_ratio
taking_turns "$small_bytes B" "$small_path"
turns_small_cpu=$turns_cpu_ratio turns_small_rps=$turns_rps_ratio

echo
echo "forwarder / nginx reverse proxy, same run (goal: CPU per request <= 1.00, requests/s >= 1.00)"
printf '%-36s %12s %12s\n' "" "$body_bytes B" "$small_bytes B"
printf '%-36s %12s %12s\n' "CPU per request, taking turns" "$turns_big_cpu" "$turns_small_cpu"
printf '%-36s %12s %12s\n' "requests/s, taking turns" "$turns_big_rps" "$turns_small_rps"
printf '%-36s %12s %12s\n' "CPU per request, single runs above" "$big_cpu_ratio" "$small_cpu_ratio"
printf '%-36s %12s %12s\n' "requests/s, single runs above" "$big_rps_ratio" "$small_rps_ratio"

echo
if [ -n "$app_rss" ]; then
    printf '%-36s %s\n' "kubetailor proxy RSS, idle" "$(( app_rss / 1024 )) MiB ($app_rss KiB; $app_rss_detail)"
fi
printf '%-36s %s\n' "nginx reverse proxy RSS, idle" "$(( nginx_rss / 1024 )) MiB ($nginx_rss KiB, master + worker; worker $nginx_worker_rss KiB)"

# Memory: a second forwarder in front of the test API server (no events: idle streams).
echo
api_port=$(free_port)
"$apiserver" --listen "127.0.0.1:$api_port" --cert "$certs/server.crt" --key "$certs/server.key" \
    --watch-interval 0 > "$work/apiserver.out" 2> "$work/apiserver.err" &
pids+=($!)
wait_listening "$work/apiserver.out"
watch_port=$(free_port)
"$forwarder" --upstream "https://127.0.0.1:$api_port" --ca-file "$certs/ca.crt" \
    --listen-port "$watch_port" --max-connections 4096 --cert-dir "$work/forwarder" \
    --ca-out "$work/forwarder-ca.crt" > "$work/forwarder-watch.out" 2> "$work/forwarder-watch.err" &
watch_pid=$!
pids+=($watch_pid)
wait_listening "$work/forwarder-watch.out"
# One request first, so the baseline includes a warmed-up TLS context on both sides.
curl -sk -o /dev/null -H 'Authorization: Bearer bench-token' \
    "https://127.0.0.1:$watch_port/api/v1/namespaces/default/pods"
result=$("$watchers" --port "$watch_port" --ca "$work/forwarder-ca.crt" --pid "$watch_pid" \
    --count "$streams" --hold 3) || { echo "forwarder-benchmark.sh: watch streams failed: $result" >&2; exit 1; }
read -r _ opened _ failed _ open_ms _ before _ with <<<"$result"
printf '%-36s %s\n' "forwarder RSS, idle" "$(( before / 1024 )) MiB ($before KiB)"
printf '%-36s %s\n' "forwarder RSS, $opened watch streams" "$(( with / 1024 )) MiB ($with KiB)"
printf '%-36s %s\n' "per open watch stream" "$(( (with - before) / (opened > 0 ? opened : 1) )) KiB"
printf '%-36s %s\n' "opening $opened streams took" "$open_ms ms ($failed failed)"

# Instructions per request under callgrind (repeatable where wall time is not): the forwarder,
# and nginx as the same proxy in one process (master_process off), each run twice under the
# same wrk load for T and 3T seconds against the same upstream.
[ "$callgrind_seconds" -gt 0 ] && command -v valgrind >/dev/null || exit 0
cg_connections=$connections
# callgrind_run NAME SECONDS PORT STOP_SIGNAL COMMAND...: prints "INSTRUCTIONS REQUESTS".
callgrind_run() {
    local name=$1 seconds=$2 port=$3 signal=$4 pid out requests=0 total
    shift 4
    out=$work/callgrind-$name-$seconds.out
    valgrind --tool=callgrind --callgrind-out-file="$out" "$@" \
        > "$work/callgrind-$name.log" 2>&1 &
    pid=$!
    pids+=($pid)
    for _ in $(seq 1 600); do
        ss -Htln "sport = :$port" | grep -q . && break
        sleep 0.1
    done
    check_url "$name under callgrind" "https://127.0.0.1:$port$path" "$body_bytes"
    requests=$(wrk -t"$threads" -c"$cg_connections" -d"${seconds}s" \
        -H 'Authorization: Bearer bench-token' "https://127.0.0.1:$port$path" 2>&1 |
        awk '/requests in/ {print $1}')
    kill -"$signal" "$pid"
    wait "$pid" 2>/dev/null || true
    total=$(awk '/^(summary|totals):/ {print $2; exit}' "$out")
    [ -z "${CALLGRIND_KEEP:-}" ] || cp "$out" "$CALLGRIND_KEEP/"
    echo "${total:-0} $requests"
}
# ir_per_request NAME PORT STOP_SIGNAL COMMAND...: prints "IR_PER_REQUEST REQUESTS_LONG_RUN".
ir_per_request() {
    local name=$1 port=$2 signal=$3 short long
    shift 3
    read -r ir1 n1 <<<"$(callgrind_run "$name" "$callgrind_seconds" "$port" "$signal" "$@")"
    read -r ir2 n2 <<<"$(callgrind_run "$name" $((3 * callgrind_seconds)) "$port" "$signal" "$@")"
    awk -v a="$ir1" -v b="$ir2" -v m="$n1" -v n="$n2" \
        'BEGIN { if (n > m) printf "%.0f %d", (b - a) / (n - m), n - m; else print "- 0" }'
}
cg_forwarder_port=$(free_port)
read -r fwd_ir fwd_n <<<"$(ir_per_request forwarder "$cg_forwarder_port" TERM \
    "$forwarder" --upstream "https://127.0.0.1:$upstream_port" --ca-file "$certs/ca.crt" \
    --listen-port "$cg_forwarder_port" --max-connections 4096 --cert-dir "$work/forwarder")"
cg_nginx_port=$(free_port)
{ echo "master_process off;"; nginx_proxy_servers "$cg_nginx_port" | nginx_config callgrind cg; } \
    > "$work/nginx-callgrind.conf"
read -r nginx_ir nginx_n <<<"$(ir_per_request nginx "$cg_nginx_port" QUIT \
    nginx -c "$work/nginx-callgrind.conf" -p "$work")"
echo
echo "instructions per request under callgrind (GET $path, wrk -c$cg_connections, the difference of a ${callgrind_seconds} s and a $((3 * callgrind_seconds)) s run)"
printf '%-36s %14s %12s\n' "process" "instructions" "requests"
printf '%-36s %14s %12s\n' "kubetailor forwarder" "$fwd_ir" "$fwd_n"
printf '%-36s %14s %12s\n' "nginx reverse proxy" "$nginx_ir" "$nginx_n"
awk -v a="$fwd_ir" -v b="$nginx_ir" 'BEGIN { if (b > 0) printf "%-36s %14.2f\n", "forwarder / nginx", a / b }'
