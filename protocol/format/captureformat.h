// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contract/apicontract.h"

#include <cstddef>

namespace vd::format {

// The magic string every open liveness capture starts with (field 1,
// protocol/livenesscapture.proto).
inline constexpr const char *kCaptureMagic = "verifydesk.liveness";
// The format_version this code writes and reads.
inline constexpr unsigned kCaptureFormatVersion = 1;

// Bounds on what a liveness capture may hold (API.md: 10 MB, configurable on the server);
// anything over them is refused before decoding.
struct CaptureLimits
{
    std::size_t maxBytes = static_cast<std::size_t>(vd::contract::DefaultMaxLivenessBytes);
    int maxFrames = 300;
    std::size_t maxFrameBytes = 2 * 1024 * 1024;
    int maxFrameSide = 4000;
    int maxFps = 1000; // the frame rate a builder times frames by, and a clip's
};

} // namespace vd::format
