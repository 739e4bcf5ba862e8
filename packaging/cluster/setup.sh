#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# packaging/cluster/setup.sh [--instances N] [--server PATH]: a try-out of a verifydesk-server
# team on loopback (no docker): a private PostgreSQL in a temporary folder, N instances on it,
# nginx in front. Prints how to try it; Ctrl+C stops everything. See README.md here.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
server=""
for arg in "$@"; do
    case "$arg" in --server|--server=*) server=set ;; esac
done
if [ -z "$server" ]; then
    exe=$(command -v verifydesk-server || true)
    [ -x "$here/../../build/bin/verifydesk-server" ] && exe="$here/../../build/bin/verifydesk-server"
    if [ -z "$exe" ]; then
        echo "setup.sh: no verifydesk-server: build it (see README.md) or give --server PATH" >&2
        exit 1
    fi
    set -- --server "$exe" "$@"
fi
exec python3 "$here/cluster.py" "$@"
