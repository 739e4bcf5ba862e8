// VerifyDesk's reference for the face engine: @vladmandic/face-api 1.7.15 on the TF.js WASM
// backend (no native binary). Two modes:
//   node make-reference.js descriptors OUT.json CROP.png...   descriptor of each 150x150 crop
//   node make-reference.js nets OUT.json IMAGE.png...         68 landmarks of each 112x112
//                                                              image, tiny-detector boxes of
//                                                              each 224x224 one (input 224)
//   node make-reference.js pipeline IMAGE.jpg [RUNS]          full pipeline timings (bench)
// Install once into a git-ignored folder: see engine/reference/README.md.
const path = require('path');
const fs = require('fs');
const modules = process.env.VD_ORACLE_MODULES || path.join(__dirname, 'node_modules');
const req = (name) => require(path.join(modules, name));
const tf = req('@tensorflow/tfjs');
const wasm = req('@tensorflow/tfjs-backend-wasm');
const faceapi = req('@vladmandic/face-api/dist/face-api.node-wasm.js');
const jpeg = req('jpeg-js');
const { PNG } = req('pngjs');

function readRgb(file) {
  const bytes = fs.readFileSync(file);
  let width; let height; let rgba;
  if (file.toLowerCase().endsWith('.png')) {
    const png = PNG.sync.read(bytes);
    ({ width, height } = png);
    rgba = png.data;
  } else {
    const raw = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
    ({ width, height } = raw);
    rgba = raw.data;
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < width * height * 4; i += 4, j += 3) {
    rgb[j] = rgba[i]; rgb[j + 1] = rgba[i + 1]; rgb[j + 2] = rgba[i + 2];
  }
  return { rgb, width, height };
}

async function setup() {
  const t0 = process.hrtime.bigint();
  wasm.setWasmPaths(path.join(modules, '@tensorflow/tfjs-backend-wasm/dist/'));
  await tf.setBackend(process.env.BACKEND || 'wasm');
  await tf.ready();
  const modelDir = process.env.VD_MODEL_DIR || path.join(modules, '@vladmandic/face-api/model');
  await faceapi.nets.tinyFaceDetector.loadFromDisk(modelDir);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(modelDir);
  await faceapi.nets.faceRecognitionNet.loadFromDisk(modelDir);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function descriptors(out, files) {
  await setup();
  const result = { generator: 'engine/reference/make-reference.js', faceApi: '1.7.15', backend: tf.getBackend(), crops: {} };
  for (const f of files) {
    const { rgb, width, height } = readRgb(f);
    const t = tf.tensor3d(rgb, [height, width, 3], 'int32');
    const d = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(t);
    result.crops[path.basename(f)] = Array.from(d).map((v) => +v.toFixed(7));
    t.dispose();
  }
  fs.writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
  console.log(`wrote ${files.length} descriptors to ${out}`);
}

// Inputs already at the network's size, so no resize differs between face-api and the engine.
async function nets(out, files) {
  await setup();
  const result = { generator: 'engine/reference/make-reference.js nets', faceApi: '1.7.15', backend: tf.getBackend(), landmarks: {}, detections: {} };
  for (const f of files) {
    const { rgb, width, height } = readRgb(f);
    const t = tf.tensor3d(rgb, [height, width, 3], 'int32');
    if (width === 112 && height === 112) {
      const lm = await faceapi.nets.faceLandmark68Net.detectLandmarks(t);
      result.landmarks[path.basename(f)] = lm.positions.map((p) => [+p.x.toFixed(5), +p.y.toFixed(5)]);
    } else if (width === 224 && height === 224) {
      const found = await faceapi.nets.tinyFaceDetector.locateFaces(t, { inputSize: 224, scoreThreshold: 0.3 });
      result.detections[path.basename(f)] = found.map((d) => ({ score: +d.score.toFixed(6), box: [d.box.x, d.box.y, d.box.width, d.box.height].map((v) => +v.toFixed(4)) }));
    } else {
      throw new Error(`${f}: expected 112x112 (landmarks) or 224x224 (detector), got ${width}x${height}`);
    }
    t.dispose();
  }
  fs.writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
  console.log(`wrote ${files.length} results to ${out}`);
}

async function pipeline(file, runs) {
  const loadMs = await setup();
  const options = new faceapi.TinyFaceDetectorOptions({ inputSize: +(process.env.IS || 320), scoreThreshold: +(process.env.TH || 0.3) });
  const times = [];
  let faces = 0;
  for (let i = 0; i <= runs; i++) {
    const t0 = process.hrtime.bigint();
    const { rgb, width, height } = readRgb(file);
    const t = tf.tensor3d(rgb, [height, width, 3], 'int32');
    const res = await faceapi.detectAllFaces(t, options).withFaceLandmarks().withFaceDescriptors();
    t.dispose();
    faces = res.length;
    if (i > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6); // run 0 warms up
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ backend: tf.getBackend(), loadMs, faces, medianMs: times[Math.floor(times.length / 2)], minMs: times[0], runs }));
}

const [mode, ...args] = process.argv.slice(2);
const run = mode === 'descriptors' ? descriptors(args[0], args.slice(1))
  : mode === 'nets' ? nets(args[0], args.slice(1))
  : mode === 'pipeline' ? pipeline(args[0], +(args[1] || 5))
    : Promise.reject(new Error('usage: make-reference.js descriptors OUT.json CROP.png... | nets OUT.json IMAGE.png... | pipeline IMAGE [RUNS]'));
run.catch((e) => { console.error(e); process.exit(1); });
