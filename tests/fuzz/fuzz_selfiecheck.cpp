// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the client's selfie check (core/media/selfiecheck) with the bytes of an image file:
// format sniffing, size rules, EXIF orientation and the decoded preview.

#include "fuzzapplication.h"
#include "media/selfiecheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    vd::fuzz::makeGuiApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    SelfieCheck::inspectData(bytes);
    return 0;
}
