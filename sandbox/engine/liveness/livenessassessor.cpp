#include "livenessassessor.h"

#include "facegeometry.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace vd::engine {

namespace lv = verifydesk::liveness;

namespace {

double overlap(const cv::Rect2f &a, const cv::Rect2f &b)
{
    const float inter = (a & b).area();
    const float uni = a.area() + b.area() - inter;
    return uni > 0 ? static_cast<double>(inter / uni) : 0.0;
}

// The detector's box jitters by a few pixels from frame to frame, and the landmarks follow
// it; blending it with the previous frame's box while the face stays put steadies them.
// An empty previous box means the previous frame had no face.
cv::Rect2f trackedBox(const cv::Rect2f &previous, const cv::Rect2f &detected, double weight)
{
    if (previous.empty() || overlap(previous, detected) < 0.6) {
        return detected;
    }
    const auto w = static_cast<float>(weight);
    return {previous.x * w + detected.x * (1 - w), previous.y * w + detected.y * (1 - w),
            previous.width * w + detected.width * (1 - w),
            previous.height * w + detected.height * (1 - w)};
}

cv::Mat greyRegion(const cv::Mat &grey, const cv::Rect2f &box)
{
    const cv::Rect region = cv::Rect(box) & cv::Rect(0, 0, grey.cols, grey.rows);
    if (region.area() <= 0) {
        return {};
    }
    cv::Mat small;
    cv::resize(grey(region), small, cv::Size(64, 64), 0, 0, cv::INTER_AREA);
    return small;
}

// Frames handed to assessFrames() directly may be greyscale or carry alpha.
cv::Mat greyOf(const cv::Mat &image)
{
    cv::Mat grey;
    if (image.empty() || image.depth() != CV_8U) {
        return grey;
    }
    switch (image.channels()) {
    case 1:
        return image;
    case 3:
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
        break;
    case 4:
        cv::cvtColor(image, grey, cv::COLOR_BGRA2GRAY);
        break;
    default:
        break;
    }
    return grey;
}

double meanShift(const std::vector<cv::Point2f> &a, const std::vector<cv::Point2f> &b)
{
    if (a.size() != b.size() || a.empty()) {
        return -1;
    }
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sum +=
            std::hypot(static_cast<double>(a[i].x - b[i].x), static_cast<double>(a[i].y - b[i].y));
    }
    const double eyes =
        std::hypot(static_cast<double>(a[36].x - a[45].x), static_cast<double>(a[36].y - a[45].y));
    return eyes > 0 ? sum / static_cast<double>(a.size()) / eyes : -1;
}

} // namespace

LivenessAssessor::LivenessAssessor(std::shared_ptr<const FaceEngine> engine)
    : LivenessAssessor(std::move(engine), Settings{})
{
}

LivenessAssessor::LivenessAssessor(std::shared_ptr<const FaceEngine> engine, Settings settings)
    : m_engine(std::move(engine))
    , m_settings(settings)
{
}

LivenessAssessment LivenessAssessor::assess(const lv::LivenessCapture &capture) const
{
    const CaptureFrames decoded = CaptureFrameDecoder(m_settings.frames).decode(capture);
    if (!decoded.error.empty()) {
        LivenessAssessment failed;
        failed.error = decoded.error;
        return failed;
    }
    std::vector<lv::Motion> motions;
    for (const int motion : capture.motions()) {
        motions.push_back(static_cast<lv::Motion>(motion));
    }
    return assessFrames(decoded.frames, capture.output_type(), motions);
}

LivenessAssessment LivenessAssessor::assessFrames(const std::vector<CaptureFrame> &frames,
                                                  lv::OutputType outputType,
                                                  const std::vector<lv::Motion> &motions) const
{
    LivenessAssessment result;
    result.frameCount = static_cast<int>(frames.size());
    if (!m_engine) {
        result.error = "no face engine loaded";
        return result;
    }
    if (frames.empty()) {
        result.error = "the capture holds no frames";
        return result;
    }
    std::vector<FrameObservation> observations(frames.size());
    std::vector<std::optional<FaceAnalysis>> analyses(frames.size());
    cv::Rect2f previousBox;
    cv::Mat previousGrey;
    const std::vector<cv::Point2f> *previousLandmarks = nullptr;

    for (std::size_t i = 0; i < frames.size(); ++i) {
        const cv::Mat &bgr = frames[i].bgr;
        FrameObservation &obs = observations[i];
        obs.timestampMs = frames[i].timestampMs;
        const cv::Mat grey = greyOf(bgr);
        if (grey.empty()) {
            previousBox = {};
            previousGrey.release();
            previousLandmarks = nullptr;
            continue;
        }
        // The largest face, its landmarks and descriptor (the detector's selfie scale first).
        std::optional<FaceAnalysis> analysis = m_engine->analyzeLargest(bgr, false);
        if (!analysis) {
            previousBox = {};
            previousGrey = grey;
            previousLandmarks = nullptr;
            continue;
        }
        const cv::Rect2f box = trackedBox(previousBox, analysis->face.box, m_settings.boxSmoothing);

        // Landmarks for the cues, averaged over a few slightly shifted crops of the tracked box:
        // each pass jitters differently and the average is steadier.
        std::vector<cv::Point2f> landmarks(68, cv::Point2f(0, 0));
        const float shift = static_cast<float>(m_settings.passShift) * box.width;
        static const int offsets[5][2] = {{0, 0}, {1, 1}, {-1, -1}, {1, -1}, {-1, 1}};
        const int passes = std::clamp(m_settings.landmarkPasses, 1, 5);
        int done = 0;
        for (int p = 0; p < passes; ++p) {
            const cv::Rect2f crop(box.x + static_cast<float>(offsets[p][0]) * shift,
                                  box.y + static_cast<float>(offsets[p][1]) * shift, box.width,
                                  box.height);
            const std::vector<cv::Point2f> points = m_engine->landmarks(bgr, crop);
            if (points.size() != 68) {
                continue;
            }
            for (std::size_t k = 0; k < 68; ++k) {
                landmarks[k] += points[k];
            }
            ++done;
        }
        if (done == 0) {
            landmarks = analysis->face.landmarks;
        } else {
            for (cv::Point2f &point : landmarks) {
                point /= static_cast<float>(done);
            }
        }

        obs.hasFace = true;
        obs.landmarks = landmarks;
        obs.descriptor = analysis->descriptor;
        obs.leftEye = FaceGeometry::eyePatch(grey, landmarks, true);
        obs.rightEye = FaceGeometry::eyePatch(grey, landmarks, false);
        if (previousLandmarks && !previousGrey.empty()) {
            const cv::Mat now = greyRegion(grey, box);
            const cv::Mat before = greyRegion(previousGrey, box);
            if (!now.empty() && !before.empty()) {
                obs.appearanceChange = cv::norm(now, before, cv::NORM_L1) / now.total();
            }
            obs.landmarkShift = meanShift(landmarks, *previousLandmarks);
        }
        analyses[i] = std::move(analysis);
        previousBox = box;
        previousGrey = grey;
        previousLandmarks = &observations[i].landmarks;
        ++result.framesWithFace;
    }

    if (result.framesWithFace == 0) {
        result.error = "no face found in any of the " + std::to_string(frames.size()) +
                       " frames of the capture";
        return result;
    }
    const LivenessScore score = LivenessScorer().score(observations, outputType, motions);
    result.hackScore = score.hackScore;
    result.cues = score.cues;
    if (score.referenceFrame >= 0) {
        result.bestFrontal = analyses[static_cast<std::size_t>(score.referenceFrame)];
    }
    return result;
}

} // namespace vd::engine
