#!/bin/sh
# Re-scans the sources for translatable strings (lupdate, through the build's
# update_translations target) and reports what is left to translate in each .ts file.
#   translations/update.sh [BUILD_DIR]        (default: build; configured if needed)
# Then translate the unfinished entries in Qt Linguist (`linguist translations/*.ts`) and
# run `ctest -R tst_translationfiles`, which fails while anything is unfinished.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja >/dev/null
fi
cmake --build "$build" --target update_translations

status=0
for ts in translations/*.ts; do
    # One <message> per entry; unfinished/vanished/obsolete are attributes of <translation>.
    awk -v file="$ts" '
        /<message/                 { total++; numerus += ($0 ~ /numerus="yes"/) }
        /<source>/                 { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
        /type="unfinished"/        { unfinished++; if (shown < 15) { print "    unfinished: " src; shown++ } }
        /type="(vanished|obsolete)"/ { vanished++ }
        END {
            printf "%s: %d entries (%d with plural forms), %d unfinished, %d vanished\n",
                file, total, numerus, unfinished, vanished
            exit (unfinished + vanished > 0)
        }' "$ts" || status=1
done
exit $status
