// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livenesscapture.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vd::format {

// What a capture says about itself, beside its frames or clip.
struct CaptureBuildOptions
{
    verifydesk::liveness::OutputType outputType = verifydesk::liveness::MULTI_IMG;
    std::vector<verifydesk::liveness::Motion> motions;
    verifydesk::liveness::Difficulty difficulty = verifydesk::liveness::NORMAL;
    double fps = 10.0;                       // frames without a timestamp get index * 1000 / fps
    verifydesk::liveness::DeviceInfo device; // width and height are filled from the first frame
    std::string captureId;                   // empty: a fresh UUID
    std::int64_t capturedAtMs = -1;          // negative: now
};

// The capture built, or why it cannot be.
struct CaptureBuildResult
{
    std::optional<verifydesk::liveness::LivenessCapture> capture;
    std::string error; // empty on success; otherwise says what is wrong with the input
};

// Builds a capture in the open liveness format from already encoded frames or an encoded clip
// (what `verifydesk-engine make-liveness` writes and a client records). Images are stored byte
// for byte: encoding them is the caller's (OpenCV in the engine, Qt Gui in the client).
class CaptureBuilder
{
public:
    explicit CaptureBuilder(CaptureBuildOptions options = {});

    // A JPEG or PNG frame, in capture order; a negative timestamp means index * 1000 / fps.
    // name labels the frame in errors ("frame N" when empty).
    void addFrame(std::string image, std::int64_t timestampMs = -1,
                  verifydesk::liveness::Motion motion = verifydesk::liveness::MOTION_UNSPECIFIED,
                  std::string name = {});
    // For the output types video and fullvideo: the clip, as it is.
    void setVideo(std::string data, std::string container, std::string codec = {});
    int frameCount() const;

    // Checks the frames or the clip against the output type (JPEG or PNG headers with a size,
    // one frame for singleImg, a clip for video) and returns the capture or what is wrong.
    CaptureBuildResult build() const;

private:
    std::string label(std::size_t index) const;
    std::string check() const;

    CaptureBuildOptions m_options;
    std::vector<verifydesk::liveness::Frame> m_frames;
    std::vector<std::string> m_names;
    std::optional<verifydesk::liveness::Video> m_video;
};

} // namespace vd::format
