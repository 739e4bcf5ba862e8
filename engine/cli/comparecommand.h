// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vd::engine::cli {

// verifydesk-engine compare IMAGE IMAGE [--json]: distance and verify_score of the largest faces.
int runCompare(const QStringList &args);

} // namespace vd::engine::cli
