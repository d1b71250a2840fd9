#!/usr/bin/env bash
# Idle memory of `kubetailor proxy` (issue #17), the forwarder benchmark's idle-memory part on
# its own, for comparing builds side by side in one run:
#
#   tests/bench/proxy-idle-memory.sh BUILD_DIR [KUBETAILOR_EXE...]
#
# An nginx upstream (1 worker, TLS, the test CA's certificate) serves a small PodList; each
# kubetailor executable (default BUILD_DIR/app/kubetailor) runs `kubetailor proxy` in front of
# it on loopback, answers one request, waits 1 s, and /proc/PID/smaps_rollup gives Rss,
# Anonymous and file-backed (Rss - Anonymous - Shmem) memory; the number of mapped Qt Gui /
# Widgets / GL libraries comes from /proc/PID/maps. nginx as the same proxy (master + worker)
# is the reference.
set -euo pipefail

build_dir=${1:?usage: proxy-idle-memory.sh BUILD_DIR [KUBETAILOR_EXE...]}
shift
exes=("$@")
[ ${#exes[@]} -gt 0 ] || exes=("$build_dir/app/kubetailor")
apiserver=$build_dir/tests/support/kubetailor-test-apiserver
[ -x "$apiserver" ] || { echo "proxy-idle-memory.sh: $apiserver is not built" >&2; exit 1; }
command -v nginx >/dev/null && command -v curl >/dev/null \
    || { echo "proxy-idle-memory.sh: nginx and curl are needed (./dev deps)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/kubetailor-idle-mem.XXXXXX")
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

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
wait_port() {
    for _ in $(seq 1 200); do
        ss -Htln "sport = :$1" | grep -q . && return 0
        sleep 0.1
    done
    echo "proxy-idle-memory.sh: nothing listens on 127.0.0.1:$1" >&2; exit 1
}

certs=$work/certs
"$apiserver" --make-certs "$certs" --hosts 127.0.0.1,localhost
printf '{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[]}\n' \
    > "$work/www/podlist.json"

nginx_conf() { # nginx_conf NAME < server block
    printf 'worker_processes 1;\ndaemon off;\nuser root;\npid %s/nginx-%s.pid;\n' "$work" "$1"
    printf 'error_log %s/nginx-%s.err warn;\nevents { worker_connections 1024; }\n' "$work" "$1"
    printf 'http {\n access_log off;\n client_body_temp_path %s/tmp/%s-body;\n' "$work" "$1"
    printf ' proxy_temp_path %s/tmp/%s-proxy;\n' "$work" "$1"
    cat
    echo "}"
}
upstream_port=$(free_port)
nginx_conf up > "$work/up.conf" <<CONF
 server {
  listen 127.0.0.1:$upstream_port ssl;
  ssl_certificate $certs/server.crt; ssl_certificate_key $certs/server.key;
  root $work/www; default_type application/json;
  location / { try_files /podlist.json =404; }
 }
CONF
nginx -c "$work/up.conf" -p "$work" & pids+=($!)
wait_port "$upstream_port"

proxy_port=$(free_port)
nginx_conf px > "$work/px.conf" <<CONF
 upstream api { server 127.0.0.1:$upstream_port; keepalive 64; }
 server {
  listen 127.0.0.1:$proxy_port ssl;
  ssl_certificate $certs/server.crt; ssl_certificate_key $certs/server.key;
  location / {
   proxy_pass https://api; proxy_http_version 1.1; proxy_set_header Connection "";
   proxy_ssl_verify on; proxy_ssl_trusted_certificate $certs/ca.crt;
   proxy_ssl_name localhost; proxy_ssl_session_reuse on;
  }
 }
CONF
nginx -c "$work/px.conf" -p "$work" & nginx_pid=$!; pids+=($nginx_pid)
wait_port "$proxy_port"

get() {
    curl -sk -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer t' "$1" | grep -qx 200 \
        || { echo "proxy-idle-memory.sh: $1 did not answer 200" >&2; exit 1; }
}
# rollup PID: "RSS ANON FILE" in KiB from smaps_rollup.
rollup() {
    awk '/^Rss:/ {r = $2} /^Anonymous:/ {a = $2} /^Shmem:/ {s = $2}
         END {printf "%d %d %d\n", r, a, r - a - s}' "/proc/$1/smaps_rollup"
}
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }

printf '%-44s %8s %8s %8s %s\n' "process (idle, after one request)" "Rss MiB" "anon" "file" "GUI libraries mapped"
for exe in "${exes[@]}"; do
    port=$(free_port)
    "$exe" proxy --upstream "https://127.0.0.1:$upstream_port" --ca-file "$certs/ca.crt" \
        --listen "127.0.0.1:$port" > "$work/app.out" 2> "$work/app.err" & pid=$!; pids+=($pid)
    wait_port "$port"
    get "https://127.0.0.1:$port/api/v1/namespaces/default/pods"
    sleep 1
    read -r rss anon file < <(rollup "$pid")
    gui=$(grep -cE 'lib(Qt6Widgets|Qt6Gui|GLX|EGL|OpenGL)\.so' "/proc/$pid/maps" || true)
    printf '%-44s %8s %8s %8s %s\n' "kubetailor proxy ($exe)" "$(mib "$rss")" "$(mib "$anon")" \
        "$(mib "$file")" "$gui mappings"
    kill "$pid"; wait "$pid" 2>/dev/null || true
done
get "https://127.0.0.1:$proxy_port/api/v1/namespaces/default/pods"
sleep 1
worker=$(pgrep -P "$nginx_pid" | head -n1)
read -r r1 a1 f1 < <(rollup "$nginx_pid")
read -r r2 a2 f2 < <(rollup "$worker")
printf '%-44s %8s %8s %8s\n' "nginx as the same proxy (master + worker)" "$(mib $((r1 + r2)))" \
    "$(mib $((a1 + a2)))" "$(mib $((f1 + f2)))"
