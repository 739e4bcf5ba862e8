// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "captureframedecoder.h"
#include "faceengine.h"
#include "livenesscapture.pb.h"
#include "livenessscorer.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vd::engine {

// What the assessor saw in one analysed frame, for a caller that draws it.
struct FrameFinding
{
    int index = 0; // in the analysed (possibly sampled) frames, the index LivenessCue::frames uses
    std::int64_t timestampMs = 0;
    int width = 0; // of the analysed image: a large frame is scaled down before analysis
    int height = 0;
    int faceCount = 0;     // faces the detector found at the last frame it searched (see detected)
    bool detected = false; // the face was searched for in this frame, not tracked into it
    cv::Rect2f box;        // the tracked box of the largest face; empty without one
    std::vector<cv::Point2f> landmarks; // its 68 averaged landmarks; empty without a face
};

struct LivenessAssessment
{
    double hackScore = 0; // in [0,1], higher = attack
    std::vector<LivenessCue> cues;
    std::optional<FaceAnalysis> bestFrontal; // best frontal frame's analysis, for verify_score
    int framesWithFace = 0;
    int frameCount = 0;                      // frames analysed (a long capture is sampled)
    std::vector<FrameFinding> frameFindings; // one per analysed frame, in capture order
    std::string error; // set when the capture cannot be assessed (e.g. no face in any frame)
};

// Scores a liveness capture: runs the face engine over its frames (tracked crops, averaged
// landmark passes), measures the cues and combines them into hack_score (LIVENESS.md).
// assess() is const and safe to call from several threads at once.
class LivenessAssessor
{
public:
    struct Settings
    {
        CaptureFrameDecoder::Settings frames;
        // Crops per frame whose landmarks are averaged (1 to 5). Each crop costs a landmark
        // forward, most of a frame's time; one keeps every hack_score on the test clips
        // (LIVENESS.md, "Timing").
        int landmarkPasses = 1;
        double passShift = 0.03;   // shift of the extra crops, as a fraction of the box size
        double boxSmoothing = 0.5; // weight of the previous frame's box in the tracked box
        // The face is detected on the first frame and then on every keyFrameInterval-th frame,
        // tracked in between from the previous frame's landmarks (1 detects every frame).
        int keyFrameInterval = 10;
        // A tracked face region that differs from the previous frame's by more than this (mean
        // absolute grey level, 0-255) is detected afresh.
        double trackingLostChange = 30.0;
        // Descriptors (identity) on every describeInterval-th face frame and every detected one.
        int describeInterval = 5;
    };

    explicit LivenessAssessor(std::shared_ptr<const FaceEngine> engine);
    LivenessAssessor(std::shared_ptr<const FaceEngine> engine, Settings settings);

    // Told after each frame analysed: frames done, and of how many (0 when a video does not
    // say; never fewer than done). The last call has done == frames.
    using ProgressCallback = std::function<void(int done, int frames)>;

    // Past `deadline` the frames not yet decoded are not looked at and the assessment fails
    // with CaptureFrameDecoder::BudgetExceeded.
    LivenessAssessment assess(const verifydesk::liveness::LivenessCapture &capture,
                              CaptureFrameDecoder::Clock::time_point deadline =
                                  CaptureFrameDecoder::Clock::time_point::max(),
                              const ProgressCallback &progress = {}) const;

    // The same on frames already decoded (what assess() does after decoding).
    LivenessAssessment assessFrames(const std::vector<CaptureFrame> &frames,
                                    verifydesk::liveness::OutputType outputType,
                                    const std::vector<verifydesk::liveness::Motion> &motions) const;

private:
    class FrameAnalyser;
    std::shared_ptr<const FaceEngine> m_engine;
    Settings m_settings;
};

} // namespace vd::engine
