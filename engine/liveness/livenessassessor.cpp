// SPDX-License-Identifier: GPL-3.0-or-later
#include "livenessassessor.h"

#include "facealigner.h"
#include "facegeometry.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <optional>

namespace vd::engine {

namespace lv = verifydesk::liveness;

namespace {

// A tracked box whose landmarks call for a box overlapping it less than this has lost the face.
constexpr double MinTrackedOverlap = 0.6;
// Below this overlap of the box the landmarks call for with the crop they were found in, the
// face has moved by more than about 3 % of its size and is cropped again.
constexpr double SteadyOverlap = 0.95;

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

// Where the landmark crop sits around the landmarks found in it, relative to the centre and
// spread of the inner points (brows, eyes, nose, mouth: the jaw line follows the crop more
// than the face): measured on each detected frame, it turns the landmarks of one frame into
// the crop for the next while the face is tracked.
struct BoxModel
{
    float dx = 0, dy = 0, width = 1, height = 1;

    struct Frame
    {
        cv::Point2f centre;
        float spread = 0;
    };

    static Frame frameOf(const std::vector<cv::Point2f> &points)
    {
        constexpr std::size_t First = 17; // the jaw line is 0-16
        Frame f;
        for (std::size_t i = First; i < points.size(); ++i) {
            f.centre += points[i];
        }
        const auto n = static_cast<float>(points.size() - First);
        f.centre *= 1.0F / n;
        double sum = 0;
        for (std::size_t i = First; i < points.size(); ++i) {
            const cv::Point2f d = points[i] - f.centre;
            sum += static_cast<double>(d.dot(d));
        }
        f.spread = static_cast<float>(std::sqrt(sum / static_cast<double>(n)));
        return f;
    }

    static std::optional<BoxModel> fit(const cv::Rect2f &box,
                                       const std::vector<cv::Point2f> &landmarks)
    {
        if (landmarks.size() != 68) {
            return std::nullopt;
        }
        const Frame f = frameOf(landmarks);
        if (!(f.spread > 1.0F)) {
            return std::nullopt;
        }
        return BoxModel{(box.x - f.centre.x) / f.spread, (box.y - f.centre.y) / f.spread,
                        box.width / f.spread, box.height / f.spread};
    }

    cv::Rect2f boxFor(const std::vector<cv::Point2f> &landmarks) const
    {
        const Frame f = frameOf(landmarks);
        return {f.centre.x + dx * f.spread, f.centre.y + dy * f.spread, width * f.spread,
                height * f.spread};
    }
};

// Runs the engine over the frames of one capture, one frame at a time, keeping only what the
// cues need (landmarks, aligned crop, eye patches, the previous frame's grey image). The face is
// detected on key frames and tracked in between (LIVENESS.md, "Tracking"); descriptors are
// computed in finish(), on a sample of the frames.
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
        const cv::Mat &bgr = frame.bgr;
        const cv::Mat grey = greyOf(bgr);
        FrameFinding finding;
        finding.index = static_cast<int>(m_findings.size());
        finding.timestampMs = frame.timestampMs;
        finding.width = bgr.cols;
        finding.height = bgr.rows;
        Seen seen;
        const bool keyFrame = !m_model || m_sinceDetection + 1 >= m_settings.keyFrameInterval;
        bool found = false;
        if (!grey.empty()) {
            found = (!keyFrame && track(bgr, grey, &seen)) || detect(bgr, grey, &seen);
        }
        FrameObservation obs;
        obs.timestampMs = frame.timestampMs;
        if (!found) {
            m_findings.push_back(std::move(finding));
            m_model.reset();
            m_previousBox = {};
            m_previousGrey = grey;
            m_previousLandmarks.clear();
            m_observations.push_back(std::move(obs));
            m_faces.emplace_back();
            m_aligned.emplace_back();
            m_detected.push_back(false);
            return;
        }
        finding.faceCount = m_faceCount;
        finding.detected = seen.detected;
        finding.box = seen.box;
        finding.landmarks = seen.landmarks;
        m_findings.push_back(std::move(finding));
        obs.hasFace = true;
        obs.landmarks = seen.landmarks;
        obs.leftEye = FaceGeometry::eyePatch(grey, seen.landmarks, true);
        obs.rightEye = FaceGeometry::eyePatch(grey, seen.landmarks, false);
        obs.appearanceChange = seen.appearanceChange;
        if (!m_previousLandmarks.empty()) {
            obs.landmarkShift = meanShift(seen.landmarks, m_previousLandmarks);
        }
        DetectedFace face;
        face.box = seen.box;
        face.score = m_detectionScore;
        face.landmarks = seen.landmarks;
        m_aligned.push_back(FaceAligner::align(bgr, seen.landmarks));
        m_faces.push_back(std::move(face));
        m_detected.push_back(seen.detected);
        m_previousBox = seen.box;
        m_previousGrey = grey;
        m_previousLandmarks = seen.landmarks;
        m_observations.push_back(std::move(obs));
    }

