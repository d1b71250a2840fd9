#!/bin/sh
# The desktop integration files as the desktop's own validators see them:
#   check-desktop-metadata.sh RESOURCES_DIR
# the .desktop file (desktop-file-validate) and the AppStream metainfo (appstreamcli,
# offline), and that the metainfo launches that .desktop file.
# Exit 77 (skipped) when a validator is missing; ./dev deps installs them.
set -eu
dir=${1:?usage: check-desktop-metadata.sh RESOURCES_DIR}
app_id=dev.kubetailor.Kubetailor
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool not found"; exit 77; }
done
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

desktop-file-validate "$dir/$app_id.desktop" || fail "desktop-file-validate rejects $app_id.desktop"
appstreamcli validate --no-net --pedantic "$dir/$app_id.metainfo.xml" || fail "appstreamcli rejects the metainfo"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$dir/$app_id.metainfo.xml" \
    || fail "the metainfo does not launch $app_id.desktop"
grep -q "<id>$app_id</id>" "$dir/$app_id.metainfo.xml" || fail "the metainfo's id is not $app_id"
grep -qx "Icon=$app_id" "$dir/$app_id.desktop" || fail "Icon= is not $app_id"
for icon in kubetailor tray-idle tray-running tray-error provider-gke provider-eks provider-aks \
    provider-k3s provider-other; do
    [ -f "$dir/icons/$icon.svg" ] || fail "icons/$icon.svg is missing"
done
[ "$failures" -eq 0 ] || exit 1
echo "desktop file, metainfo and icons are valid"
