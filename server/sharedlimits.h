// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <optional>

namespace vd::server {

struct Account;
struct RequestKey;

// Rate-limit buckets and quota counters kept outside one server process, so that they hold
// across the instances of a team and survive restarts.
class SharedLimits
{
public:
    virtual ~SharedLimits() = default;
    // Takes one call of the account's rate and quota: nothing when admitted, else
    // RATE_LIMIT_EXCEEDED, OUT_OF_QUOTA or SERVICE_UNAVAILABLE (the store is out of reach).
    // A repeat of a key already charged (RequestKey) takes a token but no call of the quota.
    virtual std::optional<ApiError> consume(const Account &account, const RequestKey &key) = 0;
};

} // namespace vd::server
