// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "requestform.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace vd::server {

class AccountRegistry;
class InputStore;
class ServerMetrics;
class ScoringPool;
class Scorer;
class UrlFetcher;
struct Admission;
struct ScoreOutcome;

// What the API answers to one request, plus what the request log needs.
struct ApiReply
{
    int httpCode = 200;
    QJsonObject body;
    QString status;
    QString accountId; // empty until the credentials were checked
    QString detail;    // for the log only
};

// The API call (vd::contract::ApiPath), from the parameters read off the wire to the JSON
// answer, in steps: validate (the body, the encoding), admit (credentials, rate, quota), pick the
// sources (size limits, selfie_auto_rotate, the exactly-one-of rules), resolve each input
// (upload, URL or stored id, and the selfie rules), score in the worker pool, store the inputs.
class VerificationService
{
public:
    VerificationService(AccountRegistry &accounts, InputStore &store, const UrlFetcher &fetcher,
                        ScoringPool &pool, const Scorer &scorer, qint64 maxLivenessBytes);

    ApiReply handle(const RequestForm &form, const QString &requestId);

    // Scoring times go to metrics from then on (GET /metrics).
    void setMetrics(ServerMetrics *metrics) { m_metrics = metrics; }
    const ScoringPool &pool() const { return m_pool; }

    static QString newRequestId();
    static ApiReply errorReply(const ApiError &error, const QString &requestId);

private:
    struct Input
    {
        QByteArray data;
        QString parameter; // selfie_file, selfie_url, selfie_image_id, ...
        QString storedId;  // set when the input came as an id
    };

    // The parameter names of the inputs' sources, one of each, and the rotation choice.
    struct Sources
    {
        QByteArray selfie;
        QByteArray liveness;
        bool autoRotate = false;
    };

    // The body could be read and every text parameter (and every name) is UTF-8.
    static std::optional<ApiError> validate(const RequestForm &form);
    // The credentials, the account's validity, permission, rate limit and quota.
    Admission admit(const RequestForm &form);
    // No part over its limit, selfie_auto_rotate a boolean, exactly one source of each input;
    // both exactly-one-of rules are checked before anything is fetched.
    std::optional<ApiError> pickSources(const RequestForm &form, Sources *sources) const;
    // Fetches or looks up the input given as parameter `name`, and checks it.
    std::optional<ApiError> resolve(const RequestForm &form, const QString &account,
                                    const QByteArray &name, Input *input);
    // Scores in the worker pool; SERVICE_UNAVAILABLE when every worker is busy and the queue full.
    std::optional<ApiError> score(const Input &selfie, const Input &liveness, bool autoRotate,
                                  ScoreOutcome *outcome);
    // Stores the inputs that did not come as ids, so that later calls may name them by id.
    std::optional<ApiError> store(const QString &account, Input *selfie, Input *liveness);
    ApiError storeFailure(const QString &detail) const;
    static ApiReply success(const QString &requestId, const QString &account,
                            const ScoreOutcome &outcome, const Input &selfie,
                            const Input &liveness);

    AccountRegistry &m_accounts;
    InputStore &m_store;
    ServerMetrics *m_metrics = nullptr;
    const UrlFetcher &m_fetcher;
    ScoringPool &m_pool;
    const Scorer &m_scorer;
    qint64 m_maxLivenessBytes;
};

} // namespace vd::server
