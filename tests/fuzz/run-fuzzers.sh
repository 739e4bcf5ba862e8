#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, -DVD_FUZZ=ON, in their own build folder) and runs each for
# SECONDS on a temporary copy of its committed seed corpus (tests/fuzz/corpus/<name>), with its
# dictionary when there is one (tests/fuzz/<name>.dict). Fails on any crash, leak, timeout or
# out-of-memory; the reproducer is kept in BUILD_DIR/fuzz-findings/<name>/. Prints each target's
# executions per second and final corpus size. The committed corpus never grows.
#
#   tests/fuzz/run-fuzzers.sh [BUILD_DIR] [SECONDS]     (defaults: build-fuzz, 60)
#   env: FUZZ_TARGETS="formreader urlfetcher" to run some targets only
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(realpath -m "${1:-$root/build-fuzz}")"
seconds="${2:-60}"
targets=(${FUZZ_TARGETS:-capturereader exiforientation formreader livenessinspector responseparser
                         selfiecheck serverselfiecheck urlfetcher})

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVD_WERROR=ON \
    -DVD_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" >/dev/null
cmake --build "$build" --target fuzzers --parallel "$(nproc)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
findings="$build/fuzz-findings"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

failed=()
printf '%-20s %10s %10s %8s  %s\n' target "exec/s" executions corpus result
for name in "${targets[@]}"; do
    corpus="$work/$name"
    mkdir -p "$corpus" "$findings/$name"
    cp "$root/tests/fuzz/corpus/$name/"* "$corpus/"
    dict=()
    [ -f "$root/tests/fuzz/$name.dict" ] && dict=(-dict="$root/tests/fuzz/$name.dict")
    log="$build/fuzz-$name.log"
    result=ok
    "$build/bin/fuzz_$name" "$corpus" "${dict[@]}" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout=10 -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/$name/" \
        >"$log" 2>&1 || result=FAILED
    execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)"
    rate="$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)"
    files="$(find "$corpus" -type f | wc -l)"
    printf '%-20s %10s %10s %8s  %s\n' "$name" "$rate" "$execs" "$files" "$result"
    if [ "$result" != ok ]; then
        failed+=("$name")
        grep -E 'ERROR:|SUMMARY:|runtime error|Test unit written' "$log" | head -20 >&2
    fi
done

if ((${#failed[@]})); then
    echo "run-fuzzers: findings in ${failed[*]} (logs: $build/fuzz-<name>.log," \
        "reproducers: $findings/<name>/)" >&2
    exit 1
fi
echo "run-fuzzers: ${#targets[@]} targets, $seconds s each, no findings"
