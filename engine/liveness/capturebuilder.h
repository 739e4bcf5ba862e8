#pragma once

#include "livenesscapture.pb.h"

#include <cstdint>
#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vd::engine {

struct CaptureBuildOptions
{
    verifydesk::liveness::OutputType outputType = verifydesk::liveness::MULTI_IMG;
    std::vector<verifydesk::liveness::Motion> motions;
    verifydesk::liveness::Difficulty difficulty = verifydesk::liveness::NORMAL;
    double fps = 10.0;                       // frame timestamps are index * 1000 / fps
    verifydesk::liveness::DeviceInfo device; // width and height are filled from the frames
    std::string captureId;                   // empty: a fresh UUID
    std::int64_t capturedAtMs = -1;          // negative: now
};

struct CaptureBuildResult
{
    std::optional<verifydesk::liveness::LivenessCapture> capture;
    std::string error;
};

// Builds an open liveness capture from encoded frames (what `verifydesk-engine make-liveness`
// and the tests use). JPEG frames are kept byte for byte, PNG frames are re-encoded as JPEG;
// for the video output types the frames are encoded into an H.264 MP4 clip.
class CaptureBuilder
{
public:
    explicit CaptureBuilder(CaptureBuildOptions options);

    // encodedFrames: JPEG or PNG files in capture order; names label them in errors.
    CaptureBuildResult build(const std::vector<std::string> &encodedFrames,
                             const std::vector<std::string> &names = {}) const;

    // Embeds an already encoded clip as it is (output type video or fullvideo).
    CaptureBuildResult buildFromVideo(const std::string &videoBytes,
                                      const std::string &container) const;

    static std::string encodeJpeg(const cv::Mat &bgr, int quality = 92);

private:
    verifydesk::liveness::LivenessCapture header() const;
    CaptureBuildOptions m_options;
};

} // namespace vd::engine
