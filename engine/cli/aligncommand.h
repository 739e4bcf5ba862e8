// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vd::engine::cli {

// verifydesk-engine align IMAGE OUTDIR: writes the 150x150 recognition input of every face as
// PNG (how the reference descriptors in tests/data/engine were made).
int runAlign(const QStringList &args);

} // namespace vd::engine::cli
