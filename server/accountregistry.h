// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "requestkey.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <chrono>
#include <mutex>
#include <optional>

namespace vd::server {

class SharedLimits;

// One API account as configured (--account or --accounts FILE).
struct Account
{
    QString id;
    QByteArray secretDigest;      // SHA-256 of the secret: compared in constant time
    double ratePerSecond = 50.0;  // token bucket refill rate; 0 means no limit
    qint64 quota = -1;            // calls allowed since the server started; -1: no quota
    std::optional<QDate> expires; // last day (UTC) on which the account is valid
    bool permitted = true;        // may call liveness_selfie_verification
};

// The outcome of checking a request's credentials and the account's limits.
struct Admission
{
    QString accountId;             // set when the credentials were right
    std::optional<ApiError> error; // UNAUTHORIZED, KEY_EXPIRED, NO_PERMISSION, ...
};

// The accounts of the server, with a token-bucket rate limit and a call quota per account.
// Thread-safe: admit() is called from every connection thread.
class AccountRegistry
{
public:
    using Clock = std::chrono::steady_clock;

    // "ID:SECRET"; an error message on a malformed spec or a duplicate id.
    std::optional<QString> addFromSpec(const QString &spec);
    // JSON: {"accounts": [{"id", "secret", "rate_limit_per_second", "quota", "expires",
    // "permission"}]} or the bare array. An error message names the file and the entry.
    std::optional<QString> loadFile(const QString &path);
    std::optional<QString> add(const Account &account);

    static QByteArray digest(const QByteArray &secret);

    // Checks, in this order: credentials, expiry, permission, rate limit, quota. A request
    // admitted uses one call of the quota, unless it repeats an admitted key (RequestKey): a
    // repeat takes a token of the rate but no call of the quota.
    Admission admit(const QByteArray &apiId, const QByteArray &apiSecret, const QDate &todayUtc,
                    Clock::time_point now, const RequestKey &key = {});

    int size() const;

    // Rate and quota from then on come from limits (kept across instances), not from memory.
    void setSharedLimits(SharedLimits *limits) { m_sharedLimits = limits; }

    // Takes over the accounts of fresh (a reload of the same sources) in one step. An account
    // kept under the same id keeps its used quota and its rate-limit bucket.
    void replaceWith(AccountRegistry &&fresh);

private:
    struct State
    {
        Account account;
        double tokens = 0.0;
        Clock::time_point refilled{};
        qint64 used = 0;
        // The keys charged in the last RequestKey::RememberedSeconds: fingerprint and when.
        QHash<QString, std::pair<QByteArray, Clock::time_point>> keys;
        qsizetype pruneAt = 1024;
    };

    // Whether key repeats a request already charged to state's account.
    static bool isRepeat(State &state, const RequestKey &key, Clock::time_point now);

    mutable std::mutex m_mutex;
    QHash<QString, State> m_accounts;
    SharedLimits *m_sharedLimits = nullptr;
};

} // namespace vd::server
