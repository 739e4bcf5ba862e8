#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzz job of the test command (packaging/test.sh): every libFuzzer target of tests/fuzz for
# FUZZ_SECONDS each (default 60), failing on any finding.
#
#   packaging/test-fuzz.sh [BUILD_DIR]        (default: build-fuzz)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
exec "$root/tests/fuzz/run-fuzzers.sh" "${1:-$root/build-fuzz}" "${FUZZ_SECONDS:-60}"
