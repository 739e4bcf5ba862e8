// SPDX-License-Identifier: GPL-3.0-or-later
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
    if (a.size() != 68 || b.size() != 68) {
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

// Runs the engine over the frames of one capture, one frame at a time, keeping only what the
// cues need (landmarks, descriptor, eye patches, the previous frame's grey image).
class LivenessAssessor::FrameAnalyser
{
public:
    FrameAnalyser(const FaceEngine &engine, const Settings &settings)
        : m_engine(engine)
        , m_settings(settings)
    {
    }

    void add(const CaptureFrame &frame)
    {
        FrameObservation obs;
        obs.timestampMs = frame.timestampMs;
        const cv::Mat &bgr = frame.bgr;
        const cv::Mat grey = greyOf(bgr);
        // The largest face, its landmarks and descriptor (the detector's selfie scale first).
        std::optional<FaceAnalysis> analysis;
        if (!grey.empty()) {
            analysis = m_engine.analyzeLargest(bgr, false);
        }
        FrameFinding finding;
        finding.index = static_cast<int>(m_findings.size());
        finding.timestampMs = frame.timestampMs;
        finding.width = bgr.cols;
        finding.height = bgr.rows;
        if (!analysis) {
            m_findings.push_back(std::move(finding));
            m_previousBox = {};
            m_previousGrey = grey;
            m_previousLandmarks.clear();
            m_observations.push_back(std::move(obs));
            m_analyses.emplace_back();
            return;
        }
        const cv::Rect2f box =
            trackedBox(m_previousBox, analysis->face.box, m_settings.boxSmoothing);
        const std::vector<cv::Point2f> landmarks = averagedLandmarks(bgr, box, *analysis);

        finding.faceCount = analysis->faceCount;
        finding.box = box;
        finding.landmarks = landmarks;
        m_findings.push_back(std::move(finding));
        obs.hasFace = true;
        obs.landmarks = landmarks;
        obs.descriptor = analysis->descriptor;
        obs.leftEye = FaceGeometry::eyePatch(grey, landmarks, true);
        obs.rightEye = FaceGeometry::eyePatch(grey, landmarks, false);
        if (!m_previousLandmarks.empty() && !m_previousGrey.empty()) {
            const cv::Mat now = greyRegion(grey, box);
            const cv::Mat before = greyRegion(m_previousGrey, box);
            if (!now.empty() && !before.empty()) {
                obs.appearanceChange =
                    cv::norm(now, before, cv::NORM_L1) / static_cast<double>(now.total());
            }
            obs.landmarkShift = meanShift(landmarks, m_previousLandmarks);
        }
        m_previousBox = box;
        m_previousGrey = grey;
        m_previousLandmarks = landmarks;
        m_observations.push_back(std::move(obs));
        m_analyses.push_back(std::move(analysis));
    }

    LivenessAssessment finish(lv::OutputType outputType,
                              const std::vector<lv::Motion> &motions) const
    {
        LivenessAssessment result;
        result.frameCount = static_cast<int>(m_observations.size());
        result.frameFindings = m_findings;
        for (const FrameObservation &obs : m_observations) {
            result.framesWithFace += obs.hasFace ? 1 : 0;
        }
        if (m_observations.empty()) {
            result.error = "the capture holds no frames";
            return result;
        }
        if (result.framesWithFace == 0) {
            result.error = "no face found in any of the " + std::to_string(result.frameCount) +
                           " frames of the capture";
            return result;
        }
        const LivenessScore score = LivenessScorer().score(m_observations, outputType, motions);
        result.hackScore = score.hackScore;
        result.cues = score.cues;
        if (score.referenceFrame >= 0) {
            result.bestFrontal = m_analyses[static_cast<std::size_t>(score.referenceFrame)];
        }
        return result;
    }

private:
    // Landmarks for the cues, averaged over a few slightly shifted crops of the tracked box:
    // each pass jitters differently and the average is steadier.
    std::vector<cv::Point2f> averagedLandmarks(const cv::Mat &bgr, const cv::Rect2f &box,
                                               const FaceAnalysis &analysis) const
    {
        std::vector<cv::Point2f> sum(68, cv::Point2f(0, 0));
        const float shift = static_cast<float>(m_settings.passShift) * box.width;
        static const int offsets[5][2] = {{0, 0}, {1, 1}, {-1, -1}, {1, -1}, {-1, 1}};
        const int passes = std::clamp(m_settings.landmarkPasses, 1, 5);
        int done = 0;
        for (int p = 0; p < passes; ++p) {
            const cv::Rect2f crop(box.x + static_cast<float>(offsets[p][0]) * shift,
                                  box.y + static_cast<float>(offsets[p][1]) * shift, box.width,
                                  box.height);
            const std::vector<cv::Point2f> points = m_engine.landmarks(bgr, crop);
            if (points.size() != sum.size()) {
                continue;
            }
            for (std::size_t k = 0; k < sum.size(); ++k) {
                sum[k] += points[k];
            }
            ++done;
        }
        if (done == 0) {
            return analysis.face.landmarks;
        }
        for (cv::Point2f &point : sum) {
            point /= static_cast<float>(done);
        }
        return sum;
    }

    const FaceEngine &m_engine;
    const Settings &m_settings;
    std::vector<FrameObservation> m_observations;
    std::vector<std::optional<FaceAnalysis>> m_analyses;
    std::vector<FrameFinding> m_findings;
    cv::Rect2f m_previousBox;
    cv::Mat m_previousGrey;
    std::vector<cv::Point2f> m_previousLandmarks;
};

LivenessAssessor::LivenessAssessor(std::shared_ptr<const FaceEngine> engine)
    : LivenessAssessor(std::move(engine), Settings{})
{
}

LivenessAssessor::LivenessAssessor(std::shared_ptr<const FaceEngine> engine, Settings settings)
    : m_engine(std::move(engine))
    , m_settings(settings)
{
}

LivenessAssessment LivenessAssessor::assess(const lv::LivenessCapture &capture,
                                            CaptureFrameDecoder::Clock::time_point deadline) const
{
    if (!m_engine) {
        LivenessAssessment failed;
        failed.error = "no face engine loaded";
        return failed;
    }
    std::vector<lv::Motion> motions;
    for (const int motion : capture.motions()) {
        motions.push_back(static_cast<lv::Motion>(motion));
    }
    // Frames are analysed as they are decoded: only one decoded frame is held at a time.
    FrameAnalyser analyser(*m_engine, m_settings);
    const std::string error =
        CaptureFrameDecoder(m_settings.frames)
            .forEachFrame(
                capture, [&](CaptureFrame &&frame) { analyser.add(frame); }, nullptr, deadline);
    if (!error.empty()) {
        LivenessAssessment failed;
        failed.error = error;
        return failed;
    }
    return analyser.finish(capture.output_type(), motions);
}

LivenessAssessment LivenessAssessor::assessFrames(const std::vector<CaptureFrame> &frames,
                                                  lv::OutputType outputType,
                                                  const std::vector<lv::Motion> &motions) const
{
    if (!m_engine) {
        LivenessAssessment failed;
        failed.error = "no face engine loaded";
        return failed;
    }
    FrameAnalyser analyser(*m_engine, m_settings);
    for (const CaptureFrame &frame : frames) {
        analyser.add(frame);
    }
    return analyser.finish(outputType, motions);
}

} // namespace vd::engine
