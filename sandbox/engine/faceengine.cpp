#include "faceengine.h"

#include "facealigner.h"
#include "landmarknet.h"
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
};
constexpr DetectorPass LargeFacePass{320, 0.22F, 10.0F}; // selfies: the face fills the frame
constexpr DetectorPass MidFacePass{416, 0.07F, 0.5F};    // group photos
constexpr DetectorPass SmallFacePass{608, 0.0F, 0.3F};   // small faces in big photos
constexpr float ScoreThreshold = 0.5F;
constexpr float NmsIou = 0.4F;
// Below this many pixels on the longer side the small-face pass has nothing to add.
constexpr int SmallFacePassMinSide = 1000;
constexpr int MinImageSide = 16;

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

    std::vector<TinyFaceDetector::Box> runPass(const cv::Mat &bgr, const DetectorPass &pass) const
    {
        const float side = static_cast<float>(std::max(bgr.cols, bgr.rows));
        std::vector<TinyFaceDetector::Box> kept;
        for (const auto &box : TinyFaceDetector::suppress(
                 detector->run(bgr, pass.inputSize, ScoreThreshold), NmsIou)) {
            const float fraction = std::max(box.rect.width, box.rect.height) / side;
            if (fraction >= pass.minFraction && fraction < pass.maxFraction)
                kept.push_back(box);
        }
        return kept;
    }

    // largestOnly: stop after the large-face pass when it found a face (a selfie).
    std::vector<DetectedFace> detect(const cv::Mat &bgr, bool largestOnly) const
    {
        if (bgr.cols < MinImageSide || bgr.rows < MinImageSide)
            return {};
        std::vector<TinyFaceDetector::Box> boxes = runPass(bgr, LargeFacePass);
        if (!(largestOnly && !boxes.empty())) {
            const auto mid = runPass(bgr, MidFacePass);
            boxes.insert(boxes.end(), mid.begin(), mid.end());
            if (std::max(bgr.cols, bgr.rows) >= SmallFacePassMinSide) {
                const auto small = runPass(bgr, SmallFacePass);
                boxes.insert(boxes.end(), small.begin(), small.end());
            }
        }
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
        if (error)
            *error = "cannot load the face models from " + modelDir + ": " + why;
        return nullptr;
    }
    return engine;
}

std::vector<DetectedFace> FaceEngine::detect(const cv::Mat &bgr) const
{
    return d->detect(toBgr(bgr), false);
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
    // Upright first; only when that finds nothing, the other three turns compete on score.
    std::optional<FaceAnalysis> best;
    cv::Mat bestImage;
    const int rotations[] = {0, 90, 180, 270};
    for (const int degrees : rotations) {
        if (degrees != 0 && (!autoRotate || (best && best->rotationDegrees == 0)))
            break;
        cv::Mat turned = upright;
        if (degrees == 90)
            cv::rotate(upright, turned, cv::ROTATE_90_CLOCKWISE);
        else if (degrees == 180)
            cv::rotate(upright, turned, cv::ROTATE_180);
        else if (degrees == 270)
            cv::rotate(upright, turned, cv::ROTATE_90_COUNTERCLOCKWISE);
        const std::vector<DetectedFace> faces = d->detect(turned, true);
        if (faces.empty() || (best && best->face.score >= faces.front().score))
            continue;
        FaceAnalysis analysis;
        analysis.face = faces.front();
        analysis.rotationDegrees = degrees;
        best = std::move(analysis);
        bestImage = turned;
    }
    if (!best)
        return std::nullopt;
    best->aligned = FaceAligner::align(bestImage, best->face.landmarks);
    if (best->aligned.empty())
        return std::nullopt;
    best->descriptor = d->recognition->describe(best->aligned);
    return best;
}

} // namespace vd::engine
