// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Why a keyring operation failed. A missing entry is no failure (CredentialReadJob::notFound()),
// nor is a missing keyring (the store then keeps secrets for this session only).
struct CredentialError
{
    enum class Code
    {
        None,
        AccessDeniedByUser,
        AccessDenied,
        CouldNotDelete,
        Other
    };

    bool ok() const { return code == Code::None; }

    Code code = Code::None;
    QString message; // translated, with the keyring's own detail
};
