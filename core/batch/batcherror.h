// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Why a batch operation failed: a stable code for tests and scripts and a human message.
struct BatchError
{
    QString code; // e.g. "STORE_OPEN_FAILED", "STORE_WRITE_FAILED", "MANIFEST_UNREADABLE"
    QString message;
};
