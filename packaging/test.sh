#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The test command of README.md: installs what is missing, builds, checks the format of the C++
# files (check-format), builds the Debian package and runs its install test
# (packaging/install-test.sh), runs the sanitizer and fuzz jobs, and last the whole suite (ctest)
# under Xvfb with a private D-Bus session and an unlocked gnome-keyring, so that ctest's summary
# closes the output.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${VERIFYDESK_BUILD_DIR:-$root/build}"

"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVD_WERROR=ON
cmake --build "$build" --parallel "$(nproc)"
cmake --build "$build" --target check-format

# The Debian package, its lint and validators, and an install test from the installed files
# alone (packaging/install-test.sh installs it with apt on this machine and purges it after).
deb="$("$root/packaging/build-deb.sh" | tail -n 1)"
"$root/packaging/install-test.sh" "$deb"

# The sanitizer job: the labels unit, integration and server again on an ASan + UBSan build
# (own folder, build-asan). Skipped with VD_SKIP_SANITIZERS=1.
if [ "${VD_SKIP_SANITIZERS:-0}" != 1 ]; then
    "$root/packaging/test-sanitized.sh" "${VERIFYDESK_ASAN_BUILD_DIR:-$root/build-asan}"
fi

# The fuzz job: every libFuzzer target of tests/fuzz for FUZZ_SECONDS (default 60) each
# (clang, own folder, build-fuzz); fails on any finding. Skipped with VD_SKIP_FUZZ=1.
if [ "${VD_SKIP_FUZZ:-0}" != 1 ]; then
    "$root/packaging/test-fuzz.sh" "${VERIFYDESK_FUZZ_BUILD_DIR:-$root/build-fuzz}"
fi

# A fresh keyring per run, in a private home, so tests never touch the user's own secrets.
export VD_TEST_HOME="$(mktemp -d)"
mkdir -m 700 "$VD_TEST_HOME/run"
trap 'rm -rf "$VD_TEST_HOME"' EXIT
cd "$build"
xvfb-run -a -s "-screen 0 1600x1000x24" \
    env HOME="$VD_TEST_HOME" XDG_DATA_HOME="$VD_TEST_HOME/.local/share" \
    XDG_CONFIG_HOME="$VD_TEST_HOME/.config" XDG_RUNTIME_DIR="$VD_TEST_HOME/run" \
    dbus-run-session -- "$root/packaging/with-keyring.sh" \
    ctest --output-on-failure --no-tests=error --parallel "$(nproc)" "$@"
