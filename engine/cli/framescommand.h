// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vd::engine::cli {

// verifydesk-engine frames CAPTURE -o OUT.protobuf: the capture's frames as the engine decodes
// them for its liveness check (a video's frames sampled and timed), written as a multiImg
// capture of JPEG frames: for a player that cannot decode the embedded clip itself.
int runFrames(const QStringList &args);

} // namespace vd::engine::cli
