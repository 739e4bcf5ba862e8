// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountregistry.h"

#include "sharedlimits.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace vd::server {

QByteArray AccountRegistry::digest(const QByteArray &secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

std::optional<QString> AccountRegistry::add(const Account &account)
{
    if (account.id.isEmpty())
        return u"an account has an empty id"_s;
    if (account.ratePerSecond < 0)
        return u"account %1: the rate limit must not be negative"_s.arg(account.id);
    std::lock_guard lock(m_mutex);
    if (m_accounts.contains(account.id))
        return u"account %1 is defined twice"_s.arg(account.id);
    State state;
    state.account = account;
    // The bucket holds one second's worth of calls (at least one), and starts full.
    state.tokens = std::max(1.0, account.ratePerSecond);
    state.refilled = Clock::now();
    m_accounts.insert(account.id, state);
    return std::nullopt;
}

std::optional<QString> AccountRegistry::addFromSpec(const QString &spec)
{
    const qsizetype colon = spec.indexOf(u':');
    if (colon <= 0 || colon == spec.size() - 1)
        return u"--account expects ID:SECRET, both non-empty"_s;
    Account account;
    account.id = spec.left(colon);
    account.secretDigest = digest(spec.mid(colon + 1).toUtf8());
    return add(account);
}

std::optional<QString> AccountRegistry::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read the accounts file %1: %2"_s.arg(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return u"the accounts file %1 is not JSON: %2 at offset %3"_s.arg(
            path, parseError.errorString(), QString::number(parseError.offset));
    const QJsonArray entries =
        doc.isArray() ? doc.array() : doc.object().value(u"accounts"_s).toArray();
    if (entries.isEmpty())
        return u"the accounts file %1 has no accounts (expected {\"accounts\": [...]})"_s.arg(path);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString where = u"%1, account #%2"_s.arg(path, QString::number(i + 1));
        Account account;
        account.id = entry.value(u"id"_s).toString();
        const QJsonValue secret = entry.value(u"secret"_s);
        if (account.id.isEmpty() || !secret.isString() || secret.toString().isEmpty())
            return u"%1: \"id\" and \"secret\" must be non-empty strings"_s.arg(where);
        account.secretDigest = digest(secret.toString().toUtf8());
        if (entry.contains(u"rate_limit_per_second"_s)) {
            const QJsonValue rate = entry.value(u"rate_limit_per_second"_s);
            if (!rate.isDouble() || rate.toDouble() < 0)
                return u"%1: \"rate_limit_per_second\" must be a number >= 0"_s.arg(where);
            account.ratePerSecond = rate.toDouble();
        }
        if (entry.contains(u"quota"_s)) {
            const QJsonValue quota = entry.value(u"quota"_s);
            if (!quota.isDouble() || quota.toDouble() < -1)
                return u"%1: \"quota\" must be a whole number >= 0, or -1 for none"_s.arg(where);
            account.quota = static_cast<qint64>(quota.toDouble());
        }
        if (entry.contains(u"expires"_s)) {
            const QDate expires =
                QDate::fromString(entry.value(u"expires"_s).toString(), Qt::ISODate);
            if (!expires.isValid())
                return u"%1: \"expires\" must be a date like 2027-12-31"_s.arg(where);
            account.expires = expires;
        }
        if (entry.contains(u"permission"_s)) {
            if (!entry.value(u"permission"_s).isBool())
                return u"%1: \"permission\" must be true or false"_s.arg(where);
            account.permitted = entry.value(u"permission"_s).toBool();
        }
        if (auto error = add(account))
            return u"%1: %2"_s.arg(where, *error);
    }
    return std::nullopt;
}

bool AccountRegistry::isRepeat(State &state, const RequestKey &key, Clock::time_point now)
{
    if (key.isEmpty())
        return false;
    const auto oldest = now - std::chrono::seconds(RequestKey::RememberedSeconds);
    // Forgetting old keys in a sweep when the table has doubled keeps admit() amortised O(1).
    if (state.keys.size() >= state.pruneAt) {
        state.keys.removeIf([oldest](const auto &entry) { return entry.value().second < oldest; });
        state.pruneAt = std::max<qsizetype>(1024, state.keys.size() * 2);
    }
    const auto found = state.keys.constFind(key.id);
    return found != state.keys.cend() && found->first == key.fingerprint && found->second >= oldest;
}

Admission AccountRegistry::admit(const QByteArray &apiId, const QByteArray &apiSecret,
                                 const QDate &todayUtc, Clock::time_point now,
                                 const RequestKey &key)
{
    Admission result;
    const QByteArray given = digest(apiSecret);
    std::unique_lock lock(m_mutex);
    auto it = m_accounts.find(QString::fromUtf8(apiId));
    // Compare digests so that the time taken depends neither on the secret's length nor on
    // where it differs.
    if (it == m_accounts.end() ||
        CRYPTO_memcmp(given.constData(), it->account.secretDigest.constData(),
                      static_cast<size_t>(given.size())) != 0) {
        result.error = ApiError::of(contract::Status::Unauthorized);
        return result;
    }
    State &state = *it;
    result.accountId = state.account.id;
    if (state.account.expires && todayUtc > *state.account.expires) {
        result.error =
            ApiError::of(contract::Status::KeyExpired,
                         u"the account %1 expired on %2"_s.arg(
                             state.account.id, state.account.expires->toString(Qt::ISODate)));
        return result;
    }
    if (!state.account.permitted) {
        result.error = ApiError::of(contract::Status::NoPermission);
        return result;
    }
    if (m_sharedLimits) {
        const Account account = state.account;
        // The database round trip must not hold up other accounts' admissions.
        lock.unlock();
        result.error = m_sharedLimits->consume(account, key);
        return result;
    }
    if (state.account.ratePerSecond > 0) {
        const double capacity = std::max(1.0, state.account.ratePerSecond);
        const double elapsed = std::chrono::duration<double>(now - state.refilled).count();
        state.tokens = std::min(capacity, state.tokens + elapsed * state.account.ratePerSecond);
        state.refilled = now;
        if (state.tokens < 1.0) {
            result.error = ApiError::of(contract::Status::RateLimitExceeded);
            return result;
        }
        state.tokens -= 1.0;
    }
    if (isRepeat(state, key, now))
        return result;
    if (state.account.quota >= 0 && state.used >= state.account.quota) {
        result.error = ApiError::of(contract::Status::OutOfQuota);
        return result;
    }
    ++state.used;
    if (!key.isEmpty())
        state.keys.insert(key.id, {key.fingerprint, now});
    return result;
}

int AccountRegistry::size() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_accounts.size());
}

void AccountRegistry::replaceWith(AccountRegistry &&fresh)
{
    std::scoped_lock lock(m_mutex, fresh.m_mutex);
    for (auto it = fresh.m_accounts.begin(); it != fresh.m_accounts.end(); ++it) {
        const auto old = m_accounts.constFind(it.key());
        if (old == m_accounts.cend())
            continue;
        it->tokens = old->tokens;
        it->refilled = old->refilled;
        it->used = old->used;
        it->keys = old->keys;
        it->pruneAt = old->pruneAt;
    }
    m_accounts = std::move(fresh.m_accounts);
}

} // namespace vd::server
