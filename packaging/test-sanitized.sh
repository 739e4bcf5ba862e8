#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The sanitizer job of the test command (packaging/test.sh): a second build with ASan + UBSan
# (-DVD_SANITIZE=ON, in its own folder) and the ctest labels unit, integration and server run on
# it under the same harness as the main suite. Any sanitizer report fails the test that made it.
# Qt and the other system libraries are not instrumented; tests/sanitizers/lsan.supp lists the
# few leaks of theirs that LeakSanitizer would otherwise report.
#
#   packaging/test-sanitized.sh [BUILD_DIR]        (default: build-asan)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(realpath -m "${1:-$root/build-asan}")"
labels='unit|integration|server'

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVD_WERROR=ON \
    -DVD_SANITIZE=ON "${launcher[@]}" >/dev/null
# Only what the selected tests run: their executables (the tests named after a build target)
# and the programs they start (the cluster test drives a batch run through the CLI, verifydesk).
mapfile -t tests < <(cd "$build" && ctest -N -L "$labels" 2>/dev/null | awk '/Test +#/ {print $3}' |
    grep -Fx -f <(cmake --build "$build" --target help | sed -n 's/^\(tst_[^:]*\): phony$/\1/p'))
cmake --build "$build" --parallel "$(nproc)" \
    --target "${tests[@]}" verifydesk verifydesk-server verifydesk-engine vd_make_test_capture

# Reports go to files, so that one from a program a test starts (verifydesk-server, the engine)
# counts too, even when the test does not look at that program's output.
reports="$build/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=0:log_path=$reports/asan"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"

export VD_TEST_HOME="$(mktemp -d)"
mkdir -m 700 "$VD_TEST_HOME/run"
trap 'rm -rf "$VD_TEST_HOME"' EXIT
cd "$build"
xvfb-run -a -s "-screen 0 1600x1000x24" \
    env HOME="$VD_TEST_HOME" XDG_DATA_HOME="$VD_TEST_HOME/.local/share" \
    XDG_CONFIG_HOME="$VD_TEST_HOME/.config" XDG_RUNTIME_DIR="$VD_TEST_HOME/run" \
    dbus-run-session -- "$root/packaging/with-keyring.sh" \
    ctest --output-on-failure --no-tests=error --parallel "$(nproc)" -L "$labels" "$@" ||
    status=$?
if [ -n "$(ls -A "$reports")" ]; then
    echo "test-sanitized: sanitizer reports in $reports:" >&2
    head -n 60 "$reports"/* >&2
    exit 1
fi
exit "${status:-0}"
