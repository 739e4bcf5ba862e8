#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with an unlocked gnome-keyring Secret Service on the current D-Bus session
# (start it under dbus-run-session). The password only unlocks this throwaway test keyring.
set -euo pipefail
mkdir -p "${XDG_RUNTIME_DIR:?}" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'verifydesk-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
exec "$@"
