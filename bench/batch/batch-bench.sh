#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Batch bench (not a ctest): N pairs of small captures (a 64 px grey selfie and a one-frame open
# capture: the server answers NO_FACE_DETECTED after a real scoring) through `verifydesk batch`
# against a local verifydesk-server with no rate limit. Prints the client's RSS when 1,000 and
# when N pairs are answered, and pairs/s.
# Then the throughput proof, in the same run: wrk's best rate on the same request (the unlimited
# account, concurrency 1 to 16), and 200 pairs on an account limited to LIMIT requests/s; the
# batch's rate against min(LIMIT, wrk's best), and the answers the server refused.
# Usage: bench/batch/batch-bench.sh [N=10000] [CONCURRENCY=4] [LIMIT=20]
#        (VERIFYDESK_BUILD_DIR=build)
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${VERIFYDESK_BUILD_DIR:-$root/build}/bin"
pairs="${1:-10000}"
concurrency="${2:-4}"
limit="${3:-20}"
for exe in verifydesk verifydesk-server vd_make_test_capture; do
    [ -x "$bin/$exe" ] || { echo "batch-bench: $bin/$exe missing; build it first" >&2; exit 2; }
done
command -v convert >/dev/null || { echo "batch-bench: ImageMagick's convert is missing" >&2; exit 2; }
command -v wrk >/dev/null || { echo "batch-bench: wrk is missing (apt-get install wrk)" >&2; exit 2; }

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
# Hard links to the same two files, made by one process (a process per link takes minutes).
make_pairs() {
    mkdir "$1"
    perl -e 'my ($dir, $n, $jpg, $pb) = @ARGV; for my $i (1 .. $n) { my $s = sprintf("%05d", $i);
        link($jpg, "$dir/$s.jpg") && link($pb, "$dir/$s.protobuf") or die "link: $!\n" }' \
        "$1" "$2" "$work/selfie.jpg" "$work/capture.protobuf"
}
make_pairs "$work/pairs" "$pairs"

secret="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
printf '{"accounts": [{"id": "bench", "secret": "%s", "rate_limit_per_second": 0}, {"id": "limited", "secret": "%s", "rate_limit_per_second": %d}]}\n' \
    "$secret" "$secret" "$limit" >"$work/accounts.json"
chmod 600 "$work/accounts.json"
"$bin/verifydesk-server" --listen 127.0.0.1:0 --accounts "$work/accounts.json" \
    --data-dir "$work/data" --retention 1 >"$work/server.out" 2>"$work/server.err" &
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

# The throughput proof. wrk first: the server's best rate on this very request.
best=0
best_c=0
# Counted from the server's log: the answers it scored (503 SERVICE_UNAVAILABLE, its overload
# refusal, is fast and not a scoring), per second of the wrk run.
for c in 1 2 4 8 16; do
    threads=$((c < 2 ? 1 : 2))
    before=$(wc -l <"$work/server.err")
    VD_BENCH_ID=bench VD_BENCH_SECRET="$secret" VD_BENCH_SELFIE="$work/selfie.jpg" \
        VD_BENCH_LIVENESS="$work/capture.protobuf" wrk -t "$threads" -c "$c" -d 5s --timeout 30s \
        -s "$root/bench/server/multipart.lua" "$url" >"$work/wrk.txt"
    sleep 0.5
    scored=$(tail -n +"$((before + 1))" "$work/server.err" | grep 'account=bench ' \
        | grep -vc 'status=SERVICE_UNAVAILABLE' || true)
    refused=$(tail -n +"$((before + 1))" "$work/server.err" | grep 'account=bench ' \
        | grep -c 'status=SERVICE_UNAVAILABLE' || true)
    rate=$(awk -v n="$scored" 'BEGIN {printf "%.2f", n / 5}')
    echo "batch-bench: wrk at concurrency $c: $rate scored answers/s ($refused refused as overloaded)"
    if awk -v r="$rate" -v b="$best" 'BEGIN {exit !(r > b)}'; then
        best=$rate
        best_c=$c
    fi
done
make_pairs "$work/limited" 200
log_before=$(wc -l <"$work/server.err")
start=$(date +%s.%N)
HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
    VERIFYDESK_API_SECRET="$secret" "$bin/verifydesk" batch "$work/limited" --endpoint "$url" \
    --api-id limited --concurrency "$concurrency" >"$work/limited.txt" 2>"$work/limited-progress.txt" \
    && rc=0 || rc=$?
end=$(date +%s.%N)
sleep 0.5
served=$(tail -n +"$((log_before + 1))" "$work/server.err" | grep -c 'account=limited' || true)
refused=$(tail -n +"$((log_before + 1))" "$work/server.err" | grep 'account=limited' \
    | grep -c 'status=RATE_LIMIT_EXCEEDED' || true)
cat "$work/limited.txt"
# The bucket starts full (one second's worth, LIMIT requests); the rest comes at the limit, or
# at the server's own pace where that is slower.
awk -v s="$start" -v e="$end" -v l="$limit" -v w="$best" -v wc="$best_c" -v rc="$rc" \
    -v sv="$served" -v rf="$refused" 'BEGIN {
    secs = e - s; target = (w < l) ? w : l;
    # Where the limit sets the pace, the full bucket'"'"'s first second does not count.
    rate = ((w < l) ? 200 : 200 - l) / secs;
    printf "batch-bench: 200 pairs at a limit of %d/s: exit %d, %.1f s, %.2f pairs/s\n", l, rc, secs, rate;
    printf "batch-bench: server: %d requests of the limited account, %d refused with RATE_LIMIT_EXCEEDED\n", sv, rf;
    printf "batch-bench: wrk best %.2f requests/s (concurrency %d); target min(limit, wrk) %.2f/s; ratio %.3f\n", w, wc, target, rate / target;
}'
