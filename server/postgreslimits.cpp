// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgreslimits.h"

#include "accountregistry.h"
#include "postgresdatabase.h"
#include "requestkey.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

// outcome: 0 admitted, 1 rate limit, 2 quota; the fourth parameter says whether the call is
// charged to the quota (false for a repeat of a charged key). Every right-hand side sees the
// row as it was before this statement, and a concurrent update of the row makes PostgreSQL
// re-evaluate them on the newest version, so the bucket is never overdrawn.
const auto Consume = uR"(
WITH p AS (SELECT ?::float8 AS rate, ?::float8 AS cap, ?::bigint AS quota, ?::boolean AS charge,
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
        WHEN a.charge AND a.quota >= 0 AND l.used >= a.quota THEN 2 ELSE 0 END,
    used = CASE
        WHEN a.rate > 0
             AND LEAST(a.cap, l.tokens + GREATEST(0, a.t - l.refilled_at) * a.rate) < 1
        THEN l.used
        WHEN NOT a.charge OR (a.quota >= 0 AND l.used >= a.quota) THEN l.used
        ELSE l.used + 1 END
FROM p AS a WHERE l.account = ?
RETURNING l.outcome)"_s;

const auto CreateRow = u"INSERT INTO limits (account, tokens, refilled_at, used, outcome) "
                       "VALUES (?, ?, extract(epoch FROM clock_timestamp()), 0, 0) "
                       "ON CONFLICT (account) DO NOTHING"_s;

QString failureOf(const QSqlQuery &query)
{
    return query.lastError().text().simplified();
}

} // namespace

PostgresLimits::PostgresLimits(PostgresDatabase &database)
    : m_database(database)
{
}

std::optional<QString> PostgresLimits::take(QSqlDatabase &db, const Account &account, bool charge,
                                            int *outcome)
{
    const double capacity = std::max(1.0, account.ratePerSecond);
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(Consume);
        query.addBindValue(account.ratePerSecond);
        query.addBindValue(capacity);
        query.addBindValue(account.quota);
        query.addBindValue(charge);
        query.addBindValue(account.id);
        if (!query.exec())
            return failureOf(query);
        if (query.next()) {
            *outcome = query.value(0).toInt();
            return std::nullopt;
        }
        // The account's first call: its row starts with a full bucket, then the UPDATE.
        QSqlQuery insert(db);
        insert.prepare(CreateRow);
        insert.addBindValue(account.id);
        insert.addBindValue(capacity);
        if (!insert.exec())
            return failureOf(insert);
    }
    return std::nullopt;
}

std::optional<QString> PostgresLimits::takeKeyed(QSqlDatabase &db, const Account &account,
                                                 const RequestKey &key, int *outcome)
{
    if (!db.transaction())
        return db.lastError().text().simplified();
    auto fail = [&db](const QSqlQuery &query) {
        const QString message = failureOf(query);
        db.rollback();
        return message;
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The account's row lock first: two attempts of one key on two instances then see each
    // other's key row (each statement below takes a fresh snapshot), so only one is charged.
    query.prepare(CreateRow);
    query.addBindValue(account.id);
    query.addBindValue(std::max(1.0, account.ratePerSecond));
    if (!query.exec())
        return fail(query);
    query.prepare(u"SELECT 1 FROM limits WHERE account = ? FOR UPDATE"_s);
    query.addBindValue(account.id);
    if (!query.exec())
        return fail(query);
    query.prepare(
        u"SELECT 1 FROM request_keys WHERE account = ? AND request_key = ? "
        "AND fingerprint = ? AND charged_at > extract(epoch FROM clock_timestamp()) - ?"_s);
    query.addBindValue(account.id);
    query.addBindValue(key.id);
    query.addBindValue(QString::fromLatin1(key.fingerprint));
    query.addBindValue(RequestKey::RememberedSeconds);
    if (!query.exec())
        return fail(query);
    const bool repeat = query.next();
    query.finish();
    if (auto failure = take(db, account, !repeat, outcome)) {
        db.rollback();
        return failure;
    }
    if (*outcome == 0 && !repeat) {
        query.prepare(u"INSERT INTO request_keys (account, request_key, fingerprint, charged_at) "
                      "VALUES (?, ?, ?, extract(epoch FROM clock_timestamp())) "
                      "ON CONFLICT (account, request_key) DO UPDATE "
                      "SET fingerprint = EXCLUDED.fingerprint, charged_at = EXCLUDED.charged_at"_s);
        query.addBindValue(account.id);
        query.addBindValue(key.id);
        query.addBindValue(QString::fromLatin1(key.fingerprint));
        if (!query.exec())
            return fail(query);
        // The account's keys past their time are forgotten as new ones come: only rows that
        // this row lock guards, so that no two transactions wait on each other's deletions.
        query.prepare(u"DELETE FROM request_keys WHERE account = ? "
                      "AND charged_at < extract(epoch FROM clock_timestamp()) - ?"_s);
        query.addBindValue(account.id);
        query.addBindValue(RequestKey::RememberedSeconds);
        if (!query.exec())
            return fail(query);
    }
    if (!db.commit()) {
        const QString message = db.lastError().text().simplified();
        db.rollback();
        return message;
    }
    return std::nullopt;
}

std::optional<ApiError> PostgresLimits::consume(const Account &account, const RequestKey &key)
{
    int outcome = -1;
    const auto failure = m_database.run([&](QSqlDatabase &db) {
        return key.isEmpty() ? take(db, account, true, &outcome)
                             : takeKeyed(db, account, key, &outcome);
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
