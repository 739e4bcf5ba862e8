// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faceengine.h"
#include "livenesscapture.pb.h"

#include <cstdint>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace vd::engine {

// One piece of evidence about a capture: what was measured, how strongly it points to an
// attack (0 = not at all, 1 = certain) and a sentence saying what was found.
struct LivenessCue
{
    std::string name;
    double value = 0;
    double attackEvidence = 0;
    std::string finding;
    std::vector<int> frames; // indices of the analysed frames the cue refers to, ascending
};

// What the engine saw in one frame of a capture.
struct FrameObservation
{
    std::int64_t timestampMs = 0;
    bool hasFace = false;
    std::vector<cv::Point2f> landmarks; // 68 points, tracked and smoothed by the assessor
    // Descriptors are computed on some frames only (LIVENESS.md, "Tracking"): a frame without
    // one belongs to the identity of identityFrame, the described frame its face was tracked
    // from.
    bool described = true;
    Descriptor descriptor{};
    int identityFrame = -1;
    // Against the previous frame: mean absolute grey-level difference of the face region
    // (0-255) and mean landmark displacement over the interocular distance. Negative when
    // there is no previous frame with a face.
    double appearanceChange = -1;
    double landmarkShift = -1;
    // FaceGeometry::eyePatch of each eye; empty when not measured.
    cv::Mat leftEye;
    cv::Mat rightEye;
};

struct LivenessScore
{
    double hackScore = 0;
    std::vector<LivenessCue> cues;
    int referenceFrame = -1; // the most frontal frame of the capture's main identity
};

// Turns per-frame observations into liveness cues and combines them into hack_score
// (LIVENESS.md describes every cue and the combination rule). Pure computation, no networks.
class LivenessScorer
{
public:
    // Two frames whose descriptors are closer than this show the same person.
    static constexpr double IdentityLink = 0.55;

    LivenessScore score(const std::vector<FrameObservation> &frames,
                        verifydesk::liveness::OutputType outputType,
                        const std::vector<verifydesk::liveness::Motion> &motions) const;

    // hack_score = 1 - prod(1 - attackEvidence): independent pieces of evidence, any one of
    // which can be decisive on its own (a noisy-OR).
    static double combine(const std::vector<LivenessCue> &cues);

    // Robust per-capture statistics, public for the tests.
    struct MotionMeasures
    {
        // From the eye aspect ratio: deepest relative closure of both eyes below their open
        // level, and the frame-to-frame jitter of that signal (robust sd).
        double blinkClosure = 0;
        double eyeNoise = 0;
        // From the eye patches: how far both eyes' appearance moves away from the capture's
        // usual (median) eye, 1 - normalised correlation, at the strongest frame, at the usual
        // frame (median) and its spread (robust sd). A closed eye scores 0.3 to 1, an open one
        // under 0.05.
        double eyeChange = 0;
        double eyeChangeLevel = 0;
        double eyeChangeSpread = 0;
        bool eyePatches = false;  // the patch measures exist
        int blinkCount = 0;       // separate eye closures counted
        double blinkStrength = 0; // 0 = no blink seen, 1 = clearly seen
        double mouthRange = 0;    // mouth opening, 95th minus 10th percentile
        double yawRange = 0;      // yaw, 95th minus 5th percentile
        double pitchRange = 0;    // pitch, 95th minus 5th percentile
        // Indices into the frames measured: the closed-eye frames of the blinks, the frames
        // with the mouth open, the frames turned or tilted away from the usual pose.
        std::vector<int> blinkFrames;
        std::vector<int> mouthFrames;
        std::vector<int> yawFrames;
        std::vector<int> nodFrames;
    };
    static MotionMeasures measureMotion(const std::vector<FrameObservation> &frames);
};

} // namespace vd::engine
