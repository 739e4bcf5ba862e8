// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vd::engine::cli {

// verifydesk-engine detect IMAGE [--json] [--draw OUT.png]: every face with box, score, landmarks.
int runDetect(const QStringList &args);

} // namespace vd::engine::cli
