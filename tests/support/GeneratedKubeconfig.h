#pragma once

// Large kubeconfigs made on the fly, for speed tests: shaped exactly like what
// `gcloud container clusters get-credentials` writes, `count` times.
#include <QByteArray>
#include <QString>

namespace GeneratedKubeconfig {

// Contexts, clusters and users named gke_acme-prod_us-central1_c<i>, each cluster with an IP
// server and CA data, each user with the gke-gcloud-auth-plugin exec stanza.
inline QByteArray gkeShaped(int count)
{
    QByteArray clusters = "apiVersion: v1\nclusters:\n";
    QByteArray contexts = "contexts:\n";
    QByteArray users = "users:\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray name = "gke_acme-prod_us-central1_c" + QByteArray::number(i);
        clusters += "- cluster:\n    certificate-authority-data: "
                    "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==\n    server: https://34.1." +
                    QByteArray::number(i / 250) + '.' + QByteArray::number(i % 250) +
                    "\n  name: " + name + '\n';
        contexts +=
            "- context:\n    cluster: " + name + "\n    user: " + name + "\n  name: " + name + '\n';
        users += "- name: " + name +
                 "\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                 "      command: gke-gcloud-auth-plugin\n      provideClusterInfo: true\n";
    }
    return clusters + contexts + "current-context: gke_acme-prod_us-central1_c0\nkind: Config\n" +
           "preferences: {}\n" + users;
}

} // namespace GeneratedKubeconfig
