// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace vd::contract {

// The selfie rules of API.md as data: the client's full check before sending and the server's
// header check both read them. Each side must be more than 8 and at most 4000 pixels.
struct SelfieRules
{
    static constexpr int MinSideExclusive = 8;
    static constexpr int MaxSide = 4000;
    static constexpr qint64 MaxBytes = 5 * 1024 * 1024;

    static constexpr bool sideTooSmall(int side) { return side <= MinSideExclusive; }
    static constexpr bool sideTooLarge(int side) { return side > MaxSide; }

    // The accepted formats (judged by content), as QImageReader::format() names them.
    static const QList<QByteArray> &formats();

    // A JPEG without its end-of-image marker after the start of scan is truncated (or has no
    // image data at all); libjpeg would silently fill the missing rows with grey.
    static bool jpegLooksTruncated(const QByteArray &jpeg);
};

} // namespace vd::contract
