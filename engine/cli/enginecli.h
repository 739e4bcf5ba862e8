// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faceengine.h"
#include "imagedecoder.h"
#include "livenesscapture.pb.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QCommandLineParser;

// What every verifydesk-engine command shares: exit codes, the --models option, loading the
// engine and images, and printing errors.
namespace vd::engine::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,  // bad arguments
    ExitInput = 2,  // unreadable or undecodable input, models missing
    ExitNoFace = 3, // an image holds no face
};

// Adds --models DIR (default: vd::paths::modelFolder(): $VERIFYDESK_MODEL_DIR, else the weights
// beside the executable).
void addModelsOption(QCommandLineParser &parser);
QString modelDirectory(const QCommandLineParser &parser);

// Loads the engine from the --models folder; nullptr after printing why.
std::shared_ptr<const FaceEngine> loadEngine(const QCommandLineParser &parser);

// Reads and decodes an image file; on failure bgr is empty and error says why (with the path).
DecodedImage readImage(const QString &path);

// Reads an open liveness capture with the format's bounded reader; nullopt after printing why.
std::optional<verifydesk::liveness::LivenessCapture> readCaptureFile(const QString &path);

// Writes a capture after checking it with the same reader, so that what is written is what the
// reference server accepts; false after printing why.
bool writeCaptureFile(const QString &path, const verifydesk::liveness::LivenessCapture &capture);

// "verifydesk-engine: <message>" on stderr.
void printError(const QString &message);

// Parses args (args[0] is "verifydesk-engine <command>") and handles --help; returns -1 when the
// command should go on, else the exit code to return.
int parseOrExit(QCommandLineParser &parser, const QStringList &args, int minPositional,
                int maxPositional);

} // namespace vd::engine::cli
