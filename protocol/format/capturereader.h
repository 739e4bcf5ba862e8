// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "captureformat.h"
#include "livenesscapture.pb.h"

#include <optional>
#include <string>

namespace vd::format {

// The capture read, or why it is refused.
struct CaptureReadResult
{
    std::optional<verifydesk::liveness::LivenessCapture> capture;
    std::string error; // empty on success; otherwise says exactly what is wrong
};

// Reads an open liveness capture defensively: size limits first, then the magic (checked on
// the raw wire data, so a vendor file is named as such), then the schema, then every field's
// meaning (output type, motions, frame images and their sizes, timestamps, video).
CaptureReadResult readCapture(const std::string &bytes, const CaptureLimits &limits = {});

// Whether field 1 of the wire data is the open format's magic, whatever else the data holds:
// tells a damaged or invalid open capture from a vendor file without reading the rest.
bool hasCaptureMagic(const std::string &bytes);

} // namespace vd::format
