// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgreslimits.h"

#include "accountregistry.h"
#include "postgresdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

// outcome: 0 admitted, 1 rate limit, 2 quota. Every right-hand side sees the row as it was
// before this statement, and a concurrent update of the row makes PostgreSQL re-evaluate them
// on the newest version, so the bucket is never overdrawn.
const auto Consume = uR"(
WITH p AS (SELECT ?::float8 AS rate, ?::float8 AS cap, ?::bigint AS quota,
                  extract(epoch FROM clock_timestamp())::float8 AS t)
UPDATE limits l SET
    tokens = CASE WHEN a.rate <= 0 THEN 0
                  WHEN LEAST(a.cap, l.tokens + GREATEST(0, a.t - l.refilled_at) * a.rate) >= 1
                  THEN LEAST(a.cap, l.tokens + GREATEST(0, a.t - l.refilled_at) * a.rate) - 1
                  ELSE LEAST(a.cap, l.tokens + GREATEST(0, a.t - l.refilled_at) * a.rate) END,
    refilled_at = a.t,
    outcome = CASE
        WHEN a.rate > 0
             AND LEAST(a.cap, l.tokens + GREATEST(0, a.t - l.refilled_at) * a.rate) < 1 THEN 1
        WHEN a.quota >= 0 AND l.used >= a.quota THEN 2 ELSE 0 END,
    used = CASE
        WHEN a.rate > 0
             AND LEAST(a.cap, l.tokens + GREATEST(0, a.t - l.refilled_at) * a.rate) < 1
        THEN l.used
        WHEN a.quota >= 0 AND l.used >= a.quota THEN l.used ELSE l.used + 1 END
FROM p AS a WHERE l.account = ?
RETURNING l.outcome)"_s;

} // namespace

PostgresLimits::PostgresLimits(PostgresDatabase &database)
    : m_database(database)
{
}

std::optional<ApiError> PostgresLimits::consume(const Account &account)
{
    const double capacity = std::max(1.0, account.ratePerSecond);
    int outcome = -1;
    const auto failure = m_database.run([&](QSqlDatabase &db) -> std::optional<QString> {
        for (int attempt = 0; attempt < 2; ++attempt) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(Consume);
            query.addBindValue(account.ratePerSecond);
            query.addBindValue(capacity);
            query.addBindValue(account.quota);
            query.addBindValue(account.id);
            if (!query.exec())
                return query.lastError().text().simplified();
            if (query.next()) {
                outcome = query.value(0).toInt();
                return std::nullopt;
            }
            // The account's first call: its row starts with a full bucket, then the UPDATE.
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO limits (account, tokens, refilled_at, used, outcome) "
                           "VALUES (?, ?, extract(epoch FROM clock_timestamp()), 0, 0) "
                           "ON CONFLICT (account) DO NOTHING"_s);
            insert.addBindValue(account.id);
            insert.addBindValue(capacity);
            if (!insert.exec())
                return insert.lastError().text().simplified();
        }
        return std::nullopt;
    });
    if (failure)
        return ApiError::outage(*failure);
    switch (outcome) {
    case 0:
        return std::nullopt;
    case 1:
        return ApiError::of(contract::Status::RateLimitExceeded);
    case 2:
        return ApiError::of(contract::Status::OutOfQuota);
    default:
        return ApiError::internal(u"the limits row of %1 vanished"_s.arg(account.id));
    }
}

} // namespace vd::server
