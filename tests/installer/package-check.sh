# Sourced by check-deb.sh and check-rpm.sh: the tools check, a scratch folder, the failure
# counter and the CPack run they share. Expects $build to be set.

# require_tools HINT TOOL...: exit 77 (skipped) naming the first missing tool.
require_tools() {
    hint=$1
    shift
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool not found ($hint)"; exit 77; }
    done
}

# new_workdir NAME: a scratch folder in $work, removed on exit.
new_workdir() {
    work=$(mktemp -d "${TMPDIR:-/tmp}/kubetailor-$1.XXXXXX")
    trap 'rm -rf "$work"' EXIT INT TERM
}

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# run_cpack GENERATOR: the package into $work/out, or exit 1 with CPack's log.
run_cpack() {
    echo "== cpack -G $1"
    if ! cpack --config "$build/CPackConfig.cmake" -G "$1" -B "$work/out" >"$work/cpack.log" 2>&1; then
        cat "$work/cpack.log"
        echo "FAIL: cpack -G $1 failed (is the whole tree built? cmake --build $build)"
        exit 1
    fi
}
