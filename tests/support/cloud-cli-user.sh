# Sourced by the stand-in cloud CLIs (fake-gcloud, fake-aws, fake-az): puts a user entry into a
# kubeconfig the way the real CLIs do (the entry replaced whole), with the real kubectl doing
# the YAML. `kubectl config set-credentials` is not used: Debian 12's kubectl 1.20 panics in it.
#   put_user KUBECTL CONFIG USER_YAML
# USER_YAML is a kubeconfig holding only the user entry; CONFIG is rewritten whole.
put_user() {
    KUBECONFIG="$3:$2" "$1" config view --raw >"$2.new"
    mv "$2.new" "$2"
}
