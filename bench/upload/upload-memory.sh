#!/usr/bin/env bash
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
bench="$(find "$build" -name vd_upload_bench -type f -perm -u+x | head -n 1)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -c $((5 * 1024 * 1024)) /dev/urandom >"$work/selfie.jpg"
head -c $((30 * 1024 * 1024)) /dev/urandom >"$work/liveness.protobuf"
head -c 1024 /dev/urandom >"$work/warmup.bin"

out="$("$bench" --selfie "$work/selfie.jpg" --liveness "$work/liveness.protobuf" \
    --warmup "$work/warmup.bin")"
echo "$out"
increase="$(awk '/^peak_rss_increase_kb/ {print $2}' <<<"$out")"
echo "peak RSS increase: $((increase / 1024)) MB ($increase kB), goal < 8 MB"
[ "$increase" -lt "$limit_kb" ]
