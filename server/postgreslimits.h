// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharedlimits.h"

#include <QString>

class QSqlDatabase;

namespace vd::server {

class PostgresDatabase;

// Token buckets and quota counters in PostgreSQL: one UPDATE … RETURNING per request refills,
// takes a token and counts the call atomically under the row lock, with the database's clock,
// so two instances never admit more than the account allows. A request with a key (RequestKey)
// is charged once however many instances its attempts reach.
class PostgresLimits : public SharedLimits
{
public:
    explicit PostgresLimits(PostgresDatabase &database);
    std::optional<ApiError> consume(const Account &account, const RequestKey &key) override;

private:
    // One UPDATE … RETURNING (creating the row on the account's first call); outcome as in it.
    static std::optional<QString> take(QSqlDatabase &db, const Account &account, bool charge,
                                       int *outcome);
    // take() in a transaction under the account's row lock, charging only a key not seen.
    static std::optional<QString> takeKeyed(QSqlDatabase &db, const Account &account,
                                            const RequestKey &key, int *outcome);

    PostgresDatabase &m_database;
};

} // namespace vd::server
