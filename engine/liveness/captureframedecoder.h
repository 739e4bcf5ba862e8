// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livenesscapture.pb.h"

#include <chrono>
#include <cstdint>
#include <functional>
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
// maxFrames are handed on, and frames larger than maxAnalysedSide are scaled down, so that the
// time and memory of an assessment stay bounded whatever the capture holds. The decoding work
// is bounded too (a 609 KB capture of 300 1-bit 4000x4000 PNGs, or a long 4000x4000 video,
// must not cost minutes): images are sampled so that the pixels decoded stay within a budget
// read off their headers, a video's frames are read (decoded) only up to a pixel budget, and
// an optional deadline stops the decoding with an error.
class CaptureFrameDecoder
{
public:
    struct Settings
    {
        int maxFrames = 90;         // frames handed on
        double maxRate = 15.0;      // video frames per second kept at most (blinks need ~10)
        int maxVideoFrames = 20000; // frames read from a video at most, however long it is
        int maxFrameSide = 4000;    // a video frame larger than this is refused
        int maxAnalysedSide = 1280; // frames are scaled down to this longer side
        // Pixels decoded for the frames handed on, all together (90 frames of 1280x720 fit).
        std::int64_t maxDecodedPixels = 96'000'000;
        // Pixels a video may have decoded in all, skipped frames included (a video cannot be
        // sampled without decoding the frames in between).
        std::int64_t maxVideoDecodedPixels = 600'000'000;
    };
    using Clock = std::chrono::steady_clock;

    // The error text of a decoding stopped by its deadline starts with this.
    static constexpr const char *BudgetExceeded = "scoring budget exceeded";

    CaptureFrameDecoder();
    explicit CaptureFrameDecoder(Settings settings);

    // How many frames the decoder means to hand on, told before the first one: 0 when a
    // video's container does not say how long it is. A damaged clip may end sooner.
    using PlanCallback = std::function<void(int planned)>;

    // Decodes one frame at a time and hands it to `visit`, so that only one decoded frame is
    // held here at once. Returns an error message, empty on success.
    std::string forEachFrame(const verifydesk::liveness::LivenessCapture &capture,
                             const std::function<void(CaptureFrame &&)> &visit,
                             int *sourceFrameCount = nullptr,
                             Clock::time_point deadline = Clock::time_point::max(),
                             const PlanCallback &onPlan = {}) const;

    // All sampled frames at once.
    CaptureFrames decode(const verifydesk::liveness::LivenessCapture &capture) const;

private:
    std::string forEachImage(const verifydesk::liveness::LivenessCapture &capture,
                             const std::function<void(CaptureFrame &&)> &visit,
                             int *sourceFrameCount, Clock::time_point deadline,
                             const PlanCallback &onPlan) const;
    std::string forEachVideoFrame(const verifydesk::liveness::Video &video,
                                  const std::function<void(CaptureFrame &&)> &visit,
                                  int *sourceFrameCount, Clock::time_point deadline,
                                  const PlanCallback &onPlan) const;
    cv::Mat bounded(cv::Mat frame) const;
    Settings m_settings;
};

} // namespace vd::engine
