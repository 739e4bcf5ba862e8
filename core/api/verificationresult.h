// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// A successful answer of liveness_selfie_verification (HTTP 200, status "OK").
struct VerificationResult
{
    QString requestId;
    double hackScore = 0.0;   // [0, 1], higher: more likely an attack
    double verifyScore = 0.0; // [0, 1], higher: more likely the same person
    QString livenessDataId;   // send back as liveness_data_id to avoid another upload
    QString imageId;          // send back as selfie_image_id
    int httpStatus = 0;
    QByteArray rawJson; // the body exactly as received, for --json and the history
};
