#!/bin/sh
# A stand-in for the one gcloud command a newcomer runs first:
#   fake-gcloud.sh container clusters get-credentials CLUSTER --region REGION --project PROJECT
# It writes what gcloud writes, through the real kubectl ($KUBECTL, else kubectl on PATH):
# cluster, user and context gke_PROJECT_REGION_CLUSTER (server https://34.118.0.10 with
# certificate-authority-data, the user an exec plugin gke-gcloud-auth-plugin), made current,
# into the first file of $KUBECONFIG, else ~/.kube/config, which it creates if missing.
# Anything else exits 2.
set -eu
usage() { echo "fake-gcloud.sh: only 'container clusters get-credentials CLUSTER --region REGION --project PROJECT'" >&2; exit 2; }
[ "${1:-}" = container ] && [ "${2:-}" = clusters ] && [ "${3:-}" = get-credentials ] || usage
cluster=${4:-}
[ -n "$cluster" ] || usage
shift 4
region='' project=''
while [ $# -gt 0 ]; do
    case "$1" in
        --region) region=${2:-}; shift 2 ;;
        --project) project=${2:-}; shift 2 ;;
        *) usage ;;
    esac
done
[ -n "$region" ] && [ -n "$project" ] || usage
kubectl=${KUBECTL:-kubectl}
name="gke_${project}_${region}_${cluster}"
file=${KUBECONFIG:-$HOME/.kube/config}
file=${file%%:*}
mkdir -p "$(dirname "$file")"
ca=$(mktemp)
trap 'rm -f "$ca"' EXIT
printf -- '-----BEGIN CERTIFICATE-----\nTUlJQ2FrZS1ub3QtYS1yZWFsLWNlcnRpZmljYXRl\n-----END CERTIFICATE-----\n' >"$ca"
k() { "$kubectl" --kubeconfig "$file" config "$@" >/dev/null; }
k set-cluster "$name" --server=https://34.118.0.10 --certificate-authority="$ca" --embed-certs=true
k set-credentials "$name" --exec-command=gke-gcloud-auth-plugin \
    --exec-api-version=client.authentication.k8s.io/v1beta1
k set-context "$name" --cluster="$name" --user="$name"
k use-context "$name"
echo "Fetching cluster endpoint and auth data."
echo "kubeconfig entry generated for $cluster."
