// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the client's liveness inspector (core/liveness/livenessinspector) with the bytes of a
// liveness data file.

#include "fuzzapplication.h"
#include "liveness/livenessinspector.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    vd::fuzz::makeCoreApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const LivenessReport report = LivenessInspector::inspectData(bytes);
    report.summary();
    return 0;
}
