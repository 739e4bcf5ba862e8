// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vd::engine::cli {

// verifydesk-engine poster VIDEO -o OUT.jpg: the first frame of a clip (MP4, WebM, AVI, …) as
// a JPEG, decoded by the engine's video decoder: for a client whose own multimedia stack has
// no decoder for the clip (H.264 without GStreamer's libav).
int runPoster(const QStringList &args);

} // namespace vd::engine::cli
