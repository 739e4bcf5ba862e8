#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Soak bench of verifydesk-server (not a ctest test: it measures, it asserts only that the
# server survives). Runs the server on a loopback port for SOAK_SECONDS (default 600) under
# modest mixed traffic: valid multipart requests (the vendor page's POST of bench/server/load.sh,
# one at a time, VALID_RATE per second) and hostile ones (bench/server/hostile.py: truncated
# bodies, garbage, oversized heads, bad chunking, wrong paths, bad credentials, corrupt inputs,
# and a few slow clients). Reports requests served, answers by status, and the server's RSS and
# open file descriptors at start and after 1, 5 and 10 minutes (growth against the start).
#
#   bench/server/soak.sh [BUILD_DIR]      env: SOAK_SECONDS=600 VALID_RATE=2 HOSTILE_RATE=4
#                                              SLOW_CLIENTS=2 WORKERS=1
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-${VERIFYDESK_BUILD_DIR:-$root/build}}"
server="$build/bin/verifydesk-server"
make_capture="$build/bin/vd_make_test_capture"
seconds="${SOAK_SECONDS:-600}"
valid_rate="${VALID_RATE:-2}"
hostile_rate="${HOSTILE_RATE:-4}"
slow_clients="${SLOW_CLIENTS:-2}"
workers="${WORKERS:-1}"
photo="$root/.cache/npm/@vladmandic_face-api@1.7.15/package/demo/sample1.jpg"

for tool in "$server" "$make_capture"; do
    [ -x "$tool" ] || { echo "soak.sh: $tool is not built (cmake --build $build)" >&2; exit 1; }
done

work="$(mktemp -d)"
server_pid=""
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

"$make_capture" "$work/liveness.protobuf" "$photo" "$photo" "$photo"
cat >"$work/accounts.json" <<JSON
{"accounts": [{"id": "soak", "secret": "soak-secret", "rate_limit_per_second": 0}]}
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
port="${url##*:}"

valid() {
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 \
        -F api_id=soak -F api_secret=soak-secret \
        -F "selfie_file=@$photo" -F "liveness_data_file=@$work/liveness.protobuf" \
        "$url/identity/liveness_selfie_verification" || echo "curl-error"
}
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status"; }
fds() { find "/proc/$server_pid/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l; }

# Warm-up: the first requests give the connection threads and the scoring worker their buffers.
for _ in $(seq 10); do valid >/dev/null; done
sleep 2
declare -A rss_at fds_at
rss_at[0]="$(rss_kib)"
fds_at[0]="$(fds)"
echo "verifydesk-server soak: $seconds s on $url, $workers worker(s), valid $valid_rate/s," \
    "hostile $hostile_rate/s + $slow_clients slow clients"

python3 "$(dirname "$0")/hostile.py" 127.0.0.1 "$port" "$seconds" --rate "$hostile_rate" \
    --slow "$slow_clients" >"$work/hostile.txt" &
pids+=($!)
hostile_pid=$!
(
    end=$((SECONDS + seconds))
    while ((SECONDS < end)); do
        valid
        sleep "$(awk -v r="$valid_rate" 'BEGIN {print 1 / r}')"
    done
) >"$work/valid.txt" &
pids+=($!)
valid_pid=$!

start=$SECONDS
for mark in 60 300 600; do
    ((mark <= seconds)) || continue
    while ((SECONDS - start < mark)); do
        kill -0 "$server_pid" 2>/dev/null || { echo "soak.sh: the server died" >&2; cat "$work/stderr" >&2; exit 1; }
        sleep 1
    done
    rss_at[$mark]="$(rss_kib)"
    fds_at[$mark]="$(fds)"
    echo "  at $((mark / 60)) min: RSS $((rss_at[$mark] / 1024)) MiB, $((fds_at[$mark])) fds"
done
wait "$valid_pid" "$hostile_pid"
pids=()
sleep 5
rss_end="$(rss_kib)"
fds_end="$(fds)"
kill -0 "$server_pid" 2>/dev/null || { echo "soak.sh: the server died" >&2; exit 1; }
after="$(valid)"

echo "valid requests: $(wc -l <"$work/valid.txt"), by HTTP status:"
sort "$work/valid.txt" | uniq -c | sed 's/^/  /'
cat "$work/hostile.txt"
echo "answers by status in the server log:"
grep -o 'status=[A-Z_]*' "$work/stderr" | sort | uniq -c | sed 's/^/  /'
growth() { awk -v a="$1" -v b="${rss_at[0]}" 'BEGIN {printf "%+.1f %%", (a - b) * 100 / b}'; }
printf '%-14s %10s %8s %6s\n' sample "RSS MiB" growth fds
printf '%-14s %10s %8s %6s\n' start "$((rss_at[0] / 1024))" "" "${fds_at[0]}"
for mark in 60 300 600; do
    [ -n "${rss_at[$mark]:-}" ] || continue
    printf '%-14s %10s %8s %6s\n' "$((mark / 60)) min" "$((rss_at[$mark] / 1024))" \
        "$(growth "${rss_at[$mark]}")" "${fds_at[$mark]}"
done
printf '%-14s %10s %8s %6s\n' "end (+5 s)" "$((rss_end / 1024))" "$(growth "$rss_end")" "$fds_end"
echo "a valid request after the soak: HTTP $after"
