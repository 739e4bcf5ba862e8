// SPDX-License-Identifier: GPL-3.0-or-later
#include "makelivenesscommand.h"

#include "enginecli.h"
#include "format/capturebuilder.h"
#include "format/captureformat.h"
#include "format/capturevocabulary.h"
#include "liveness/captureencoder.h"
#include "verifydeskconfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cmath>

using namespace Qt::StringLiterals;

namespace vd::engine::cli {

namespace lv = verifydesk::liveness;
namespace vocabulary = format::vocabulary;

namespace {

struct FramesRead
{
    std::vector<std::string> data;
    std::vector<std::string> names;
    QString error;
};

// The JPEG and PNG files of a folder, sorted by name (frame_0001.jpg, frame_0002.jpg, ...).
FramesRead readFrames(const QString &folder, std::size_t maxFrameBytes)
{
    FramesRead result;
    const QDir dir(folder);
    if (!dir.exists()) {
        result.error = folder + u": no such folder"_s;
        return result;
    }
    const QFileInfoList files = dir.entryInfoList(
        {u"*.jpg"_s, u"*.jpeg"_s, u"*.png"_s, u"*.JPG"_s, u"*.JPEG"_s, u"*.PNG"_s},
        QDir::Files | QDir::Readable, QDir::Name);
    if (files.isEmpty()) {
        result.error = folder + u": no .jpg, .jpeg or .png frames in this folder"_s;
        return result;
    }
    for (const QFileInfo &info : files) {
        if (static_cast<std::size_t>(info.size()) > maxFrameBytes) {
            result.error = info.filePath() +
                           u": %1 bytes, over the %2 bytes a frame may have"_s.arg(info.size())
                               .arg(maxFrameBytes);
            return result;
        }
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = info.filePath() + u": "_s + file.errorString();
            return result;
        }
        result.data.push_back(file.readAll().toStdString());
        result.names.push_back(info.fileName().toStdString());
    }
    return result;
}

} // namespace