    LivenessAssessment finish(lv::OutputType outputType, const std::vector<lv::Motion> &motions)
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
        describe(sampledFrames());
        LivenessScore score = LivenessScorer().score(m_observations, outputType, motions);
        if (score.referenceFrame >= 0 && !referenceHolds(score.referenceFrame)) {
            // The frame chosen for verify_score is not the person of the frame it was tracked
            // from: the sample missed a change of face, so every frame is described.
            describe(allFaceFrames());
            score = LivenessScorer().score(m_observations, outputType, motions);
        }
        result.hackScore = score.hackScore;
        result.cues = score.cues;
        if (score.referenceFrame >= 0) {
            const auto ref = static_cast<std::size_t>(score.referenceFrame);
            FaceAnalysis analysis;
            analysis.face = m_faces[ref];
            analysis.aligned = m_aligned[ref];
            analysis.descriptor = m_observations[ref].descriptor;
            analysis.faceCount = m_findings[ref].faceCount;
            if (!analysis.aligned.empty()) {
                result.bestFrontal = std::move(analysis);
            }
        }
        return result;
    }

private:
    // The face of one frame as tracked or detected.
    struct Seen
    {
        cv::Rect2f box;
        std::vector<cv::Point2f> landmarks;
        double appearanceChange = -1;
        bool detected = false;
    };

    // The box from the previous frame's landmarks; false when the face is lost (the landmarks
    // no longer fit the box they were found in, or the picture changed), and the frame is then
    // detected afresh.
    bool track(const cv::Mat &bgr, const cv::Mat &grey, Seen *seen)
    {
        const cv::Rect2f predicted = m_model->boxFor(m_previousLandmarks);
        seen->box = trackedBox(m_previousBox, predicted, m_settings.boxSmoothing);
        seen->landmarks = averagedLandmarks(bgr, seen->box);
        if (seen->landmarks.empty()) {
            return false;
        }
        const cv::Rect2f implied = m_model->boxFor(seen->landmarks);
        if (overlap(implied, seen->box) < MinTrackedOverlap) {
            return false;
        }
        if (overlap(implied, predicted) < SteadyOverlap) {
            // The face moved within the crop: crop again where the landmarks found it, as the
            // detector's box of this frame would have.
            seen->box = trackedBox(m_previousBox, implied, m_settings.boxSmoothing);
            seen->landmarks = averagedLandmarks(bgr, seen->box);
            if (seen->landmarks.empty()) {
                return false;
            }
        }
        seen->appearanceChange = appearanceChange(grey, seen->box);
        if (seen->appearanceChange > m_settings.trackingLostChange) {
            return false;
        }
        ++m_sinceDetection;
        return true;
    }

    bool detect(const cv::Mat &bgr, const cv::Mat &grey, Seen *seen)
    {
        const std::vector<DetectedFace> faces = m_engine.detectLargest(bgr);
        if (faces.empty()) {
            return false;
        }
        const DetectedFace &face = faces.front();
        seen->detected = true;
        seen->box = trackedBox(m_previousBox, face.box, m_settings.boxSmoothing);
        seen->landmarks = averagedLandmarks(bgr, seen->box);
        if (seen->landmarks.empty()) {
            seen->landmarks = face.landmarks;
        }
        seen->appearanceChange = appearanceChange(grey, seen->box);
        // Fitted to the crop the landmarks came from, so that a face that does not move keeps
        // exactly its box (and a replayed still its landmarks) from frame to frame.
        m_model = BoxModel::fit(seen->box, seen->landmarks);
        m_faceCount = static_cast<int>(faces.size());
        m_detectionScore = face.score;
        m_sinceDetection = 0;
        return true;
    }

    double appearanceChange(const cv::Mat &grey, const cv::Rect2f &box) const
    {
        if (m_previousLandmarks.empty() || m_previousGrey.empty()) {
            return -1;
        }
        const cv::Mat now = greyRegion(grey, box);
        const cv::Mat before = greyRegion(m_previousGrey, box);
        if (now.empty() || before.empty()) {
            return -1;
        }
        return cv::norm(now, before, cv::NORM_L1) / static_cast<double>(now.total());
    }

    // Landmarks for the cues, averaged over a few slightly shifted crops of the tracked box
    // (one pass of the network): each crop jitters differently and the average is steadier.
    std::vector<cv::Point2f> averagedLandmarks(const cv::Mat &bgr, const cv::Rect2f &box) const
    {
        const float shift = static_cast<float>(m_settings.passShift) * box.width;
        static const int offsets[5][2] = {{0, 0}, {1, 1}, {-1, -1}, {1, -1}, {-1, 1}};
        const int passes = std::clamp(m_settings.landmarkPasses, 1, 5);
        std::vector<cv::Rect2f> crops;
        for (int p = 0; p < passes; ++p) {
            crops.emplace_back(box.x + static_cast<float>(offsets[p][0]) * shift,
                               box.y + static_cast<float>(offsets[p][1]) * shift, box.width,
                               box.height);
        }
        std::vector<cv::Point2f> sum(68, cv::Point2f(0, 0));
        int done = 0;
        for (const std::vector<cv::Point2f> &points : m_engine.landmarks(bgr, crops)) {
            if (points.size() != sum.size()) {
                continue;
            }
            for (std::size_t k = 0; k < sum.size(); ++k) {
                sum[k] += points[k];
            }
            ++done;
        }
        if (done == 0) {
            return {};
        }
        for (cv::Point2f &point : sum) {
            point /= static_cast<float>(done);
        }
        return sum;
    }

    // Every describeInterval-th face frame and every detected one; the rest take the identity
    // of the last described frame before them, which is in the same track (a track starts
    // with a detection).
    std::vector<std::size_t> sampledFrames()
    {
        std::vector<std::size_t> sample;
        int faceIndex = 0;
        int last = -1;
        for (std::size_t i = 0; i < m_observations.size(); ++i) {
            FrameObservation &obs = m_observations[i];
            if (!obs.hasFace) {
                continue;
            }
            const bool describe =
                m_detected[i] || faceIndex % std::max(1, m_settings.describeInterval) == 0;
            ++faceIndex;
            if (describe) {
                last = static_cast<int>(i);
                sample.push_back(i);
            }
            obs.described = false;
            obs.identityFrame = last;
        }
        return sample;
    }

    std::vector<std::size_t> allFaceFrames() const
    {
        std::vector<std::size_t> frames;
        for (std::size_t i = 0; i < m_observations.size(); ++i) {
            if (m_observations[i].hasFace && !m_observations[i].described) {
                frames.push_back(i);
            }
        }
        return frames;
    }

    void describe(const std::vector<std::size_t> &frames)
    {
        std::vector<cv::Mat> crops;
        std::vector<std::size_t> positions;
        for (const std::size_t i : frames) {
            if (!m_aligned[i].empty()) {
                crops.push_back(m_aligned[i]);
                positions.push_back(i);
            }
        }
        const std::vector<Descriptor> descriptors = m_engine.describe(crops);
        for (std::size_t k = 0; k < positions.size(); ++k) {
            FrameObservation &obs = m_observations[positions[k]];
            obs.descriptor = descriptors[k];
            obs.described = true;
            obs.identityFrame = static_cast<int>(positions[k]);
        }
    }

    // Describes the reference frame when the sample left it out, and checks that it shows the
    // person of the frame its identity was taken from.
    bool referenceHolds(int reference)
    {
        FrameObservation &obs = m_observations[static_cast<std::size_t>(reference)];
        if (obs.described) {
            return true;
        }
        const int from = obs.identityFrame;
        describe({static_cast<std::size_t>(reference)});
        return from >= 0 &&
               FaceEngine::compare(obs.descriptor,
                                   m_observations[static_cast<std::size_t>(from)].descriptor)
                       .distance < LivenessScorer::IdentityLink;
    }

    const FaceEngine &m_engine;
    const Settings &m_settings;
    std::vector<FrameObservation> m_observations;
    std::vector<DetectedFace> m_faces;
    std::vector<cv::Mat> m_aligned;
    std::vector<bool> m_detected;
    std::vector<FrameFinding> m_findings;
    std::optional<BoxModel> m_model; // set while a face is tracked
    int m_sinceDetection = 0;
    int m_faceCount = 0;
    float m_detectionScore = 0;
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
                                            CaptureFrameDecoder::Clock::time_point deadline,
                                            const ProgressCallback &progress) const
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
    int planned = 0;
    int done = 0;
    const std::string error =
        CaptureFrameDecoder(m_settings.frames)
            .forEachFrame(
                capture,
                [&](CaptureFrame &&frame) {
                    analyser.add(frame);
                    ++done;
                    if (progress) {
                        progress(done, planned > 0 ? std::max(planned, done) : 0);
                    }
                },
                nullptr, deadline, [&](int n) { planned = n; });
    // A clip that ends before its container said: the count it really had.
    if (error.empty() && progress && done > 0 && done != planned) {
        progress(done, done);
    }
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
