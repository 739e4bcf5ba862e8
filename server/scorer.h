// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace vd::engine {
class FaceEngine;
}

namespace vd::server {

// The inputs of one scoring, already fetched and size-checked.
struct ScoreRequest
{
    QByteArray selfie;
    QString selfieInput; // the parameter it came from, named in image errors
    bool autoRotate = false;
    QByteArray liveness;
    QString livenessInput;
};

struct ScoreOutcome
{
    std::optional<ApiError> error; // CORRUPT_IMAGE, NO_FACE_DETECTED, WRONG_LIVENESS_DATA, ...
    double verifyScore = 0.0;
    double hackScore = 0.0;
};

// Everything the server asks of the face engine: verify_score compares the selfie's largest
// face with the capture's best frontal frame, hack_score comes from the capture's liveness
// cues. Thread-safe; one instance shared by all scoring workers.
class Scorer
{
public:
    // Loads the engine's models; nullptr and *error set when they cannot be loaded.
    static std::unique_ptr<Scorer> load(const QString &modelDir, qint64 maxLivenessBytes,
                                        QString *error);
    Scorer(std::shared_ptr<const engine::FaceEngine> engine, qint64 maxLivenessBytes);
    ~Scorer();

    // Never throws: an engine failure becomes INTERNAL_ERROR, its text in `detail` only.
    ScoreOutcome score(const ScoreRequest &request) const;

private:
    ScoreOutcome scoreUnguarded(const ScoreRequest &request) const;

    std::shared_ptr<const engine::FaceEngine> m_engine;
    qint64 m_maxLivenessBytes;
};

} // namespace vd::server