int runMakeLiveness(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Builds a VerifyDesk open liveness capture (protocol/livenesscapture.proto) from a "
        "folder of JPEG/PNG frames, sorted by name, or from a video file."_s);
    parser.addOption({u"frames"_s, u"Folder of .jpg/.jpeg/.png frames."_s, u"DIR"_s});
    parser.addOption(
        {u"video"_s, u"A video file to embed as it is (output type video)."_s, u"FILE"_s});
    parser.addOption({u"motions"_s,
                      u"Motions asked for, in order, comma-separated: %1."_s.arg(
                          QString::fromStdString(vocabulary::motionNames())),
                      u"LIST"_s});
    parser.addOption({u"output-type"_s,
                      u"%1 (default multiImg; video for --video)."_s.arg(
                          QString::fromStdString(vocabulary::outputTypeNames())),
                      u"TYPE"_s});
    parser.addOption({u"fps"_s, u"Frame rate of the frames (default 10)."_s, u"FPS"_s});
    parser.addOption(
        {u"difficulty"_s,
         u"%1 (default normal)."_s.arg(QString::fromStdString(vocabulary::difficultyNames())),
         u"LEVEL"_s});
    parser.addOption({{u"o"_s, u"output"_s}, u"The capture file to write."_s, u"OUT"_s});
    if (const int exit = parseOrExit(parser, args, 0, 0); exit >= 0) {
        return exit;
    }

    const bool fromFrames = parser.isSet(u"frames"_s);
    const bool fromVideo = parser.isSet(u"video"_s);
    if (fromFrames == fromVideo) {
        printError(u"give exactly one of --frames DIR and --video FILE"_s);
        return ExitUsage;
    }
    if (!parser.isSet(u"output"_s)) {
        printError(u"no output file; give -o OUT.protobuf"_s);
        return ExitUsage;
    }

    format::CaptureBuildOptions options;
    options.outputType = fromVideo ? lv::VIDEO : lv::MULTI_IMG;
    if (parser.isSet(u"output-type"_s)) {
        const auto type = vocabulary::parseOutputType(parser.value(u"output-type"_s).toStdString());
        if (!type) {
            printError(u"unknown output type \"%1\"; expected one of %2"_s.arg(
                parser.value(u"output-type"_s),
                QString::fromStdString(vocabulary::outputTypeNames())));
            return ExitUsage;
        }
        options.outputType = *type;
    }
    if (parser.isSet(u"motions"_s)) {
        std::string bad;
        const auto motions =
            vocabulary::parseMotionList(parser.value(u"motions"_s).toStdString(), &bad);
        if (!motions) {
            printError(u"unknown motion \"%1\"; expected a comma-separated list of %2"_s.arg(
                QString::fromStdString(bad), QString::fromStdString(vocabulary::motionNames())));
            return ExitUsage;
        }
        options.motions = *motions;
    }
    if (parser.isSet(u"difficulty"_s)) {
        const auto level = vocabulary::parseDifficulty(parser.value(u"difficulty"_s).toStdString());
        if (!level) {
            printError(u"unknown difficulty \"%1\"; expected one of %2"_s.arg(
                parser.value(u"difficulty"_s),
                QString::fromStdString(vocabulary::difficultyNames())));
            return ExitUsage;
        }
        options.difficulty = *level;
    }
    if (parser.isSet(u"fps"_s)) {
        bool ok = false;
        options.fps = parser.value(u"fps"_s).toDouble(&ok);
        const int maxFps = format::CaptureLimits().maxFps;
        if (!ok || !std::isfinite(options.fps) || options.fps <= 0 || options.fps > maxFps) {
            printError(u"--fps needs a number of frames per second between 0 and %1, not \"%2\""_s
                           .arg(maxFps)
                           .arg(parser.value(u"fps"_s)));
            return ExitUsage;
        }
    }
    options.device.set_sdk_version("verifydesk-engine " VD_VERSION);
    options.device.set_camera(fromFrames ? "frames folder" : "video file");

    const format::CaptureLimits limits;
    format::CaptureBuildResult built;
    if (fromFrames) {
        const FramesRead frames = readFrames(parser.value(u"frames"_s), limits.maxFrameBytes);
        if (!frames.error.isEmpty()) {
            printError(frames.error);
            return ExitInput;
        }
        built = CaptureEncoder(options).build(frames.data, frames.names);
    } else {
        const QString path = parser.value(u"video"_s);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(path + u": "_s + file.errorString());
            return ExitInput;
        }
        if (static_cast<std::size_t>(file.size()) > limits.maxBytes) {
            printError(path + u": %1 bytes, over the %2 bytes a capture may have"_s.arg(file.size())
                                  .arg(limits.maxBytes));
            return ExitInput;
        }
        format::CaptureBuilder builder(options);
        builder.setVideo(file.readAll().toStdString(),
                         QFileInfo(path).suffix().toLower().toStdString());
        built = builder.build();
    }
    if (!built.capture) {
        printError(QString::fromStdString(built.error));
        return ExitInput;
    }

    if (!writeCaptureFile(parser.value(u"output"_s), *built.capture)) {
        return ExitInput;
    }
    QStringList motionNames;
    for (const lv::Motion motion : options.motions) {
        motionNames << QString::fromStdString(vocabulary::motionName(motion));
    }
    QTextStream(stdout) << u"wrote %1: %2, %3, motions %4, %5 bytes"_s
                               .arg(parser.value(u"output"_s),
                                    QString::fromStdString(
                                        vocabulary::outputTypeName(options.outputType)),
                                    built.capture->frames_size() > 0
                                        ? u"%1 frames"_s.arg(built.capture->frames_size())
                                        : u"video"_s,
                                    motionNames.isEmpty() ? u"none"_s : motionNames.join(u','))
                               .arg(built.capture->ByteSizeLong())
                        << Qt::endl;
    return ExitOk;
}

} // namespace vd::engine::cli
