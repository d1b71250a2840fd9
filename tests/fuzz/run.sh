#!/usr/bin/env bash
# Builds the request-head fuzz target with clang's libFuzzer (plus ASan and UBSan) from the
# few proxycore sources it needs, and runs it for a bounded time over the seed corpus.
#   tests/fuzz/run.sh [SECONDS]      default 90; new inputs go to build-fuzz/corpus/
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=$ROOT/build-fuzz
SECONDS_TO_RUN=${1:-90}
CXX=${FUZZ_CXX:-clang++}
mkdir -p "$OUT/corpus"

SOURCES=(
    proxycore/HttpMessageHead.cpp proxycore/HttpMessageParser.cpp
    proxycore/HttpRequestParser.cpp proxycore/HopByHopHeaders.cpp
    proxycore/UpstreamRequestHead.cpp proxycore/RequestGuard.cpp proxycore/LogRedactor.cpp
    tests/fuzz/fuzz_requesthead.cpp
)
# shellcheck disable=SC2207
QT_FLAGS=($(pkg-config --cflags Qt6Core Qt6Network))
# shellcheck disable=SC2207
QT_LIBS=($(pkg-config --libs Qt6Core Qt6Network))
echo "==> building $OUT/fuzz_requesthead" >&2
(cd "$ROOT" && "$CXX" -std=c++17 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined \
    -fno-sanitize-recover=undefined -DQT_NO_CAST_FROM_ASCII -I"$ROOT" "${QT_FLAGS[@]}" \
    "${SOURCES[@]}" -o "$OUT/fuzz_requesthead" "${QT_LIBS[@]}" -lhttp_parser)

echo "==> fuzzing for ${SECONDS_TO_RUN}s (seeds: tests/fuzz/corpus/request-head)" >&2
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$OUT"
exec ./fuzz_requesthead -max_total_time="$SECONDS_TO_RUN" -max_len=4096 -timeout=10 \
    -print_final_stats=1 "$OUT/corpus" "$ROOT/tests/fuzz/corpus/request-head"
