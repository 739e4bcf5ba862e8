#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# bench/cluster/throughput.sh [BUILD_DIR] [-- options of throughput.py]: verifications per second
# through nginx with 1, 2 and 3 verifydesk-server instances on one private PostgreSQL, and the
# cost per request of the database rate limiter. Numbers only; nothing is asserted.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
cmake --build "$build" --target verifydesk-server vd_make_test_capture >/dev/null
demo="$root/.cache/npm/@vladmandic_face-api@1.7.15/package/demo"
exec python3 "$here/throughput.py" --server "$build/bin/verifydesk-server" \
    --make-capture "$build/bin/vd_make_test_capture" --photo "$demo/sample1.jpg" "$@"
