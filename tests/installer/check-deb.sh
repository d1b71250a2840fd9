#!/bin/sh
# Builds the .deb from a built tree with CPack and checks it with Debian's own tools:
#   check-deb.sh BUILD_DIR VERSION
# - control fields (dpkg-deb -I): name, version, section, maintainer, homepage, and the
#   dependencies on Debian's Qt 6, yaml-cpp, QtKeychain and http-parser packages;
# - contents (dpkg-deb -c): binary, .desktop, metainfo, every hicolor size, man page,
#   copyright, changelog;
# - lintian: no error or warning (overrides in installer/debian/, each with a reason);
# - unpacked into a scratch root (dpkg -x): the installed kubetailor runs, its .desktop
#   file and metainfo validate, its Icon= resolves in the package, the translations are
#   inside the binary.
# Exit 77 (skipped) when a tool is missing; ./dev deps installs them all.
set -eu
build=${1:?usage: check-deb.sh BUILD_DIR VERSION}
version=${2:?usage: check-deb.sh BUILD_DIR VERSION}
app_id=dev.kubetailor.Kubetailor

. "$(dirname "$0")/package-check.sh"
require_tools "./dev deps installs it" cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli file
new_workdir deb
run_cpack DEB
deb=$(ls "$work"/out/kubetailor_*.deb)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

echo "== control fields"
dpkg-deb -I "$deb" >"$work/info"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = kubetailor ] || fail "Package is '$(field Package)'"
case "$(field Version)" in "$version"-*) ;; *) fail "Version '$(field Version)' is not $version-<release>" ;; esac
[ "$(field Section)" = devel ] || fail "Section is '$(field Section)'"
[ "$(field Priority)" = optional ] || fail "Priority is '$(field Priority)'"
field Maintainer | grep -q '<.*@.*>' || fail "Maintainer '$(field Maintainer)' has no e-mail address"
field Homepage | grep -q '^https://' || fail "no https Homepage"
field Description | head -n1 | grep -qi 'kubectl' || fail "synopsis does not say what it is"
depends=$(field Depends)
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6svg6 libqt6keychain1 \
    libyaml-cpp0.7 libhttp-parser2.9 libssl3 libc6; do
    echo "$depends" | grep -q "\b$dep\b" || fail "Depends lacks $dep: $depends"
done
field Recommends | grep -q libsecret-1-0 || fail "Recommends lacks libsecret-1-0 (QtKeychain's Secret Service)"

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
expect_file() { grep -qx "$1" "$work/contents" || fail "package lacks $1"; }
expect_file /usr/bin/kubetailor
expect_file /usr/lib/kubetailor/modules/libkubetailor-gui.so
expect_file /usr/lib/kubetailor/modules/libkubetailor-keychain.so
expect_file "/usr/share/applications/$app_id.desktop"
expect_file "/usr/share/metainfo/$app_id.metainfo.xml"
expect_file "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    expect_file "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
expect_file /usr/share/man/man1/kubetailor.1.gz
expect_file /usr/share/doc/kubetailor/copyright
expect_file /usr/share/doc/kubetailor/changelog.Debian.gz
if grep -v '^/usr/' "$work/contents" | grep -qv '^/$'; then
    fail "files outside /usr: $(grep -v '^/usr/' "$work/contents" | tr '\n' ' ')"
fi
grep -q '^/usr/share/licenses/' "$work/contents" && fail "the RPM's license folder is in the .deb"

echo "== lintian"
# --fail-on error,warning: info and pedantic tags are printed, not fatal.
if ! lintian --info --pedantic --tag-display-limit 0 --fail-on error,warning "$deb" \
        >"$work/lintian" 2>&1; then
    fail "lintian found errors or warnings"
fi
grep -v 'running with root privileges' "$work/lintian" || true

echo "== installed into a scratch root"
root=$work/root
dpkg -x "$deb" "$root"
exe=$root/usr/bin/kubetailor
out=$("$exe" --version 2>&1) || fail "installed kubetailor --version exited $?: $out"
echo "$out"
case "$out" in "kubetailor $version "*) ;; *) fail "installed kubetailor --version says '$out'" ;; esac
help_de=$(env -u LC_ALL LANGUAGE= LANG=de_DE.UTF-8 "$exe" --help 2>&1) || fail "kubetailor --help (de) failed"
echo "$help_de" | grep -q 'Befehle:' || fail "installed binary has no German translation: $help_de"

# The keychain is a module the executable loads on first use: from the installed layout it must
# be found and load, so without a Secret Service the answer names that, not the module.
out=$(env DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus KUBETAILOR_KEYCHAIN_TIMEOUT_MS=5000 \
    "$exe" manifests helm --secret-from-keychain 2>&1) && fail "manifests without a keychain succeeded: $out"
echo "$out"
echo "$out" | grep -q 'no Secret Service' \
    || fail "the installed binary did not reach QtKeychain through its module: $out"

desktop=$root/usr/share/applications/$app_id.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $app_id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "appstreamcli rejects the metainfo"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ "$icon" = "$app_id" ] || fail "Icon=$icon is not the application id"
[ -f "$root/usr/share/icons/hicolor/48x48/apps/$icon.png" ] || fail "Icon=$icon not in the package"
exec_cmd=$(sed -n 's/^Exec=//p' "$desktop" | cut -d' ' -f1)
[ -x "$root/usr/bin/$exec_cmd" ] || fail "Exec=$exec_cmd is not the packaged binary"
for png in "$root"/usr/share/icons/hicolor/*x*/apps/$app_id.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    file "$png" | grep -q "PNG image data, ${size%x*} x ${size#*x}," \
        || fail "$png is not a ${size} PNG: $(file -b "$png")"
done

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all .deb checks passed"
