// SPDX-License-Identifier: GPL-3.0-or-later
#include "verificationrecord.h"

#include "api/errorcatalog.h"
#include "api/verificationjob.h"
#include "contract/apistatus.h"

using namespace Qt::StringLiterals;

namespace {

HistoryInput historyInput(const InputSource &source)
{
    HistoryInput input;
    switch (source.kind) {
    case InputSource::Kind::None:
        input.kind = HistoryInput::Kind::None;
        break;
    case InputSource::Kind::File:
        input.kind = HistoryInput::Kind::File;
        break;
    case InputSource::Kind::Url:
        input.kind = HistoryInput::Kind::Url;
        break;
    case InputSource::Kind::Id:
        input.kind = HistoryInput::Kind::Id;
        break;
    }
    input.value = source.value;
    return input;
}

// The kind of failure a recorded code stands for, as ApiError's factories give it.
ApiError::Kind kindOf(const QString &code, int httpStatus)
{
    // A status that is none of our own codes came from the API, known to its table or not.
    const bool own =
        ErrorCatalog::transportCodes().contains(code) || ErrorCatalog::localCodes().contains(code);
    if (vd::contract::ApiStatus::find(code) || !own)
        return ApiError::Kind::Api;
    if (ErrorCatalog::localCodes().contains(code))
        return ApiError::Kind::Local;
    if (code == ApiError::cancelled().code)
        return ApiError::Kind::Cancelled;
    if (code == u"TIMEOUT"_s || code == u"DEADLINE_EXCEEDED"_s)
        return ApiError::Kind::Timeout;
    if (code.startsWith(u"TLS_"_s))
        return ApiError::Kind::Tls;
    // An answer arrived, but not one the API gives.
    if (httpStatus > 0 || code == u"PROTOCOL_ERROR"_s)
        return ApiError::Kind::BadResponse;
    return ApiError::Kind::Network;
}

} // namespace

QString VerificationRecord::verdictName(Verdict::Overall overall)
{
    switch (overall) {
    case Verdict::Overall::SamePerson:
        return u"same_person"_s;
    case Verdict::Overall::NotSamePerson:
        return u"not_same_person"_s;
    case Verdict::Overall::PossibleAttack:
        return u"possible_attack"_s;
    }
    return {};
}

HistoryEntry VerificationRecord::entryFor(const VerificationJob &job, const Thresholds &thresholds)
{
    const VerificationRequest &request = job.request();
    HistoryEntry entry;
    entry.endpoint = request.baseUrl.toString();
    entry.apiId = request.apiId;
    entry.verifyThreshold = thresholds.verify;
    entry.hackThreshold = thresholds.hack;
    entry.selfie = historyInput(request.selfie);
    entry.liveness = historyInput(request.liveness);
    if (job.succeeded()) {
        const VerificationResult &result = job.result();
        const Verdict verdict = Verdict::decide(result, thresholds);
        entry.requestId = result.requestId;
        entry.verifyScore = result.verifyScore;
        entry.hackScore = result.hackScore;
        entry.falseAcceptRate = verdict.decisionFalseAcceptRate;
        entry.verdict = verdictName(verdict.overall);
        entry.status = u"OK"_s;
        entry.httpStatus = result.httpStatus;
        entry.imageId = result.imageId;
        entry.livenessDataId = result.livenessDataId;
    } else {
        const ApiError &error = job.error();
        entry.requestId = error.requestId;
        entry.verdict = u"error"_s;
        entry.status = error.code;
        entry.httpStatus = error.httpStatus;
    }
    return entry;
}

ApiError VerificationRecord::errorOf(const HistoryEntry &entry)
{
    ApiError error;
    error.kind = kindOf(entry.status, entry.httpStatus);
    error.code = entry.status;
    error.httpStatus = entry.httpStatus;
    error.requestId = entry.requestId;
    return error;
}
