#include "verificationservice.h"

#include "accountregistry.h"
#include "inputstore.h"
#include "scorer.h"
#include "scoringpool.h"
#include "selfiecheck.h"
#include "urlfetcher.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <cmath>

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

const QByteArray SelfieFile = "selfie_file";
const QByteArray SelfieUrl = "selfie_url";
const QByteArray SelfieImageId = "selfie_image_id";
const QByteArray LivenessFile = "liveness_data_file";
const QByteArray LivenessUrl = "liveness_data_url";
const QByteArray LivenessId = "liveness_data_id";

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
    reply.status = error.status;
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
    const qint64 cap = selfie ? SelfieCheck::MaxBytes : m_maxLivenessBytes;

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
            return ApiError::forImage(u"DOWNLOAD_TIMEOUT"_s, input->parameter, fetched.message);
        case FetchResult::Outcome::TooLarge:
            return ApiError::forImage(u"IMAGE_FILE_SIZE_TOO_BIG"_s, input->parameter,
                                      fetched.message);
        case FetchResult::Outcome::Failed:
            return ApiError::forImage(u"DOWNLOAD_ERROR"_s, input->parameter, fetched.message);
        }
    } else {
        const QString id = QString::fromUtf8(field->value);
        const StoredInput stored =
            m_store.get(account, selfie ? InputKind::Selfie : InputKind::Liveness, id);
        if (!stored.error.isEmpty())
            return ApiError::internal(stored.error);
        if (!stored.found)
            return ApiError::forImage(u"IMAGE_ID_NOT_EXIST"_s, input->parameter,
                                      u"no stored input of this account has that id"_s);
        input->data = stored.data;
        input->storedId = id;
    }

    if (selfie)
        return SelfieCheck::check(input->data, input->parameter);
    if (input->data.isEmpty())
        return ApiError{
            u"WRONG_LIVENESS_DATA"_s,
            {},
            u"the liveness data is empty; it must be an open VerifyDesk liveness capture"_s,
            {}};
    return std::nullopt;
}

ApiReply VerificationService::handle(const RequestForm &form, const QString &requestId)
{
    if (form.readError)
        return errorReply(*form.readError, requestId);

    // Every text parameter (and every parameter name) must be UTF-8; file contents are bytes.
    for (const FormField &field : form.fields) {
        const bool isFile =
            !field.fromQuery && (field.name == SelfieFile || field.name == LivenessFile);
        if (!isUtf8(field.name) || (!isFile && !field.tooLarge && !isUtf8(field.value)))
            return errorReply(ApiError{u"ENCODING_ERROR"_s, {}, {}, {}}, requestId);
    }

    const auto ids = form.all("api_id");
    const auto secrets = form.all("api_secret");
    if (ids.empty() || secrets.empty())
        return errorReply(ApiError::invalidArgument(u"api_id and api_secret are required"_s),
                          requestId);
    const Admission admission =
        m_accounts.admit(ids.front()->value, secrets.front()->value,
                         QDateTime::currentDateTimeUtc().date(), std::chrono::steady_clock::now());
    if (admission.error) {
        ApiReply reply = errorReply(*admission.error, requestId);
        reply.accountId = admission.accountId;
        return reply;
    }
    const QString &account = admission.accountId;
    auto fail = [&](const ApiError &error) {
        ApiReply reply = errorReply(error, requestId);
        reply.accountId = account;
        return reply;
    };

    for (const FormField &field : form.fields) {
        if (!field.tooLarge)
            continue;
        if (field.name == SelfieFile || field.name == LivenessFile)
            return fail(ApiError::forImage(
                u"IMAGE_FILE_SIZE_TOO_BIG"_s, QString::fromLatin1(field.name),
                field.name == SelfieFile
                    ? u"the selfie may have %1 bytes at most"_s.arg(SelfieCheck::MaxBytes)
                    : u"the liveness data may have %1 bytes at most"_s.arg(m_maxLivenessBytes)));
        return fail(ApiError::invalidArgument(
            u"the parameter %1 is too long"_s.arg(QString::fromUtf8(field.name))));
    }

    bool autoRotate = false;
    const auto rotate = form.all("selfie_auto_rotate");
    if (!rotate.empty()) {
        const QByteArray value = rotate.front()->value.trimmed().toLower();
        if (value != "true" && value != "false")
            return fail(ApiError::invalidArgument(u"selfie_auto_rotate must be true or false"_s));
        autoRotate = value == "true";
    }

    // Both exactly-one-of rules are checked before anything is fetched.
    QByteArray selfieSource;
    QByteArray livenessSource;
    if (auto error = oneOf(form, {SelfieFile, SelfieUrl, SelfieImageId}, &selfieSource))
        return fail(*error);
    if (auto error = oneOf(form, {LivenessFile, LivenessUrl, LivenessId}, &livenessSource))
        return fail(*error);

    Input selfie;
    if (auto error = resolve(form, account, selfieSource, &selfie))
        return fail(*error);
    Input liveness;
    if (auto error = resolve(form, account, livenessSource, &liveness))
        return fail(*error);

    ScoreRequest request{selfie.data, selfie.parameter, autoRotate, liveness.data,
                         liveness.parameter};
    const auto outcome = m_pool.run([this, &request] { return m_scorer.score(request); });
    if (!outcome)
        return fail(ApiError{u"SERVICE_UNAVAILABLE"_s,
                             {},
                             u"all scoring workers are busy and the queue is full; retry "
                             "later"_s,
                             {}});
    if (outcome->error)
        return fail(*outcome->error);

    QString storeError;
    if (selfie.storedId.isEmpty())
        selfie.storedId =
            m_store.put(account, InputKind::Selfie, selfie.data, selfie.parameter, &storeError);
    if (storeError.isEmpty() && liveness.storedId.isEmpty())
        liveness.storedId = m_store.put(account, InputKind::Liveness, liveness.data,
                                        liveness.parameter, &storeError);
    if (!storeError.isEmpty())
        return fail(ApiError::internal(storeError));

    ApiReply reply;
    reply.status = u"OK"_s;
    reply.accountId = account;
    reply.body = QJsonObject{{u"request_id"_s, requestId},
                             {u"status"_s, reply.status},
                             {u"hack_score"_s, rounded(outcome->hackScore)},
                             {u"verify_score"_s, rounded(outcome->verifyScore)},
                             {u"liveness_data_id"_s, liveness.storedId},
                             {u"image_id"_s, selfie.storedId}};
    return reply;
}

} // namespace vd::server
