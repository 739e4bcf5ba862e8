#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Load bench of verifydesk-server (not a ctest test: it measures, it does not assert).
# Starts the server on a loopback port, drives it with wrk for DURATION seconds at a fixed
# CONCURRENCY with the vendor page's multipart request (a selfie and a liveness capture), and
# prints requests/s, p50/p99 latency, error counts and the server's RSS before and after.
#
#   bench/server/load.sh [BUILD_DIR]        env: DURATION=30 CONCURRENCY=4 WORKERS=2 FRAMES=1
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-${VERIFYDESK_BUILD_DIR:-$root/build}}"
server="$build/bin/verifydesk-server"
make_capture="$build/bin/vd_make_test_capture"
duration="${DURATION:-30}"
concurrency="${CONCURRENCY:-4}"
workers="${WORKERS:-2}"
frames="${FRAMES:-1}"
photo="$root/.cache/npm/@vladmandic_face-api@1.7.15/package/demo/sample1.jpg"

for tool in "$server" "$make_capture"; do
    [ -x "$tool" ] || { echo "load.sh: $tool is not built (cmake --build $build)" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

work="$(mktemp -d)"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

frame_args=()
for _ in $(seq "$frames"); do frame_args+=("$photo"); done
"$make_capture" "$work/liveness.protobuf" "${frame_args[@]}"

# A generous rate limit: the bench measures the server, not the limiter.
cat >"$work/accounts.json" <<JSON
{"accounts": [{"id": "bench", "secret": "bench-secret", "rate_limit_per_second": 0}]}
JSON
"$server" --listen 127.0.0.1:0 --accounts "$work/accounts.json" --data-dir "$work/data" \
    --workers "$workers" --retention 0 >"$work/stdout" 2>"$work/stderr" &
server_pid=$!
for _ in $(seq 300); do
    grep -q "listening on" "$work/stdout" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/stderr" >&2; exit 1; }
    sleep 0.1
done
url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/stdout")"

# Sampled when idle: scorings still running when wrk stops would count their buffers.
rss() { sleep 5; awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status"; }

export VD_BENCH_ID=bench VD_BENCH_SECRET=bench-secret
export VD_BENCH_SELFIE="$photo" VD_BENCH_LIVENESS="$work/liveness.protobuf"
# Warm-up at the same concurrency: the first requests give each connection thread and
# scoring worker its buffers (allocator arenas, the networks' working memory, a SQLite link).
wrk -t 2 -c "$concurrency" -d 20s --timeout 30s -s "$(dirname "$0")/multipart.lua" "$url" >/dev/null
rss_before="$(rss)"
echo "verifydesk-server load bench: $duration s, $concurrency connections, $workers workers," \
    "capture of $frames frame(s), on $url"
wrk -t 2 -c "$concurrency" -d "${duration}s" --timeout 30s -s "$(dirname "$0")/multipart.lua" "$url" \
    | sed -n '/^requests:/,$p'
rss_after="$(rss)"
echo "server RSS before: $((rss_before / 1024)) MiB, after: $((rss_after / 1024)) MiB" \
    "($(awk -v a="$rss_after" -v b="$rss_before" 'BEGIN {printf "%+.1f", (a - b) * 100 / b}') %)"
echo "answers by status in the server log:"
grep -o 'status=[A-Z_]*' "$work/stderr" | sort | uniq -c
