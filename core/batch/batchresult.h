// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

// What the QA engineer says a pair should give; the report counts errors against it.
enum class BatchExpectation
{
    Unknown, // no expectation given: counted, never scored as right or wrong
    Same,
    Different,
    Attack
};

// One pair of a batch as the batch database records it and the report counts it: the inputs,
// the expectation, and the answer of its last attempt (empty while it has none).
struct BatchResult
{
    qint64 pairIndex = 0; // the line of the manifest, or the position in the folder listing
    QString selfie;       // as the manifest names it: a path, url:… or id:…
    QString liveness;
    BatchExpectation expected = BatchExpectation::Unknown;
    QString device;        // from the manifest
    QString sdkVersion;    // from the manifest
    QString note;          // from the manifest
    QString captureDevice; // the device info of an open-format capture, when it has one

    QString status; // "OK", an API status, a client error code; empty: not answered yet
    int httpStatus = 0;
    std::optional<double> verifyScore;
    std::optional<double> hackScore;
    qint64 latencyMs = 0; // of the attempt that gave the answer
    // X-Request-ID / request_id of the attempt that gave the answer; of a pair not answered yet
    // (BatchStore::nextPending), the X-Request-ID its earlier attempts sent, empty if none
    QString requestId;
    int attempts = 0;

    bool answered() const { return !status.isEmpty(); }
};
