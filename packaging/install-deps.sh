#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything VerifyDesk needs to build, test and run on Debian 12, then fetches the
# face-api weights (packaging/fetch-models.sh). Safe to run again: it only adds what is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git clang-format ccache
    clang clang-14 libclang-rt-14-dev libfuzzer-14-dev
    qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qtkeychain-qt6-dev qt6-httpserver-dev
    qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-image-formats-plugins
    qt6-svg-dev qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 libgl1-mesa-dev libxkbcommon-dev
    libprotobuf-dev protobuf-compiler libopencv-dev libcpp-httplib-dev libbenchmark-dev
    xvfb xauth gnome-keyring dbus-x11 dbus-user-session libsecret-tools
    gstreamer1.0-plugins-good ffmpeg imagemagick
    nodejs npm curl httpie python3 python3-requests wrk
    openssl libssl-dev
    qt6-charts-dev libqt6opengl6-dev libqt6sql6-psql postgresql nginx-light
    fonts-noto-cjk fonts-dejavu-core poppler-utils
    qt6-translations-l10n
    dpkg-dev help2man librsvg2-bin lintian appstream desktop-file-utils systemd strace
    shared-mime-info
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
# node/npm may come from elsewhere than Debian (the CI image has its own Node 20).
if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs/}")
    missing=("${missing[@]/npm/}")
fi
read -r -a missing <<<"${missing[*]}"

if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "install-deps: installing ${missing[*]}"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

"$(dirname "$0")/fetch-models.sh"
