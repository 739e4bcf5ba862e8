#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copies the face-api weights that packaging/models.sha256 pins (its model/ lines) from SRCDIR to
# OUTDIR, checking each against its checksum first: the build tree's and the package's weights
# are exactly the pinned ones. Usage: stage-models.sh SUMS SRCDIR OUTDIR
set -euo pipefail

sums="${1:?usage: stage-models.sh SUMS SRCDIR OUTDIR}"
src="${2:?usage: stage-models.sh SUMS SRCDIR OUTDIR}"
out="${3:?usage: stage-models.sh SUMS SRCDIR OUTDIR}"

mkdir -p "$out"
count=0
while read -r sum spec path; do
    [[ -z "${sum:-}" || "$sum" == \#* || "$spec" != @vladmandic/face-api@* || "$path" != model/* ]] &&
        continue
    file="$src/${path#model/}"
    if ! echo "$sum  $file" | sha256sum --quiet -c - >/dev/null 2>&1; then
        echo "stage-models: $file is missing or does not match packaging/models.sha256" \
            "(packaging/fetch-models.sh fetches the pinned weights)" >&2
        exit 1
    fi
    install -m 0644 "$file" "$out/"
    count=$((count + 1))
done <"$sums"
echo "stage-models: $count checked files in $out"
