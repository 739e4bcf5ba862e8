#pragma once

#include "livenesscapture.pb.h"

#include <cstdint>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace vd::engine {

struct CaptureFrame
{
    cv::Mat bgr;
    std::int64_t timestampMs = 0;
    verifydesk::liveness::Motion motion = verifydesk::liveness::MOTION_UNSPECIFIED;
};

struct CaptureFrames
{
    std::vector<CaptureFrame> frames; // the sampled frames, in capture order
    int sourceFrameCount = 0;         // frames (or video frames) the capture holds
    std::string error;
};

// Turns a capture (already checked by readCapture) into BGR frames: JPEG/PNG frames decoded,
// video decoded with OpenCV's FFmpeg backend. Long captures are sampled evenly so that at most
// maxFrames are returned and the assessment time stays bounded.
class CaptureFrameDecoder
{
public:
    struct Settings
    {
        int maxFrames = 90;         // frames handed to the assessor
        double maxRate = 15.0;      // video frames per second kept at most (blinks need ~10)
        int maxVideoFrames = 20000; // frames read from a video at most, however long it is
        int maxFrameSide = 4000;
    };

    CaptureFrameDecoder();
    explicit CaptureFrameDecoder(Settings settings);
    CaptureFrames decode(const verifydesk::liveness::LivenessCapture &capture) const;

private:
    CaptureFrames decodeImages(const verifydesk::liveness::LivenessCapture &capture) const;
    CaptureFrames decodeVideo(const verifydesk::liveness::Video &video) const;
    Settings m_settings;
};

} // namespace vd::engine
