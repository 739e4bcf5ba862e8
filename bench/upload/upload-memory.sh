#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Uploads a 5 MB selfie and a 30 MB liveness file through VerificationClient to a local sink
# and prints how much the peak RSS grew. Goal: less than 8 MB (the files are streamed).
# Usage: bench/upload/upload-memory.sh [build-dir]
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-${VERIFYDESK_BUILD_DIR:-$root/build}}"
limit_kb=$((8 * 1024))

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target vd_upload_bench -j2
bench="$build/bin/vd_upload_bench"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -c $((5 * 1024 * 1024)) /dev/urandom >"$work/selfie.jpg"
head -c $((30 * 1024 * 1024)) /dev/urandom >"$work/liveness.protobuf"
head -c 1024 /dev/urandom >"$work/warmup.bin"

run() {
    "$bench" --selfie "$work/selfie.jpg" --liveness "$work/liveness.protobuf" "$@" 2>/dev/null
}
# Cold: the upload is the process's first request, so the figure includes what Qt loads once
# (HTTP thread, MIME database). Warm: a small upload went first; the figure is the upload's own.
out="$(run)"
echo "$out"
increase="$(awk '/^peak_rss_increase_kb/ {print $2}' <<<"$out")"
warm="$(run --warmup "$work/warmup.bin" | awk '/^peak_rss_increase_kb/ {print $2}')"
echo "warm (after a small upload): peak RSS increase $((warm / 1024)) MB ($warm kB)"
# The control reads both files into memory during the upload: the meter must see ~35 MB there,
# or the figure above would prove nothing.
control="$(run --warmup "$work/warmup.bin" --buffered-control | awk '/^peak_rss_increase_kb/ {print $2}')"
echo "control (files buffered in memory): peak RSS increase $((control / 1024)) MB ($control kB)"
echo "streamed upload of 35 MB, cold: peak RSS increase $((increase / 1024)) MB ($increase kB), goal < 8 MB"
[ "$control" -gt $((30 * 1024)) ] || { echo "the control did not register; figure not trusted"; exit 1; }
[ "$increase" -lt "$limit_kb" ]
