#pragma once

#include "apierror.h"
#include "requestform.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace vd::server {

class AccountRegistry;
class InputStore;
class ScoringPool;
class Scorer;
class UrlFetcher;

// What the API answers to one request, plus what the request log needs.
struct ApiReply
{
    int httpCode = 200;
    QJsonObject body;
    QString status;
    QString accountId; // empty until the credentials were checked
    QString detail;    // for the log only
};

// POST /identity/liveness_selfie_verification, from the parameters read off the wire to the
// JSON answer: encoding, credentials and account limits, the exactly-one-of rules, fetching
// or looking up inputs, the selfie rules, scoring in the worker pool, storing the inputs.
class VerificationService
{
public:
    VerificationService(AccountRegistry &accounts, InputStore &store, const UrlFetcher &fetcher,
                        ScoringPool &pool, const Scorer &scorer, qint64 maxLivenessBytes);

    ApiReply handle(const RequestForm &form, const QString &requestId);

    static QString newRequestId();
    static ApiReply errorReply(const ApiError &error, const QString &requestId);

private:
    struct Input
    {
        QByteArray data;
        QString parameter; // selfie_file, selfie_url, selfie_image_id, ...
        QString storedId;  // set when the input came as an id
    };

    // Fetches or looks up the input given as parameter `name`, and checks it.
    std::optional<ApiError> resolve(const RequestForm &form, const QString &account,
                                    const QByteArray &name, Input *input);

    AccountRegistry &m_accounts;
    InputStore &m_store;
    const UrlFetcher &m_fetcher;
    ScoringPool &m_pool;
    const Scorer &m_scorer;
    qint64 m_maxLivenessBytes;
};

} // namespace vd::server
