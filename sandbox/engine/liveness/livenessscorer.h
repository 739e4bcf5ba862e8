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
};

// What the engine saw in one frame of a capture.
struct FrameObservation
{
    std::int64_t timestampMs = 0;
    bool hasFace = false;
    std::vector<cv::Point2f> landmarks; // 68 points, tracked and smoothed by the assessor
    Descriptor descriptor{};
    // Against the previous frame: mean absolute grey-level difference of the face region
    // (0-255) and mean landmark displacement over the interocular distance. Negative when
    // there is no previous frame with a face.
    double appearanceChange = -1;
    double landmarkShift = -1;
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
    LivenessScore score(const std::vector<FrameObservation> &frames,
                        verifydesk::liveness::OutputType outputType,
                        const std::vector<verifydesk::liveness::Motion> &motions) const;

    // hack_score = 1 - prod(1 - attackEvidence): independent pieces of evidence, any one of
    // which can be decisive on its own (a noisy-OR).
    static double combine(const std::vector<LivenessCue> &cues);

    // Robust per-capture statistics, public for the tests.
    struct MotionMeasures
    {
        double blinkClosure = 0; // deepest relative closure of both eyes below their open level
        int blinkCount = 0;      // separate dips below half of the decision level
        double eyeNoise = 0;     // frame-to-frame jitter of the closure signal (robust sd)
        double mouthRange = 0;   // mouth opening, 95th minus 10th percentile
        double yawRange = 0;     // yaw, 95th minus 5th percentile
        double pitchRange = 0;   // pitch, 95th minus 5th percentile
    };
    static MotionMeasures measureMotion(const std::vector<FrameObservation> &frames);
};

} // namespace vd::engine
