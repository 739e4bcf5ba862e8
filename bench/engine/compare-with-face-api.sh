#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times VerifyDesk's face engine and @vladmandic/face-api (Node, TF.js WASM backend) on the same
# 640x480 selfie in one run: per-stage times, pair verification, the ratio, model loading, peak
# memory, and the liveness assessment of a 50-frame capture against one selfie analysis. Every
# goal of the performance issue is printed as a ratio measured in this run next to the goal. Usage: bench/engine/compare-with-face-api.sh [BUILD_DIR]   (default: build)
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
oracle="${VERIFYDESK_CACHE_DIR:-$root/.cache}/oracle"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cmake --build "$build" --target bench_faceengine verifydesk-engine -j2 >/dev/null
bench="$build/bin/bench_faceengine"
cli="$build/bin/verifydesk-engine"

# face-api in a git-ignored folder, pinned by the committed lock file.
if [ ! -d "$oracle/node_modules/@vladmandic/face-api" ]; then
    mkdir -p "$oracle"
    cp "$root/engine/reference/package.json" "$root/engine/reference/package-lock.json" "$oracle/"
    (cd "$oracle" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
fi
cp "$root/engine/reference/make-reference.js" "$oracle/"

# Pair verification runs its two images on two threads; OpenCV's own pool is held at one thread
# so that the two do not oversubscribe two cores (per-stage figures are then single-threaded).
export OPENCV_FOR_THREADS_NUM="${OPENCV_FOR_THREADS_NUM:-1}"
"$bench" --write-selfie "$work/selfie.jpg"
echo "== VerifyDesk engine (OpenCV DNN, $OPENCV_FOR_THREADS_NUM thread per forward), 640x480 selfie, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
"$bench" --benchmark_min_time=1 --benchmark_out="$work/bench.json" --benchmark_out_format=json \
    2>/dev/null | grep -E '^[A-Za-z]' | grep -v '^Benchmark' || true

echo "== face-api 1.7.15 (Node $(node --version), TF.js WASM), same selfie: detect + landmarks + descriptor"
# Input 224 is the size of the engine's own selfie pass; 416 is face-api's default.
IS=224 TH=0.5 node "$oracle/make-reference.js" pipeline "$work/selfie.jpg" 10 >"$work/faceapi.json"
IS=416 TH=0.5 node "$oracle/make-reference.js" pipeline "$work/selfie.jpg" 10 >"$work/faceapi416.json"
echo "input 224: $(cat "$work/faceapi.json")"
echo "input 416: $(cat "$work/faceapi416.json")"

# Peak memory of the engine with the models loaded, verifying one pair.
/usr/bin/time -f '%M' -o "$work/rss" "$cli" compare "$work/selfie.jpg" "$work/selfie.jpg" >/dev/null

node - "$work/bench.json" "$work/faceapi.json" "$work/rss" "$work/faceapi416.json" <<'JS'
const fs = require('fs');
const [benchFile, apiFile, rssFile, api416File] = process.argv.slice(2);
const api416 = JSON.parse(fs.readFileSync(api416File, 'utf8'));
const bench = JSON.parse(fs.readFileSync(benchFile, 'utf8')).benchmarks;
const ms = (name) => bench.find((b) => b.name.startsWith(name)).real_time;
const api = JSON.parse(fs.readFileSync(apiFile, 'utf8'));
const pair = ms('PairVerification/');
const apiPair = 2 * api.medianMs;
console.log('== summary');
const load = ms('ModelLoad');
const selfieMs = ms('AnalyzeSelfie');
const oneThread = ms('PairVerificationOneThread');
const api416Pair = 2 * api416.medianMs;
console.log(`model load            ${load.toFixed(1)} ms; face-api ${api.loadMs.toFixed(0)} ms: ratio ${(load / api.loadMs).toFixed(2)}   (goal <= 1)`);
console.log(`stages                decode ${ms('Decode').toFixed(1)}, detect all faces ${ms('DetectAllFaces').toFixed(1)}, landmarks ${ms('Landmarks').toFixed(1)}, align ${ms('Align').toFixed(2)}, describe ${ms('Describe').toFixed(1)} ms`);
console.log(`selfie detector pass  ${ms('SelfieDetectorPass').toFixed(1)} ms = ${(ms('SelfieDetectorPass') / ms('Describe')).toFixed(2)}x the descriptor   (goal <= 1)`);
console.log(`one selfie            ${selfieMs.toFixed(1)} ms (detect + landmarks + align + describe; ${ms('AnalyzeLargest').toFixed(1)} ms with auto-rotate; face-api ${api.medianMs.toFixed(1)} ms)`);
console.log(`liveness, 50 frames   ${ms('LivenessCapture50').toFixed(1)} ms = ${(ms('LivenessCapture50') / selfieMs).toFixed(1)}x one selfie   (goal <= 12)`);
console.log(`pair verification     ${pair.toFixed(1)} ms on 2 threads, ${oneThread.toFixed(1)} ms on one`);
console.log(`face-api pair         ${apiPair.toFixed(1)} ms at input 224: ratio ${(apiPair / pair).toFixed(1)}x   (goal >= 10); ${api416Pair.toFixed(1)} ms at its default 416: ratio ${(api416Pair / pair).toFixed(1)}x`);
console.log(`same, one thread      ratio ${(apiPair / oneThread).toFixed(1)}x at 224   (goal >= 7), ${(api416Pair / oneThread).toFixed(1)}x at 416 (both sides single-threaded)`);
console.log(`peak RSS              ${(+fs.readFileSync(rssFile, 'utf8').trim() / 1024).toFixed(1)} MB   (verifydesk-engine compare, models loaded)`);
JS
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shifts absolute times; the ratios are measured in this run)"
