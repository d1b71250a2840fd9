#!/usr/bin/env bash
# The forwarder benchmark (docs/benchmarks.md): one fast TLS upstream on loopback (nginx
# serving a PodList), and side by side, in one run, with the same wrk load:
#   - direct to the upstream
#   - through kubetailor's forwarder (ForwarderService, as `kubetailor proxy` runs it)
#   - through `kubectl proxy` (plain HTTP on loopback, TLS to the upstream)
#   - through nginx as a TLS-terminating reverse proxy (verified TLS to the upstream)
# then the forwarder's resident memory with 1,000 watch streams open (test API server
# upstream). Everything listens on and talks to 127.0.0.1 only; every load is bounded.
#
#   forwarder-benchmark.sh BUILD_DIR [SECONDS_PER_TARGET] [CONNECTIONS] [WATCH_STREAMS]
set -euo pipefail

build_dir=${1:?usage: forwarder-benchmark.sh BUILD_DIR [SECONDS] [CONNECTIONS] [WATCH_STREAMS]}
duration=${2:-10}
connections=${3:-32}
streams=${4:-1000}
threads=2
apiserver=$build_dir/tests/support/kubetailor-test-apiserver
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

# A PodList of 10 pods, shaped as the API server sends it (about 10 KB).
{
    printf '{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"4711"},"items":['
    for i in $(seq 0 9); do
        [ "$i" -gt 0 ] && printf ','
        printf '{"metadata":{"name":"web-%d","namespace":"default","uid":"00000000-0000-4000-8000-00000000000%d","resourceVersion":"47%02d","creationTimestamp":"2025-01-01T00:00:00Z","labels":{"app":"web","pod-template-hash":"5d8f7c9b6d"},"ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web-5d8f7c9b6d","uid":"11111111-1111-4111-8111-111111111111","controller":true,"blockOwnerDeletion":true}]},' "$i" "$i" "$i"
        printf '"spec":{"containers":[{"name":"web","image":"nginx:1.27","ports":[{"containerPort":80,"protocol":"TCP"}],"resources":{"requests":{"cpu":"100m","memory":"128Mi"}},"terminationMessagePath":"/dev/termination-log","imagePullPolicy":"IfNotPresent"}],"restartPolicy":"Always","dnsPolicy":"ClusterFirst","nodeName":"gke-node-%d","serviceAccountName":"default"},' "$i"
        printf '"status":{"phase":"Running","conditions":[{"type":"Ready","status":"True","lastTransitionTime":"2025-01-01T00:00:10Z"}],"hostIP":"10.128.0.%d","podIP":"10.4.0.%d","startTime":"2025-01-01T00:00:00Z","containerStatuses":[{"name":"web","ready":true,"restartCount":0,"image":"nginx:1.27","imageID":"docker.io/library/nginx@sha256:0000","containerID":"containerd://%064d","started":true,"state":{"running":{"startedAt":"2025-01-01T00:00:05Z"}}}]}}' "$i" "$i" "$i"
    done
    printf ']}\n'
} > "$work/www/podlist.json"
body_bytes=$(stat -c %s "$work/www/podlist.json")

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
        location / {
            root $work/www;
            default_type application/json;
            try_files /podlist.json =404;
        }
    }
CONF
nginx -c "$work/nginx-upstream.conf" -p "$work" &
pids+=($!)
wait_port "$upstream_port"

forwarder_port=$(free_port)
"$forwarder" --upstream "https://127.0.0.1:$upstream_port" --ca-file "$certs/ca.crt" \
    --listen-port "$forwarder_port" --max-connections 4096 --cert-dir "$work/forwarder" \
    --ca-out "$work/forwarder-ca.crt" > "$work/forwarder.out" 2> "$work/forwarder.err" &
pids+=($!)
wait_listening "$work/forwarder.out"

kubectl_port=
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
    pids+=($!)
    wait_port "$kubectl_port"
fi

nginx_proxy_port=$(free_port)
nginx_config proxy px > "$work/nginx-proxy.conf" <<CONF
    upstream api {
        server 127.0.0.1:$upstream_port;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$nginx_proxy_port ssl;
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
nginx -c "$work/nginx-proxy.conf" -p "$work" &
pids+=($!)
wait_port "$nginx_proxy_port"

path=/api/v1/namespaces/default/pods
declare -a names urls
names+=("direct (nginx upstream, TLS)");     urls+=("https://127.0.0.1:$upstream_port$path")
names+=("kubetailor forwarder (TLS in/out)"); urls+=("https://127.0.0.1:$forwarder_port$path")
if [ -n "$kubectl_port" ]; then
    names+=("kubectl proxy (HTTP in, TLS out)"); urls+=("http://127.0.0.1:$kubectl_port$path")
fi
names+=("nginx reverse proxy (TLS in/out)"); urls+=("https://127.0.0.1:$nginx_proxy_port$path")

# Each path must really answer the PodList before it is measured.
for i in "${!urls[@]}"; do
    got=$(curl -sk -o /dev/null -w '%{http_code} %{size_download}' \
        -H 'Authorization: Bearer bench-token' "${urls[$i]}")
    if [ "$got" != "200 $body_bytes" ]; then
        echo "forwarder-benchmark.sh: ${names[$i]}: expected '200 $body_bytes', got '$got'" >&2
        cat "$work"/*.err >&2 || true
        exit 1
    fi
done

# wrk prints latencies as 812.00us, 1.20ms or 1.01s: milliseconds, two decimals.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n = n * 1000
        printf "%.2f", n }'
}

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') ($(nproc) cores available)"
echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); kernel $(uname -r)"
echo "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'), $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2), kubectl $([ -n "$KUBECTL" ] && "$KUBECTL" version --client 2>/dev/null | head -n1 | sed 's/.*: //')"
echo "load: wrk -t$threads -c$connections -d${duration}s, GET $path ($body_bytes byte PodList), keep-alive"
echo
printf '%-36s %12s %12s %12s %10s\n' "path" "requests/s" "p50 ms" "p99 ms" "errors"
for i in "${!urls[@]}"; do
    out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency \
        -H 'Authorization: Bearer bench-token' "${urls[$i]}" 2>&1)
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    sockerr=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
    printf '%-36s %12.0f %12s %12s %10s\n' "${names[$i]}" "$rps" "$(to_ms "$p50")" \
        "$(to_ms "$p99")" "$(( ${non2xx:-0} + ${sockerr:-0} ))"
done

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
