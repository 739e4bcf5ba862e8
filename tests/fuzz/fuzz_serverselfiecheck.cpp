// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the server's selfie check (server/selfiecheck) with the bytes of an uploaded selfie.

#include "fuzzapplication.h"
#include "selfiecheck.h"

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
    vd::server::SelfieCheck::check(bytes, QStringLiteral("selfie_file"));
    return 0;
}
