#!/usr/bin/env bash
# The rewrite benchmark: a kubeconfig with N GKE-shaped contexts (default 2,000), and side by
# side, in one run, on the same input:
#   - kubetailor rewrite --all --fqdn ... -o -        (all N contexts, printed, nothing written)
#   - kubetailor rewrite --all --fqdn ... --in-place  (all N contexts, written with lock+backup)
#   - kubectl config set-cluster NAME --server=...    (ONE cluster, kubectl's own edit path)
# Each is run RUNS times (default 5) on a fresh copy of the file; the median is reported.
# Goal (docs/benchmarks.md): rewriting all N contexts takes less time than one set-cluster.
#
#   rewrite-benchmark.sh BUILD_DIR [CONTEXTS] [RUNS]
set -euo pipefail

build_dir=${1:?usage: rewrite-benchmark.sh BUILD_DIR [CONTEXTS] [RUNS]}
contexts=${2:-2000}
runs=${3:-5}
exe=$build_dir/app/kubetailor
[ -x "$exe" ] || { echo "rewrite-benchmark.sh: $exe is not built" >&2; exit 1; }
if [ -z "${KUBECTL:-}" ]; then
    if [ -x /usr/lib/google-cloud-sdk/bin/kubectl.1.33 ]; then
        KUBECTL=/usr/lib/google-cloud-sdk/bin/kubectl.1.33
    else
        KUBECTL=$(command -v kubectl || true)
    fi
fi
[ -n "$KUBECTL" ] || { echo "rewrite-benchmark.sh: no kubectl found (set KUBECTL)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/kubetailor-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
# A private HOME so backups and locks land in the scratch folder, never in the user's.
export HOME=$work/home XDG_STATE_HOME=$work/home/.local/state XDG_DATA_HOME=$work/home/.local/share
export XDG_CONFIG_HOME=$work/home/.config XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$HOME/.kube"
unset KUBECONFIG

"$(dirname "${BASH_SOURCE[0]}")/gke-kubeconfig.sh" "$contexts" > "$work/input.yaml"
chmod 600 "$work/input.yaml"

fqdn=tailscale-operator.tail1234.ts.net
now() { date +%s%N; }

# median_ms NAME COMMAND...: runs COMMAND $runs times on a fresh copy ($work/config), prints
# the median wall time in milliseconds, and fails if any run fails.
median_ms() {
    local name=$1; shift
    local times=() i start end
    for ((i = 0; i < runs; i++)); do
        cp "$work/input.yaml" "$work/config"
        rm -rf "$HOME/.local/state" "$work/config.lock"
        start=$(now)
        if ! "$@" > "$work/out" 2> "$work/err"; then
            echo "rewrite-benchmark.sh: '$name' failed:" >&2
            head -n 5 "$work/err" >&2
            exit 1
        fi
        end=$(now)
        times+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

# Correctness first: the in-place result must be what kubectl reads back, all N rewritten.
cp "$work/input.yaml" "$work/config"
"$exe" rewrite --kubeconfig "$work/config" --all --fqdn "$fqdn" --in-place > /dev/null
rewritten=$("$KUBECTL" config view --raw --kubeconfig "$work/config" -o jsonpath='{range .clusters[*]}{.cluster.server}{"\n"}{end}' | grep -c "^https://$fqdn:443\$" || true)
[ "$rewritten" = "$contexts" ] || { echo "rewrite-benchmark.sh: kubectl reads back $rewritten of $contexts rewritten clusters" >&2; exit 1; }

size_kb=$(( $(stat -c %s "$work/input.yaml") / 1024 ))
# sed reads all of kubectl's output: `head -n1` closed the pipe early, and under pipefail
# kubectl's SIGPIPE ended the script without a word.
kubectl_version=$("$KUBECTL" version --client 2>/dev/null | sed -n 's/^Client Version: //p')

stdout_ms=$(median_ms "rewrite -o -" "$exe" rewrite --kubeconfig "$work/config" --all --fqdn "$fqdn" -o -)
inplace_ms=$(median_ms "rewrite --in-place" "$exe" rewrite --kubeconfig "$work/config" --all --fqdn "$fqdn" --in-place)
kubectl_ms=$(median_ms "kubectl set-cluster" "$KUBECTL" config set-cluster gke_acme-prod_us-central1_cluster-0000 --kubeconfig "$work/config" "--server=https://$fqdn:443")
contexts_ms=$(median_ms "contexts" "$exe" contexts --kubeconfig "$work/config")

echo "rewrite benchmark: $contexts GKE-shaped contexts, ${size_kb} KiB kubeconfig, median of $runs runs, $(nproc) CPUs"
printf '  %-58s %9s ms\n' "kubetailor rewrite --all --fqdn ... -o - ($contexts contexts)" "$stdout_ms"
printf '  %-58s %9s ms\n' "kubetailor rewrite --all --fqdn ... --in-place ($contexts)" "$inplace_ms"
printf '  %-58s %9s ms\n' "kubectl config set-cluster NAME --server=... (1 cluster)" "$kubectl_ms"
printf '  %-58s %9s ms\n' "kubetailor contexts ($contexts contexts, table)" "$contexts_ms"
echo "  kubectl: $KUBECTL ($kubectl_version)"
if awk -v a="$inplace_ms" -v b="$kubectl_ms" 'BEGIN { exit !(a < b) }'; then
    echo "  goal met: rewriting all $contexts in place is faster than one kubectl set-cluster"
else
    echo "  goal NOT met: rewriting all $contexts in place is slower than one kubectl set-cluster"
fi
