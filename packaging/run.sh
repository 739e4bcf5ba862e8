#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The run command of README.md: installs what is missing, builds, starts verifydesk-server on
# loopback with a demo account and demo data, and opens VerifyDesk pointed at it. With no
# display it runs a command-line verification of the demo sample and prints the result.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${VERIFYDESK_BUILD_DIR:-$root/build}"
state="${XDG_STATE_HOME:-$HOME/.local/state}/verifydesk-demo"

"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target verifydesk verifydesk-server verifydesk-engine

mkdir -p "$state"
"$root/packaging/make-demo-data.sh" "$state/demo" "$build/bin/verifydesk-engine" >/dev/null

# Port 0: the OS picks a free port; the server prints the address it listens on.
log="$state/server.log"
"$build/bin/verifydesk-server" --demo --demo-dir "$state/demo" \
    --data-dir "$state/data" --listen 127.0.0.1:0 >"$log" 2>"$state/server.err" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
endpoint=""
for _ in $(seq 1 100); do
    endpoint="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | head -n 1 || true)"
    [ -n "$endpoint" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$state/server.err" >&2; exit 1; }
    sleep 0.1
done
[ -n "$endpoint" ] || { echo "run: verifydesk-server did not start" >&2; exit 1; }
cat "$log"

# The demo account's secret is public (the server printed it); it reaches the app through the
# environment, never through a command-line argument.
export VERIFYDESK_API_SECRET=demo-secret
app="$build/bin/verifydesk"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "Opening VerifyDesk on $endpoint (demo files: $state/demo)"
    # Settings and history of the demo stay in its own folder, apart from the operator's own.
    XDG_CONFIG_HOME="$state/config" XDG_DATA_HOME="$state/app-data" "$app" --endpoint "$endpoint" --api-id demo "$state/demo/selfie.jpg" \
        "$state/demo/liveness-genuine.protobuf"
else
    echo "No display: verifying the demo sample from the command line"
    echo "\$ verifydesk verify --endpoint $endpoint --api-id demo --selfie selfie.jpg --liveness liveness-genuine.protobuf"
    set +e
    "$app" verify --endpoint "$endpoint" --api-id demo --selfie "$state/demo/selfie.jpg" \
        --liveness "$state/demo/liveness-genuine.protobuf"
    code=$?
    set -e
    echo "(exit code $code: 0 same person, 1 not the same person or attack, 2 API error, 3 usage)"
fi
