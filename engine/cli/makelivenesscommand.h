// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vd::engine::cli {

// verifydesk-engine make-liveness --frames DIR | --video FILE [--motions BLINK,YAW]
// [--output-type multiImg] [--fps 10] [--difficulty normal] -o OUT.protobuf:
// builds an open liveness capture.
int runMakeLiveness(const QStringList &args);

} // namespace vd::engine::cli
