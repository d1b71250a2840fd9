#!/bin/sh
# Takes the screenshots in docs/screenshots/ of the REAL kubetailor window, under Xvfb with a
# tray host (trayer), with the kubeconfig fixtures merged into a temporary HOME:
#   tests/support/take-screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs: Xvfb, trayer, xdotool, imagemagick (import), curl; kubectl ($KUBECTL) to merge the
# fixtures (else they are listed in KUBECONFIG instead). Nothing leaves loopback.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots}
exe=$build/app/kubetailor
[ -x "$exe" ] || { echo "take-screenshots.sh: build kubetailor first ($exe)" >&2; exit 1; }
for tool in Xvfb trayer xdotool import curl; do
    command -v "$tool" >/dev/null 2>&1 || { echo "take-screenshots.sh: $tool is missing" >&2; exit 1; }
done
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/kubetailor-shots.XXXXXX")
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
unset KUBECONFIG QT_QPA_PLATFORM
mkdir -p "$HOME/.kube" "$XDG_CONFIG_HOME/kubetailor" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
fixtures=$root/tests/fixtures/kubeconfigs
list=$fixtures/gke.yaml:$fixtures/eks.yaml:$fixtures/aks.yaml:$fixtures/k3s.yaml
kubectl=${KUBECTL:-/usr/lib/google-cloud-sdk/bin/kubectl.1.33}
if [ -x "$kubectl" ] && KUBECONFIG=$list "$kubectl" config view --flatten >"$HOME/.kube/config"; then
    chmod 600 "$HOME/.kube/config"
else
    for f in gke eks aks k3s; do cp "$fixtures/$f.yaml" "$HOME/.kube/$f.yaml"; done
    export KUBECONFIG="$HOME/.kube/gke.yaml:$HOME/.kube/eks.yaml:$HOME/.kube/aks.yaml:$HOME/.kube/k3s.yaml"
fi

display=:$(( 97 + $$ % 50 ))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
pids="$pids $!"
export DISPLAY=$display
i=0
while ! xdpyinfo >/dev/null 2>&1; do
    i=$((i + 1)); [ $i -lt 50 ] || { echo "take-screenshots.sh: Xvfb did not start" >&2; exit 1; }
    sleep 0.1
done
trayer --edge top --align right --widthtype pixel --width 200 --height 24 >/dev/null 2>&1 &
pids="$pids $!"
sleep 1

# Starts kubetailor and waits for its window; sets $app (pid) and $win (window id).
start_app() {
    "$exe" >"$work/app.log" 2>&1 &
    app=$!
    pids="$pids $app"
    win=$(wait_window)
}
wait_window() {
    i=0
    while :; do
        id=$(xdotool search --onlyvisible --name '^kubetailor$' 2>/dev/null | head -n 1 || true)
        [ -n "$id" ] && break
        i=$((i + 1)); [ $i -lt 100 ] || { echo "take-screenshots.sh: no window" >&2; cat "$work/app.log" >&2; exit 1; }
        sleep 0.1
    done
    sleep 1.5 # first paint, icons
    echo "$id"
}
stop_app() {
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
}

# 1. The contexts table with the fixtures loaded (no proxy name typed yet).
start_app
import -window "$win" "$out/contexts.png"
stop_app

# 2. The rewrite preview: the last proxy name is remembered in the settings.
cat >"$XDG_CONFIG_HOME/kubetailor/kubetailor.conf" <<'CONF'
[rewrite]
hostname=tailscale-operator
tailnet=tail1234.ts.net
mode=in-place

[forwarder]
port=18443
mode=http
CONF
start_app
import -window "$win" "$out/rewrite-preview.png"

