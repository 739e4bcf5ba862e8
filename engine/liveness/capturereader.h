#pragma once

#include "livenesscapture.pb.h"

#include <cstddef>
#include <optional>
#include <string>

namespace vd::engine {

// Bounds on what a liveness capture may hold; anything over them is refused before decoding.
struct CaptureLimits
{
    std::size_t maxBytes = 10 * 1024 * 1024;
    int maxFrames = 300;
    std::size_t maxFrameBytes = 2 * 1024 * 1024;
    int maxFrameSide = 4000;
};

struct CaptureReadResult
{
    std::optional<verifydesk::liveness::LivenessCapture> capture;
    std::string error; // empty on success; otherwise says exactly what is wrong
};

// The magic string every open liveness capture starts with (field 1).
inline constexpr const char *kCaptureMagic = "verifydesk.liveness";
inline constexpr unsigned kCaptureFormatVersion = 1;

// Reads an open liveness capture defensively: size limits first, then the magic (checked on
// the raw wire data, so a vendor file is named as such), then the schema, then every field's
// meaning (output type, motions, frame images and their sizes, timestamps, video).
CaptureReadResult readCapture(const std::string &bytes, const CaptureLimits &limits = {});

} // namespace vd::engine
