// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharedlimits.h"

namespace vd::server {

class PostgresDatabase;

// Token buckets and quota counters in PostgreSQL: one UPDATE … RETURNING per request refills,
// takes a token and counts the call atomically under the row lock, with the database's clock,
// so two instances never admit more than the account allows.
class PostgresLimits : public SharedLimits
{
public:
    explicit PostgresLimits(PostgresDatabase &database);
    std::optional<ApiError> consume(const Account &account) override;

private:
    PostgresDatabase &m_database;
};

} // namespace vd::server
