// SPDX-License-Identifier: GPL-3.0-or-later
#include "verificationservice.h"

#include "accountregistry.h"
#include "contract/apicontract.h"
#include "contract/selfierules.h"
#include "inputstore.h"
#include "requestkey.h"
#include "scorer.h"
#include "scoringpool.h"
#include "selfiecheck.h"
#include "servermetrics.h"
#include "urlfetcher.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <cmath>

using namespace Qt::StringLiterals;

namespace vd::server {

using contract::SelfieRules;
using contract::Status;

namespace {

const QByteArray SelfieFile = contract::form::SelfieFile;
const QByteArray SelfieUrl = contract::form::SelfieUrl;
const QByteArray SelfieImageId = contract::form::SelfieImageId;
const QByteArray LivenessFile = contract::form::LivenessDataFile;
const QByteArray LivenessUrl = contract::form::LivenessDataUrl;
const QByteArray LivenessId = contract::form::LivenessDataId;

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // Decoding is the check (the result is lazy until converted to QString): hasError() tells
    // whether any byte sequence was invalid.
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

QString joined(const QList<QByteArray> &names)
{
    QStringList text;
    for (const QByteArray &name : names)
        text.append(QString::fromLatin1(name));
    return text.join(u", "_s);
}

// Exactly one of `names` must be given, once; *chosen is set to it.
std::optional<ApiError> oneOf(const RequestForm &form, const QList<QByteArray> &names,
                              QByteArray *chosen)
{
    QList<QByteArray> given;
    for (const QByteArray &name : names) {
        const auto found = form.all(name);
        if (found.size() > 1)
            return ApiError::invalidArgument(
                u"%1 is given more than once"_s.arg(QString::fromLatin1(name)));
        if (!found.empty())
            given.append(name);
    }
    if (given.size() != 1)
        return ApiError::invalidArgument(u"exactly one of %1 is required; %2"_s.arg(
            joined(names), given.isEmpty() ? u"none was given"_s : u"got "_s + joined(given)));
    *chosen = given.constFirst();
    return std::nullopt;
}

double rounded(double score)
{
    return std::round(score * 10000.0) / 10000.0;
}

} // namespace

VerificationService::VerificationService(AccountRegistry &accounts, InputStore &store,
                                         const UrlFetcher &fetcher, ScoringPool &pool,
                                         const Scorer &scorer, qint64 maxLivenessBytes)
    : m_accounts(accounts)
    , m_store(store)
    , m_fetcher(fetcher)
    , m_pool(pool)
    , m_scorer(scorer)
    , m_maxLivenessBytes(maxLivenessBytes)
{
}

QString VerificationService::newRequestId()
{
    QByteArray raw(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return u"TID"_s + QString::fromLatin1(raw.toHex());
}

ApiReply VerificationService::errorReply(const ApiError &error, const QString &requestId)
{
    ApiReply reply;
    reply.httpCode = error.httpCode();
    reply.status = error.statusName();
    reply.body = error.toJson(requestId);
    reply.detail = error.detail.isEmpty() ? error.reason : error.detail;
    return reply;
}

std::optional<ApiError> VerificationService::resolve(const RequestForm &form,
                                                     const QString &account, const QByteArray &name,
                                                     Input *input)
{
    const bool selfie = name == SelfieFile || name == SelfieUrl || name == SelfieImageId;
    const FormField *field = form.all(name).front();
    input->parameter = QString::fromLatin1(name);
    const qint64 cap = selfie ? SelfieRules::MaxBytes : m_maxLivenessBytes;

    if (name == SelfieFile || name == LivenessFile) {
        if (field->fromQuery)
            return ApiError::invalidArgument(
                u"%1 must be a file part of the multipart body"_s.arg(input->parameter));
        input->data = field->value;
    } else if (name == SelfieUrl || name == LivenessUrl) {
        const FetchResult fetched = m_fetcher.fetch(QString::fromUtf8(field->value), cap);
        switch (fetched.outcome) {
        case FetchResult::Outcome::Ok:
            input->data = fetched.data;
            break;
        case FetchResult::Outcome::TimedOut:
            return ApiError::forImage(Status::DownloadTimeout, input->parameter, fetched.message);
        case FetchResult::Outcome::TooLarge:
            return ApiError::forImage(Status::ImageFileSizeTooBig, input->parameter,
                                      fetched.message);
        case FetchResult::Outcome::Failed:
            return ApiError::forImage(Status::DownloadError, input->parameter, fetched.message);
        }
    } else {
        const QString id = QString::fromUtf8(field->value);
        const StoredInput stored =
            m_store.get(account, selfie ? InputKind::Selfie : InputKind::Liveness, id);
        if (!stored.error.isEmpty())
            return storeFailure(stored.error);
        if (!stored.found)
            return ApiError::forImage(Status::ImageIdNotExist, input->parameter,
                                      u"no stored input of this account has that id"_s);
        input->data = stored.data;
        input->storedId = id;
    }

    if (selfie)
        return SelfieCheck::check(input->data, input->parameter);
    if (input->data.isEmpty())
        return ApiError::of(
            Status::WrongLivenessData,
            u"the liveness data is empty; it must be an open VerifyDesk liveness capture"_s);
    return std::nullopt;
}

std::optional<ApiError> VerificationService::validate(const RequestForm &form)
{
    if (form.readError)
        return form.readError;
    // Every text parameter (and every parameter name) must be UTF-8; file contents are bytes.
    for (const FormField &field : form.fields) {
        const bool isFile =
            !field.fromQuery && (field.name == SelfieFile || field.name == LivenessFile);
        if (!isUtf8(field.name) || (!isFile && !field.tooLarge && !isUtf8(field.value)))
            return ApiError::of(Status::EncodingError);
    }
    return std::nullopt;
}

Admission VerificationService::admit(const RequestForm &form)
{
    const auto ids = form.all(contract::form::ApiId);
    const auto secrets = form.all(contract::form::ApiSecret);
    if (ids.empty() || secrets.empty())
        return Admission{{}, ApiError::invalidArgument(u"api_id and api_secret are required"_s)};
    // Like a duplicate file or source field: which copy counts must not depend on the order.
    if (ids.size() > 1 || secrets.size() > 1)
        return Admission{
            {},
            ApiError::invalidArgument(u"%1 is given more than once"_s.arg(QString::fromLatin1(
                ids.size() > 1 ? contract::form::ApiId : contract::form::ApiSecret)))};
    return m_accounts.admit(
        ids.front()->value, secrets.front()->value, QDateTime::currentDateTimeUtc().date(),
        std::chrono::steady_clock::now(), RequestKey::of(form.clientRequestId, form));
}

std::optional<ApiError> VerificationService::pickSources(const RequestForm &form,
                                                         Sources *sources) const
{
    for (const FormField &field : form.fields) {
        if (!field.tooLarge)
            continue;
        if (field.name == SelfieFile || field.name == LivenessFile)
            return ApiError::forImage(
                Status::ImageFileSizeTooBig, QString::fromLatin1(field.name),
                field.name == SelfieFile
                    ? u"the selfie may have %1 bytes at most"_s.arg(SelfieRules::MaxBytes)
                    : u"the liveness data may have %1 bytes at most"_s.arg(m_maxLivenessBytes));
        return ApiError::invalidArgument(
            u"the parameter %1 is too long"_s.arg(QString::fromUtf8(field.name)));
    }

    const auto rotate = form.all(contract::form::SelfieAutoRotate);
    if (rotate.size() > 1)
        return ApiError::invalidArgument(u"%1 is given more than once"_s.arg(
            QString::fromLatin1(contract::form::SelfieAutoRotate)));
    if (!rotate.empty()) {
        const QByteArray value = rotate.front()->value.trimmed().toLower();
        if (value != "true" && value != "false")
            return ApiError::invalidArgument(u"selfie_auto_rotate must be true or false"_s);
        sources->autoRotate = value == "true";
    }

    if (auto error = oneOf(form, {SelfieFile, SelfieUrl, SelfieImageId}, &sources->selfie))
        return error;
    return oneOf(form, {LivenessFile, LivenessUrl, LivenessId}, &sources->liveness);
}

std::optional<ApiError> VerificationService::score(const Input &selfie, const Input &liveness,
                                                   bool autoRotate, ScoreOutcome *outcome)
{
    const ScoreRequest request{selfie.data, selfie.parameter, autoRotate, liveness.data,
                               liveness.parameter};
    const auto scored = m_pool.run([this, &request] {
        const auto started = std::chrono::steady_clock::now();
        auto result = m_scorer.score(request);
        if (m_metrics)
            m_metrics->observeScoring(
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        return result;
    });
    if (!scored)
        return ApiError::of(Status::ServiceUnavailable,
                            u"all scoring workers are busy and the queue is full; retry later"_s);
    if (scored->error)
        return scored->error;
    *outcome = *scored;
    return std::nullopt;
}

std::optional<ApiError> VerificationService::store(const QString &account, Input *selfie,
                                                   Input *liveness)
{
    QString storeError;
    if (selfie->storedId.isEmpty())
        selfie->storedId =
            m_store.put(account, InputKind::Selfie, selfie->data, selfie->parameter, &storeError);
    if (storeError.isEmpty() && liveness->storedId.isEmpty())
        liveness->storedId = m_store.put(account, InputKind::Liveness, liveness->data,
                                         liveness->parameter, &storeError);
    if (!storeError.isEmpty())
        return storeFailure(storeError);
    return std::nullopt;
}

ApiError VerificationService::storeFailure(const QString &detail) const
{
    return m_store.failuresAreOutages() ? ApiError::outage(detail) : ApiError::internal(detail);
}

ApiReply VerificationService::success(const QString &requestId, const QString &account,
                                      const ScoreOutcome &outcome, const Input &selfie,
                                      const Input &liveness)
{
    namespace answer = contract::answer;
    ApiReply reply;
    reply.status = QString::fromLatin1(answer::Ok);
    reply.accountId = account;
    reply.body = QJsonObject{{QLatin1StringView(answer::RequestId), requestId},
                             {QLatin1StringView(answer::Status), reply.status},
                             {QLatin1StringView(answer::HackScore), rounded(outcome.hackScore)},
                             {QLatin1StringView(answer::VerifyScore), rounded(outcome.verifyScore)},
                             {QLatin1StringView(answer::LivenessDataId), liveness.storedId},
                             {QLatin1StringView(answer::ImageId), selfie.storedId}};
    return reply;
}

ApiReply VerificationService::handle(const RequestForm &form, const QString &requestId)
{
    if (auto error = validate(form))
        return errorReply(*error, requestId);

    const Admission admission = admit(form);
    const QString &account = admission.accountId;
    auto fail = [&](const ApiError &error) {
        ApiReply reply = errorReply(error, requestId);
        reply.accountId = account;
        return reply;
    };
    if (admission.error)
        return fail(*admission.error);

    Sources sources;
    if (auto error = pickSources(form, &sources))
        return fail(*error);

    Input selfie;
    if (auto error = resolve(form, account, sources.selfie, &selfie))
        return fail(*error);
    Input liveness;
    if (auto error = resolve(form, account, sources.liveness, &liveness))
        return fail(*error);

    ScoreOutcome outcome;
    if (auto error = score(selfie, liveness, sources.autoRotate, &outcome))
        return fail(*error);
    if (auto error = store(account, &selfie, &liveness))
        return fail(*error);
    return success(requestId, account, outcome, selfie, liveness);
}

} // namespace vd::server
