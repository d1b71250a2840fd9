#!/usr/bin/env bash
# `./dev bench` runs this: every benchmark of tests/bench/ side by side, one after the
# other, against the given build. Results are described in docs/benchmarks.md.
#   run-benchmarks.sh BUILD_DIR
set -euo pipefail
build_dir=${1:?usage: run-benchmarks.sh BUILD_DIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
status=0
for bench in "$here"/*-benchmark.sh; do
    echo "### $(basename "$bench")"
    "$bench" "$build_dir" || status=1
    echo
done
exit $status
