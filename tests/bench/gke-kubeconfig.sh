#!/usr/bin/env bash
# Prints a kubeconfig with N contexts (default 2,000), each entry shaped exactly as
# `gcloud container clusters get-credentials` writes it: a cluster with CA data, a context,
# a user with the gke-gcloud-auth-plugin exec stanza. The rewrite and window benchmarks read it.
#   gke-kubeconfig.sh [CONTEXTS] > FILE
set -euo pipefail
contexts=${1:-2000}
fixture=$(dirname "${BASH_SOURCE[0]}")/../fixtures/kubeconfigs/gke.yaml
ca=$(sed -n 's/^ *certificate-authority-data: //p' "$fixture" | head -n1)

awk -v n="$contexts" -v ca="$ca" 'BEGIN {
    print "apiVersion: v1"; print "clusters:"
    for (i = 0; i < n; i++) {
        printf "- cluster:\n    certificate-authority-data: %s\n", ca
        printf "    server: https://34.%d.%d.%d\n", 100 + int(i / 62500), int(i / 250) % 250, i % 250 + 1
        printf "  name: gke_acme-prod_us-central1_cluster-%04d\n", i
    }
    print "contexts:"
    for (i = 0; i < n; i++) {
        printf "- context:\n    cluster: gke_acme-prod_us-central1_cluster-%04d\n", i
        printf "    user: gke_acme-prod_us-central1_cluster-%04d\n", i
        printf "  name: gke_acme-prod_us-central1_cluster-%04d\n", i
    }
    print "current-context: gke_acme-prod_us-central1_cluster-0000"
    print "kind: Config"; print "preferences: {}"; print "users:"
    for (i = 0; i < n; i++) {
        printf "- name: gke_acme-prod_us-central1_cluster-%04d\n  user:\n    exec:\n", i
        print  "      apiVersion: client.authentication.k8s.io/v1beta1"
        print  "      command: gke-gcloud-auth-plugin"
        print  "      installHint: Install gke-gcloud-auth-plugin for use with kubectl by following"
        print  "        https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl#install_plugin"
        print  "      provideClusterInfo: true"
    }
}'
