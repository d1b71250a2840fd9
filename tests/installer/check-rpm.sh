#!/bin/sh
# Builds the .rpm from a built tree with CPack and checks what rpm reports about it:
#   check-rpm.sh BUILD_DIR VERSION
# - rpm -qpi: name, version, license, URL, summary;
# - rpm -qpl: the same files as the .deb (license under /usr/share/licenses, no Debian
#   changelog), and no shared directories such as /usr/share/icons/hicolor/48x48 owned;
# - rpm -qpR: the sonames of Qt 6, yaml-cpp, QtKeychain, http-parser and OpenSSL (rpmbuild
#   finds them) plus the explicit Fedora packages for what is loaded at run time.
# Only Debian's rpmbuild runs here: installing it on Fedora is not checked.
# Exit 77 (skipped) when rpmbuild is missing.
set -eu
build=${1:?usage: check-rpm.sh BUILD_DIR VERSION}
version=${2:?usage: check-rpm.sh BUILD_DIR VERSION}
app_id=dev.kubetailor.Kubetailor

. "$(dirname "$0")/package-check.sh"
require_tools "./dev deps installs rpm" cpack rpm rpmbuild
new_workdir rpm
run_cpack RPM
grep -i 'warning' "$work/cpack.log" && fail "cpack warned (see above)"
rpm=$(ls "$work"/out/kubetailor-*.rpm)
echo "built $(basename "$rpm") ($(stat -c %s "$rpm") bytes)"

echo "== rpm -qpi"
rpm -qpi "$rpm"
q() { rpm -qp --qf "%{$1}" "$rpm"; }
[ "$(q NAME)" = kubetailor ] || fail "Name is '$(q NAME)'"
[ "$(q VERSION)" = "$version" ] || fail "Version is '$(q VERSION)'"
[ "$(q LICENSE)" = MIT ] || fail "License is '$(q LICENSE)'"
q URL | grep -q '^https://' || fail "no https URL"
q DESCRIPTION | grep -q 'noauth' || fail "Description is '$(q DESCRIPTION)'"

echo "== rpm -qpl"
rpm -qpl "$rpm" | tee "$work/contents"
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
expect_file /usr/share/licenses/kubetailor/LICENSE
for shared in /usr /usr/bin /usr/share /usr/share/applications /usr/share/icons \
    /usr/share/icons/hicolor /usr/share/icons/hicolor/48x48 /usr/share/icons/hicolor/48x48/apps \
    /usr/share/man/man1 /usr/share/metainfo; do
    grep -qx "$shared" "$work/contents" && fail "the package owns the shared directory $shared"
done
grep -q 'changelog.Debian\|lintian' "$work/contents" && fail "Debian-only files in the RPM"

echo "== rpm -qpR"
rpm -qpR "$rpm" | tee "$work/requires"
for soname in libQt6Core.so.6 libQt6Gui.so.6 libQt6Widgets.so.6 libQt6Network.so.6 \
    libqt6keychain.so.1 libyaml-cpp.so.0.7 libhttp_parser.so.2.9 libcrypto.so.3; do
    grep -q "^$soname()" "$work/requires" || fail "Requires lacks $soname"
done
for package in qt6-qtbase-gui qt6-qtsvg; do
    grep -q "^$package" "$work/requires" || fail "Requires lacks $package"
done
rpm -qp --recommends "$rpm" | grep -qx libsecret || fail "Recommends lacks libsecret"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all .rpm checks passed"
