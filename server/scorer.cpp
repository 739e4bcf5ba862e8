// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorer.h"

#include "faceengine.h"
#include "format/capturereader.h"
#include "imagedecoder.h"
#include "liveness/livenessassessor.h"

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

// Wall-clock time one scoring may spend on the liveness data; past it the answer is
// WRONG_LIVENESS_DATA "scoring budget exceeded: ..." (server/README.md). The pixel budgets of
// CaptureFrameDecoder keep honest captures far below it.
constexpr std::chrono::seconds ScoringBudget{20};

} // namespace

std::unique_ptr<Scorer> Scorer::load(const QString &modelDir, qint64 maxLivenessBytes,
                                     QString *error)
{
    std::string message;
    auto engine = engine::FaceEngine::load(modelDir.toStdString(), &message);
    if (!engine) {
        *error = u"cannot load the face models from %1: %2"_s.arg(modelDir,
                                                                  QString::fromStdString(message));
        return nullptr;
    }
    return std::make_unique<Scorer>(std::move(engine), maxLivenessBytes);
}

Scorer::Scorer(std::shared_ptr<const engine::FaceEngine> engine, qint64 maxLivenessBytes)
    : m_engine(std::move(engine))
    , m_maxLivenessBytes(maxLivenessBytes)
{
}

Scorer::~Scorer() = default;

ScoreOutcome Scorer::score(const ScoreRequest &request) const
{
    try {
        return scoreUnguarded(request);
    } catch (const std::exception &e) {
        return ScoreOutcome{
            ApiError::internal(u"engine exception: "_s + QString::fromUtf8(e.what())), 0.0, 0.0};
    } catch (...) {
        return ScoreOutcome{ApiError::internal(u"engine exception of unknown type"_s), 0.0, 0.0};
    }
}

ScoreOutcome Scorer::scoreUnguarded(const ScoreRequest &request) const
{
    ScoreOutcome outcome;
    const engine::DecodedImage selfie = engine::decodeImage(request.selfie);
    if (!selfie.error.empty() || selfie.bgr.empty()) {
        outcome.error = ApiError::forImage(contract::Status::CorruptImage, request.selfieInput,
                                           u"the selfie cannot be decoded"_s);
        outcome.error->detail = QString::fromStdString(selfie.error);
        return outcome;
    }

    format::CaptureLimits limits;
    limits.maxBytes = static_cast<std::size_t>(m_maxLivenessBytes);
    const format::CaptureReadResult read =
        format::readCapture(request.liveness.toStdString(), limits);
    if (!read.capture) {
        outcome.error =
            ApiError::of(contract::Status::WrongLivenessData,
                         u"the liveness data must be an open VerifyDesk liveness capture: "_s +
                             QString::fromStdString(read.error));
        return outcome;
    }

    const auto face = m_engine->analyzeLargest(selfie.bgr, request.autoRotate);
    if (!face) {
        outcome.error = ApiError::forImage(contract::Status::NoFaceDetected, request.selfieInput,
                                           u"no face was found in the selfie"_s);
        return outcome;
    }

    const engine::LivenessAssessor assessor(m_engine);
    const engine::LivenessAssessment assessment =
        assessor.assess(*read.capture, engine::CaptureFrameDecoder::Clock::now() + ScoringBudget);
    if (!assessment.bestFrontal && assessment.frameCount > 0 && assessment.framesWithFace == 0) {
        outcome.error = ApiError::forImage(contract::Status::NoFaceDetected, request.livenessInput,
                                           u"no frame of the liveness data shows a face"_s);
        outcome.error->detail = QString::fromStdString(assessment.error);
        return outcome;
    }
    if (!assessment.error.empty() || !assessment.bestFrontal) {
        outcome.error = ApiError::of(contract::Status::WrongLivenessData,
                                     assessment.error.empty()
                                         ? u"the liveness data has no frontal face to compare"_s
                                         : QString::fromStdString(assessment.error));
        return outcome;
    }

    const engine::Comparison comparison =
        engine::FaceEngine::compare(face->descriptor, assessment.bestFrontal->descriptor);
    outcome.verifyScore = std::clamp(comparison.verifyScore, 0.0, 1.0);
    outcome.hackScore = std::clamp(assessment.hackScore, 0.0, 1.0);
    return outcome;
}

} // namespace vd::server
