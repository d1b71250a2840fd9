#!/bin/sh
# Fails when a user-visible string in the sources has no translation in a committed .ts file
# (someone added or changed a tr() string and did not run translations/update.sh).
# lupdate scans the sources into temporary copies of the .ts files, keeping every existing
# translation; whatever it marks unfinished there is missing from the committed files.
#   check-up-to-date.sh LUPDATE SOURCE_DIR
set -eu
lupdate=$1
root=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/kubetailor-ts.XXXXXX")
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$root"/translations/*.ts; do
    copy=$work/$(basename "$ts")
    cp "$ts" "$copy"
    "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui \
        "$root/app" "$root/kubeconfig" "$root/proxycore" -ts "$copy" >/dev/null
    missing=$(awk '
        /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
        /type="unfinished"/ { print "    " src }' "$copy")
    if [ -n "$missing" ]; then
        echo "$(basename "$ts"): strings in the sources without a translation here:"
        echo "$missing"
        status=1
    fi
done
if [ "$status" -ne 0 ]; then
    echo "run translations/update.sh BUILD_DIR, translate what it lists, and commit the .ts files"
fi
exit $status
