#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Batch bench (not a ctest): N pairs of small captures (a 64 px grey selfie and a one-frame open
# capture: the server answers NO_FACE_DETECTED after a real scoring) through `verifydesk batch`
# against a local verifydesk-server with no rate limit. Prints the client's RSS when 1,000 and
# when N pairs are answered, and pairs/s.
# Usage: bench/batch/batch-bench.sh [N=10000] [CONCURRENCY=4]   (VERIFYDESK_BUILD_DIR=build)
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${VERIFYDESK_BUILD_DIR:-$root/build}/bin"
pairs="${1:-10000}"
concurrency="${2:-4}"
for exe in verifydesk verifydesk-server vd_make_test_capture; do
    [ -x "$bin/$exe" ] || { echo "batch-bench: $bin/$exe missing; build it first" >&2; exit 2; }
done
command -v convert >/dev/null || { echo "batch-bench: ImageMagick's convert is missing" >&2; exit 2; }

work="$(mktemp -d)"
server_pid=""
client_pid=""
cleanup() {
    [ -n "$client_pid" ] && kill "$client_pid" 2>/dev/null || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
chmod 700 "$work"

convert -size 64x64 xc:gray "$work/selfie.jpg"
"$bin/vd_make_test_capture" "$work/capture.protobuf" "$work/selfie.jpg"
mkdir "$work/pairs"
for i in $(seq -f %05g 1 "$pairs"); do
    ln "$work/selfie.jpg" "$work/pairs/$i.jpg"
    ln "$work/capture.protobuf" "$work/pairs/$i.protobuf"
done

secret="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
printf '{"accounts": [{"id": "bench", "secret": "%s", "rate_limit_per_second": 0}]}\n' \
    "$secret" >"$work/accounts.json"
chmod 600 "$work/accounts.json"
"$bin/verifydesk-server" --listen 127.0.0.1:0 --accounts "$work/accounts.json" \
    --data-dir "$work/data" --retention 1 --log-level warning >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 100); do
    grep -q "listening on" "$work/server.out" && break
    sleep 0.1
done
url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/server.out" | head -1)"
[ -n "$url" ] || { echo "batch-bench: the server did not start" >&2; cat "$work/server.err" >&2; exit 1; }

mkdir -m 700 "$work/home"
start=$(date +%s.%N)
HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
    VERIFYDESK_API_SECRET="$secret" "$bin/verifydesk" batch "$work/pairs" --endpoint "$url" \
    --api-id bench --concurrency "$concurrency" >"$work/summary.txt" 2>"$work/progress.txt" &
client_pid=$!
db="$work/pairs.batch.sqlite"
rss_at_1000=""
peak=0
while kill -0 "$client_pid" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$client_pid/status" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss
    done_pairs=$({ grep -o '([0-9]* of' "$work/progress.txt" || true; } | tail -1 | tr -dc 0-9)
    if [ -z "$rss_at_1000" ] && [ "${done_pairs:-0}" -ge 1000 ]; then
        rss_at_1000=$rss
    fi
    last_rss=$rss
    sleep 0.5
done
wait "$client_pid" && rc=0 || rc=$?
client_pid=""
end=$(date +%s.%N)
cat "$work/summary.txt"
awk -v n="$pairs" -v s="$start" -v e="$end" -v r1="${rss_at_1000:-?}" -v rl="${last_rss:-?}" \
    -v pk="$peak" -v rc="$rc" -v c="$concurrency" 'BEGIN {
    printf "batch-bench: %d pairs, concurrency %d, exit %d, %.1f s, %.1f pairs/s\n", n, c, rc, e - s, n / (e - s);
    printf "batch-bench: client RSS at 1,000 pairs %s KiB, at the end (%d pairs) %s KiB, peak %d KiB\n", r1, n, rl, pk;
}'
ls -la "$db" >/dev/null
