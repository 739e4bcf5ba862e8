// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the client's parser of the server's answers (core/api/responseparser): the first byte
// picks the HTTP status and the content type, the rest is the body.

#include "api/responseparser.h"
#include "fuzzapplication.h"

#include <array>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    vd::fuzz::makeCoreApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const std::array<int, 12> statuses = {200, 400, 401, 403, 404, 413,
                                                 429, 500, 502, 503, 504, 302};
    static const std::array<QByteArray, 4> contentTypes = {
        QByteArrayLiteral("application/json"), QByteArrayLiteral("application/json; charset=utf-8"),
        QByteArrayLiteral("text/html"), QByteArray()};
    const int status = statuses[data[0] % statuses.size()];
    const QByteArray &contentType = contentTypes[(data[0] / statuses.size()) % contentTypes.size()];
    const QByteArray body(reinterpret_cast<const char *>(data + 1),
                          static_cast<qsizetype>(size - 1));
    ResponseParser::parse(status, body, contentType);
    return 0;
}
