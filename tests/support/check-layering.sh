#!/bin/sh
# The house rules the compiler does not check, over the source tree given as $1:
# - kubeconfig/ and proxycore/ never include a Widgets header, nor each other, nor app/;
# - every project include line names the file's folder from the source root
#   ("kubeconfig/yaml/YamlNode.h"); only a file's own header may be included bare.
# Prints one line per offence (file:line: what) and exits 1 when there is any.
set -u
root=${1:?usage: check-layering.sh SOURCE_DIR}
cd "$root" || exit 2
status=0
offence() { printf '%s\n' "$*"; status=1; }

widgets='QtWidgets|QWidget|QDialog|QMainWindow|QApplication|QSystemTrayIcon|QMessageBox|QAction|QMenu'
for lib in kubeconfig proxycore; do
    other=proxycore; [ "$lib" = proxycore ] && other=kubeconfig
    grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]([^>\"]*/)?($widgets)[>\".]" "$lib" \
        --include='*.h' --include='*.cpp' | while IFS= read -r hit; do
        printf '%s: a library includes a Widgets header\n' "$hit"; done | grep . && status=1
    grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*\"($other|app|tests)/" "$lib" \
        --include='*.h' --include='*.cpp' | while IFS= read -r hit; do
        name=${hit#*\"}; printf '%s: %s must not know %s\n' "$hit" "$lib" "${name%%\"*}"; done | grep . && status=1
done

# Bare project includes: a quoted name with no folder that is not the file's own header.
for f in $(find kubeconfig proxycore app tests -name '*.h' -o -name '*.cpp' | sort); do
    own=$(basename "$f"); own=${own%.*}.h
    grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^/"]+\.h"' "$f" | while IFS= read -r hit; do
        name=${hit#*\"}; name=${name%%\"*}
        [ "$name" = "$own" ] && continue
        case "$name" in ui_*|moc_*) continue ;; esac
        [ -e "$(dirname "$f")/$name" ] || continue # a system header in quotes, e.g. http_parser.h
        printf '%s:%s: include "%s" with its folder from the source root\n' "$f" "${hit%%:*}" "$name"
    done | grep . && status=1
done
exit $status
