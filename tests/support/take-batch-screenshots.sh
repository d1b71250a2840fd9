#!/bin/sh
# Takes docs/screenshots/route-column.png and batch-skipped.png of the REAL kubetailor window
# under Xvfb, like take-screenshots.sh (same needs), with a temporary HOME:
#   tests/support/take-batch-screenshots.sh [BUILD_DIR] [OUT_DIR]
# route-column.png: the fixtures plus a kind cluster, a client-certificate-only user and a
# context already on the tailnet, each row with its route. batch-skipped.png: those three
# on-premises/kind contexts selected at once; the preview rewrites one and lists the two it
# skips with their reasons. proxy-table.png: the GKE, EKS and AKS contexts selected at once
# with three operator proxies on the tailnet (a stand-in tailscale answers): one row per
# context, each with the proxy suggested for it.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots}
exe=$build/app/kubetailor
[ -x "$exe" ] || { echo "take-batch-screenshots.sh: build kubetailor first ($exe)" >&2; exit 1; }
for tool in Xvfb xdotool import xdpyinfo; do
    command -v "$tool" >/dev/null 2>&1 || { echo "take-batch-screenshots.sh: $tool is missing" >&2; exit 1; }
done
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/kubetailor-batch-shots.XXXXXX")
pids=
cleanup() {
    for pid in $pids; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
export XDG_CONFIG_HOME="$HOME/.config" XDG_STATE_HOME="$HOME/.local/state"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset QT_QPA_PLATFORM
mkdir -p "$HOME/.kube" "$XDG_CONFIG_HOME/kubetailor" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
fixtures=$root/tests/fixtures/kubeconfigs
cp "$fixtures/batch.yaml" "$HOME/.kube/batch.yaml"
cat >"$HOME/.kube/tailnet.yaml" <<'YAML'
apiVersion: v1
kind: Config
clusters:
- name: payments-tailnet
  cluster:
    server: https://tailscale-operator.tail1234.ts.net:443
contexts:
- name: payments-tailnet
  context:
    cluster: payments-tailnet
    user: payments
users:
- name: payments
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: gke-gcloud-auth-plugin
YAML
chmod 600 "$HOME/.kube/batch.yaml" "$HOME/.kube/tailnet.yaml"
cat >"$XDG_CONFIG_HOME/kubetailor/kubetailor.conf" <<'CONF'
[rewrite]
hostname=tailscale-operator
tailnet=tail1234.ts.net
mode=in-place
CONF

display=:$(( 150 + $$ % 50 ))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
pids="$pids $!"
export DISPLAY=$display
i=0
while ! xdpyinfo >/dev/null 2>&1; do
    i=$((i + 1)); [ $i -lt 50 ] || { echo "take-batch-screenshots.sh: Xvfb did not start" >&2; exit 1; }
    sleep 0.1
done

start_app() {
    "$exe" >"$work/app.log" 2>&1 &
    app=$!
    pids="$pids $app"
    i=0
    while :; do
        win=$(xdotool search --onlyvisible --name '^kubetailor$' 2>/dev/null | head -n 1 || true)
        [ -n "$win" ] && break
        i=$((i + 1)); [ $i -lt 100 ] || { echo "take-batch-screenshots.sh: no window" >&2; cat "$work/app.log" >&2; exit 1; }
        sleep 0.1
    done
    sleep 1.5
}
stop_app() {
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
}

# 1. The Route column: the GKE/EKS/AKS/k3s fixtures and the batch contexts.
export KUBECONFIG="$fixtures/gke.yaml:$fixtures/eks.yaml:$fixtures/aks.yaml:$fixtures/k3s.yaml:$HOME/.kube/batch.yaml:$HOME/.kube/tailnet.yaml"
start_app
import -window "$win" "$out/route-column.png"
stop_app

# 2. A batch: the three contexts of batch.yaml selected at once (a click on the first row of
# the table, below the filter box and the header, then Ctrl+A).
export KUBECONFIG="$HOME/.kube/batch.yaml"
start_app
# The whole screen: the per-context proxy rows and the skipped contexts' reasons both show.
xdotool windowsize --sync "$win" 1366 768 2>/dev/null || xdotool windowsize "$win" 1366 768
sleep 0.5
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
xdotool mousemove --window "$win" 200 82 click 1
sleep 0.3
xdotool key --window "$win" ctrl+a
sleep 1.5
import -window "$win" "$out/batch-skipped.png"
stop_app
# 3. Each context its own proxy: three operator proxies on the tailnet, the three cloud
# contexts selected at once.
mkdir -p "$work/bin"
cp "$root/tests/support/fake-tailscale" "$work/bin/tailscale"
python3 - "$root/tests/fixtures/tailscale/operator-and-replica.json" "$work/status.json" <<'PY'
import json, sys
status = json.load(open(sys.argv[1]))
peers = status["Peer"]
template = next(p for p in peers.values() if p["HostName"] == "tailscale-operator")
for i, (name, tags) in enumerate([("payments-operator", ["tag:k8s-operator", "tag:gke"]),
                                  ("orders-operator", ["tag:k8s-operator", "tag:eks"])]):
    peer = dict(template, HostName=name, DNSName=name + ".tail1234.ts.net.", Tags=tags,
                ID="nShot%d" % i, TailscaleIPs=["100.88.2.%d" % (i + 1)])
    peers["nodekey:%064d" % (90 + i)] = peer
json.dump(status, open(sys.argv[2], "w"), indent=2)
PY
export FAKE_TAILSCALE_STATUS="$work/status.json" PATH="$work/bin:$PATH"
export KUBECONFIG="$fixtures/gke.yaml:$fixtures/eks.yaml:$fixtures/aks.yaml"
start_app
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
xdotool mousemove --window "$win" 200 82 click 1
sleep 0.3
xdotool key --window "$win" ctrl+a
sleep 2
import -window "$win" "$out/proxy-table.png"
stop_app
echo "take-batch-screenshots.sh: wrote $out/route-column.png $out/batch-skipped.png $out/proxy-table.png"
