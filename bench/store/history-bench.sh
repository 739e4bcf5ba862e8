#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Records 100,000 synthetic verifications through HistoryStore (one committed, fsynced
# transaction each, as the app writes them) and times the insert, queries, filters, the
# hash-chain walk and a purge.
# Usage: bench/store/history-bench.sh [build-dir] [rows] [folder for the database]
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-${VERIFYDESK_BUILD_DIR:-$root/build}}"
rows="${2:-100000}"
folder="${3:-${TMPDIR:-/tmp}}"

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target vd_history_bench -j2
"$build/bin/vd_history_bench" "$rows" "$folder"
