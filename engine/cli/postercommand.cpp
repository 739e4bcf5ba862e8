// SPDX-License-Identifier: GPL-3.0-or-later
#include "postercommand.h"

#include "enginecli.h"
#include "liveness/captureencoder.h"
#include "liveness/captureframedecoder.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <chrono>

using namespace Qt::StringLiterals;

namespace vd::engine::cli {

namespace lv = verifydesk::liveness;

namespace {

// A clip embedded in a liveness file is at most a capture's size; more is not a thumbnail's job.
constexpr qint64 MaxClipBytes = 64 * 1024 * 1024;
constexpr int DefaultMaxSide = 640;
// The decoder's own stop; the caller's deadline is the one that holds when FFmpeg hangs.
constexpr std::chrono::seconds DecodeBudget{15};

} // namespace

int runPoster(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes the first frame of a video clip as a JPEG, scaled down to at most --max-side "
        "pixels on its longer side."_s);
    parser.addPositionalArgument(u"VIDEO"_s, u"The clip (MP4, WebM, AVI, …)."_s);
    parser.addOption({{u"o"_s, u"output"_s}, u"The JPEG file to write."_s, u"OUT"_s});
    parser.addOption({u"max-side"_s,
                      u"Longer side of the JPEG at most (default %1)."_s.arg(DefaultMaxSide),
                      u"PIXELS"_s, QString::number(DefaultMaxSide)});
    if (const int exit = parseOrExit(parser, args, 1, 1); exit >= 0) {
        return exit;
    }
    if (!parser.isSet(u"output"_s)) {
        printError(u"no output file; give -o OUT.jpg"_s);
        return ExitUsage;
    }
    bool sideOk = false;
    const int maxSide = parser.value(u"max-side"_s).toInt(&sideOk);
    if (!sideOk || maxSide < 16 || maxSide > 4000) {
        printError(u"--max-side takes a number of pixels from 16 to 4000"_s);
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(path + u": "_s + file.errorString());
        return ExitInput;
    }
    if (file.size() > MaxClipBytes) {
        printError(path + u": %1 bytes, over the %2 bytes a clip may have here"_s.arg(file.size())
                              .arg(MaxClipBytes));
        return ExitInput;
    }
    lv::LivenessCapture capture;
    capture.set_output_type(lv::VIDEO);
    capture.mutable_video()->set_data(file.readAll().toStdString());
    CaptureFrameDecoder::Settings settings;
    settings.maxFrames = 1;
    settings.maxAnalysedSide = maxSide;
    cv::Mat poster;
    const std::string error = CaptureFrameDecoder(settings).forEachFrame(
        capture, [&](CaptureFrame &&frame) { poster = std::move(frame.bgr); }, nullptr,
        CaptureFrameDecoder::Clock::now() + DecodeBudget);
    if (!error.empty()) {
        printError(path + u": "_s + QString::fromStdString(error));
        return ExitInput;
    }
    const std::string jpeg = CaptureEncoder::encodeJpeg(poster);
    const QString out = parser.value(u"output"_s);
    QSaveFile save(out);
    if (!save.open(QIODevice::WriteOnly) ||
        save.write(jpeg.data(), static_cast<qint64>(jpeg.size())) !=
            static_cast<qint64>(jpeg.size()) ||
        !save.commit()) {
        printError(out + u": "_s + save.errorString());
        return ExitInput;
    }
    QTextStream(stdout) << u"wrote %1: %2x%3"_s.arg(out).arg(poster.cols).arg(poster.rows)
                        << Qt::endl;
    return ExitOk;
}

} // namespace vd::engine::cli
