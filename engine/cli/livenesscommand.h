// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vd::engine::cli {

// verifydesk-engine liveness FILE.protobuf [--json]: the liveness cues and hack_score of an
// open liveness capture.
int runLiveness(const QStringList &args);

} // namespace vd::engine::cli
