// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/capturebuilder.h"

#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace vd::engine {

// The OpenCV half of making a capture from image files (make-liveness, the tests' footage):
// every frame is decoded once so a damaged image is refused before it is stored, JPEG frames
// are kept byte for byte and PNG frames re-encoded as JPEG; for the video output types the
// frames become an H.264 MP4 clip. The capture itself is made by format::CaptureBuilder.
class CaptureEncoder
{
public:
    explicit CaptureEncoder(format::CaptureBuildOptions options);

    // encodedFrames: JPEG or PNG files in capture order; names label them in errors.
    format::CaptureBuildResult build(const std::vector<std::string> &encodedFrames,
                                     const std::vector<std::string> &names = {}) const;

    static std::string encodeJpeg(const cv::Mat &bgr, int quality = 92);

private:
    format::CaptureBuildOptions m_options;
};

} // namespace vd::engine