# 3. The local proxy for the k3s context: it signs in with a client certificate, so the panel
# chooses TCP passthrough. A stand-in API server answers on the k3s address, 127.0.0.1:6443,
# and each kubectl-like request through the tunnel is one TCP line in the log.
apiserver=$build/tests/support/kubetailor-test-apiserver
if [ -x "$apiserver" ]; then
    "$apiserver" --make-certs "$work/certs" --hosts 127.0.0.1,localhost >/dev/null
    "$apiserver" --listen 127.0.0.1:6443 --cert "$work/certs/server.crt" \
        --key "$work/certs/server.key" >"$work/apiserver.log" 2>&1 &
    pids="$pids $!"
fi
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
xdotool key --window "$win" ctrl+f
xdotool type --window "$win" --delay 20 "k3s"
sleep 0.3
# The first (only) row of the filtered table, below the filter box and the header.
xdotool mousemove --window "$win" 200 82 click 1
xdotool key --window "$win" alt+l
sleep 0.3
xdotool key --window "$win" alt+s
sleep 1.5
for path in /version /api/v1/namespaces/default/pods /healthz; do
    curl -sk -o /dev/null --max-time 5 "https://127.0.0.1:18443$path" || true
    sleep 0.3
done
sleep 1
import -window "$win" "$out/local-proxy.png"
stop_app

# 4. A cloud CLI wrote a rewritten context's cluster entry again while the window was open: a
# stand-in `gcloud container clusters get-credentials` (tests/support/fake-gcloud) writes a
# new endpoint over the GKE context kubetailor routed through the tailnet. The status line says
# what changed and why Undo is off; the tray notifies.
gke=gke_acme-prod_us-central1_payments
config=${KUBECONFIG:-$HOME/.kube/config}
config=${config%%:*}
if [ -x "$kubectl" ] && "$exe" rewrite --kubeconfig "$config" --context "$gke" \
    --fqdn tailscale-operator.tail1234.ts.net --no-remember >/dev/null 2>&1; then
    sed -n 's/^ *certificate-authority-data: //p' "$fixtures/gke.yaml" | head -n 1 | base64 -d >"$work/gke-ca.pem"
    start_app
    KUBECONFIG=$config KUBECTL=$kubectl FAKE_GCLOUD_ENDPOINT=34.118.99.1 \
        FAKE_GCLOUD_CA_FILE="$work/gke-ca.pem" "$root/tests/support/fake-gcloud/gcloud" \
        container clusters get-credentials payments --zone us-central1 --project acme-prod 2>/dev/null
    # The watcher's debounce and the reload; then the tray's balloon (drawn black under Xvfb
    # without a compositor, over the window's corner) times out after 10 s.
    sleep 12
    import -window "$win" "$out/outside-change.png"
    stop_app
fi

# 5. Routes that stay: the GKE context is routed (and so remembered); with the app running,
# the stand-in gcloud writes the cluster entry back as it was (public server, CA data). The app
# applies the route again at once: the tray's notification and the status line say so, with
# Undo.
if [ -x "$kubectl" ]; then
    "$exe" undo --kubeconfig "$config" --force >/dev/null 2>&1 || true
    KUBECONFIG=$list "$kubectl" config view --flatten >"$config" 2>/dev/null && chmod 600 "$config"
    if "$exe" rewrite --kubeconfig "$config" --context "$gke" \
        --fqdn tailscale-operator.tail1234.ts.net >/dev/null 2>&1; then
        start_app
        KUBECONFIG=$config KUBECTL=$kubectl FAKE_GCLOUD_ENDPOINT=34.118.10.20 \
            FAKE_GCLOUD_CA_FILE="$work/gke-ca.pem" "$root/tests/support/fake-gcloud/gcloud" \
            container clusters get-credentials payments --zone us-central1 --project acme-prod 2>/dev/null
        sleep 2.5
        # The whole screen: the balloon sits beside the tray, outside the window. The
        # empty bottom of the screen below the window is cut.
        import -window root -crop 1366x690+0+0 +repage "$out/route-reapplied.png"
        stop_app
    fi
fi
echo "take-screenshots.sh: wrote $out/contexts.png $out/rewrite-preview.png $out/local-proxy.png $out/outside-change.png $out/route-reapplied.png"
