// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace vd::server {

// The selfie rules of API.md (vd::contract::SelfieRules), checked from the image header before
// anything is decoded: format by content, the size of each side, the number of bytes.
class SelfieCheck
{
public:
    // nullopt when the selfie may be decoded; otherwise the error, naming `input`.
    static std::optional<ApiError> check(const QByteArray &data, const QString &input);
};

} // namespace vd::server
