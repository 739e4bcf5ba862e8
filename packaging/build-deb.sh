#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package in its own build folder (default BUILD-deb beside the test build):
# installed under /usr, with Debian's hardening flags from dpkg-buildflags, no tests, then CPack
# DEB (stripped binaries, debug symbols in verifydesk-dbgsym). Prints the path of the .deb.
# Arguments go to cmake (e.g. -DVD_MODEL_DIR=...).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${VERIFYDESK_DEB_BUILD_DIR:-${VERIFYDESK_BUILD_DIR:-$root/build}-deb}"
jobs="${VERIFYDESK_JOBS:-$(nproc)}"

export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
# CMake has no CPPFLAGS: the preprocessor's hardening (_FORTIFY_SOURCE) goes with CXXFLAGS.
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_INSTALL_PREFIX=/usr \
    -DVD_BUILD_TESTS=OFF -DVD_WERROR=ON "${launcher[@]}" \
    -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" \
    -DCMAKE_SHARED_LINKER_FLAGS="$ldflags" "$@" >/dev/null
cmake --build "$build" --parallel "$jobs" >&2
(cd "$build" && cpack -G DEB >&2)
ls "$build"/verifydesk_*.deb
