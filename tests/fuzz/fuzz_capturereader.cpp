// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the open liveness format's reader (protocol/format/capturereader), which the server
// and the engine run on every uploaded capture.

#include "format/capturereader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    vd::format::hasCaptureMagic(bytes);
    vd::format::readCapture(bytes);
    return 0;
}
