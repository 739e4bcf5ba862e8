// SPDX-License-Identifier: GPL-3.0-or-later
#include "framescommand.h"

#include "enginecli.h"
#include "format/capturebuilder.h"
#include "liveness/captureencoder.h"
#include "liveness/captureframedecoder.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace vd::engine::cli {

namespace lv = verifydesk::liveness;

int runFrames(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes the frames of an open liveness capture as the engine decodes them (a video's "
        "frames sampled to at most 15 a second and 90 in all, scaled to at most 1280 pixels) "
        "into a multiImg capture of JPEG frames with their timestamps."_s);
    parser.addPositionalArgument(u"CAPTURE"_s, u"The capture (.protobuf)."_s);
    parser.addOption({{u"o"_s, u"output"_s}, u"The capture file to write."_s, u"OUT"_s});
    if (const int exit = parseOrExit(parser, args, 1, 1); exit >= 0) {
        return exit;
    }
    if (!parser.isSet(u"output"_s)) {
        printError(u"no output file; give -o OUT.protobuf"_s);
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    const auto capture = readCaptureFile(path);
    if (!capture) {
        return ExitInput;
    }
    format::CaptureBuildOptions options;
    options.outputType = lv::MULTI_IMG;
    for (const int motion : capture->motions()) {
        options.motions.push_back(static_cast<lv::Motion>(motion));
    }
    options.difficulty = capture->difficulty();
    options.device = capture->device();
    options.captureId = capture->capture_id();
    options.capturedAtMs = static_cast<std::int64_t>(capture->captured_at_ms());
    if (capture->has_video() && capture->video().fps() > 0) {
        options.fps = capture->video().fps();
    }
    format::CaptureBuilder builder(options);
    const std::string error = CaptureFrameDecoder().forEachFrame(*capture, [&](CaptureFrame &&f) {
        builder.addFrame(CaptureEncoder::encodeJpeg(f.bgr), f.timestampMs, f.motion);
    });
    if (!error.empty()) {
        printError(path + u": "_s + QString::fromStdString(error));
        return ExitInput;
    }
    const format::CaptureBuildResult built = builder.build();
    if (!built.capture) {
        printError(path + u": "_s + QString::fromStdString(built.error));
        return ExitInput;
    }
    if (!writeCaptureFile(parser.value(u"output"_s), *built.capture)) {
        return ExitInput;
    }
    QTextStream(stdout)
        << u"wrote %1: %2 frames"_s.arg(parser.value(u"output"_s)).arg(built.capture->frames_size())
        << Qt::endl;
    return ExitOk;
}

} // namespace vd::engine::cli
