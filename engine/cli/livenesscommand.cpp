// SPDX-License-Identifier: GPL-3.0-or-later
#include "livenesscommand.h"

#include "enginecli.h"
#include "format/capturereader.h"
#include "format/capturevocabulary.h"
#include "liveness/livenessassessor.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>

using namespace Qt::StringLiterals;

namespace vd::engine::cli {

namespace lv = verifydesk::liveness;
namespace vocabulary = format::vocabulary;

namespace {

// The threshold VerifyDesk applies by default; the API page gives none (API.md).
constexpr double kAttackThreshold = 0.98;

double rounded(double value)
{
    return std::round(value * 1e4) / 1e4;
}

QStringList motionNames(const lv::LivenessCapture &capture)
{
    QStringList names;
    for (const int motion : capture.motions()) {
        names << QString::fromStdString(vocabulary::motionName(static_cast<lv::Motion>(motion)));
    }
    return names;
}

QJsonArray indices(const std::vector<int> &frames)
{
    QJsonArray array;
    for (const int frame : frames) {
        array.append(frame);
    }
    return array;
}

QJsonArray boxJson(const cv::Rect2f &box)
{
    return QJsonArray{rounded(box.x), rounded(box.y), rounded(box.width), rounded(box.height)};
}

// One entry per analysed frame; box and landmarks are null when the frame shows no face.
QJsonArray framesDetail(const std::vector<FrameFinding> &findings)
{
    QJsonArray frames;
    for (const FrameFinding &f : findings) {
        QJsonArray landmarks;
        for (const cv::Point2f &point : f.landmarks) {
            landmarks.append(
                QJsonArray{std::round(point.x * 10) / 10, std::round(point.y * 10) / 10});
        }
        const bool face = !f.landmarks.empty();
        frames.append(QJsonObject{{u"index"_s, f.index},
                                  {u"time_ms"_s, static_cast<qint64>(f.timestampMs)},
                                  {u"width"_s, f.width},
                                  {u"height"_s, f.height},
                                  {u"face_count"_s, f.faceCount},
                                  {u"detected"_s, f.detected},
                                  {u"box"_s, face ? QJsonValue(boxJson(f.box)) : QJsonValue()},
                                  {u"landmarks"_s, face ? QJsonValue(landmarks) : QJsonValue()}});
    }
    return frames;
}

QJsonObject toJson(const lv::LivenessCapture &capture, const LivenessAssessment &a)
{
    QJsonArray cues;
    for (const LivenessCue &cue : a.cues) {
        cues.append(QJsonObject{{u"name"_s, QString::fromStdString(cue.name)},
                                {u"value"_s, rounded(cue.value)},
                                {u"attack_evidence"_s, rounded(cue.attackEvidence)},
                                {u"finding"_s, QString::fromStdString(cue.finding)},
                                {u"frames"_s, indices(cue.frames)}});
    }
    QJsonObject json{
        {u"hack_score"_s, rounded(a.hackScore)},
        {u"output_type"_s,
         QString::fromStdString(vocabulary::outputTypeName(capture.output_type()))},
        {u"motions"_s, QJsonArray::fromStringList(motionNames(capture))},
        {u"difficulty"_s, QString::fromStdString(vocabulary::difficultyName(capture.difficulty()))},
        {u"frames"_s, a.frameCount},
        {u"frames_with_face"_s, a.framesWithFace},
        {u"cues"_s, cues},
        {u"frames_detail"_s, framesDetail(a.frameFindings)}};
    if (a.bestFrontal) {
        const cv::Rect2f &box = a.bestFrontal->face.box;
        json.insert(u"best_frontal"_s,
                    QJsonObject{{u"box"_s, boxJson(box)},
                                {u"score"_s, rounded(a.bestFrontal->face.score)}});
    }
    return json;
}

void printText(QTextStream &out, const lv::LivenessCapture &capture, const LivenessAssessment &a)
{
    const QStringList motions = motionNames(capture);
    out << u"capture: %1, motions %2, difficulty %3, %4 frames analysed, %5 with a face"_s
               .arg(QString::fromStdString(vocabulary::outputTypeName(capture.output_type())),
                    motions.isEmpty() ? u"none"_s : motions.join(u','),
                    QString::fromStdString(vocabulary::difficultyName(capture.difficulty())))
               .arg(a.frameCount)
               .arg(a.framesWithFace)
        << '\n';
    for (const LivenessCue &cue : a.cues) {
        out << u"  %1 value %2  evidence %3  %4"_s
                   .arg(QString::fromStdString(cue.name).leftJustified(22))
                   .arg(cue.value, 0, 'f', 3)
                   .arg(cue.attackEvidence, 0, 'f', 3)
                   .arg(QString::fromStdString(cue.finding))
            << '\n';
    }
    out << u"hack_score %1: %2 (VerifyDesk's default attack threshold %3, not from the API page)"_s
               .arg(a.hackScore, 0, 'f', 4)
               .arg(a.hackScore > kAttackThreshold ? u"attack"_s : u"not flagged as an attack"_s)
               .arg(kAttackThreshold)
        << Qt::endl;
}

} // namespace

int runLiveness(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Scores a VerifyDesk open liveness capture: per-cue findings and hack_score in [0, 1] "
        "(higher = more likely an attack). See engine/liveness/LIVENESS.md."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The capture (.protobuf)."_s);
    parser.addOption({u"json"_s,
                      u"Print JSON: {\"hack_score\": s, \"cues\": [...], \"frames_detail\": "
                      "[...], ...}."_s});
    parser.addOption({u"progress"_s,
                      u"Print \"frame K of N\" on stderr after each frame analysed (\"frame K\" "
                      "when a video does not say how many frames it has)."_s});
    addModelsOption(parser);
    if (const int exit = parseOrExit(parser, args, 1, 1); exit >= 0) {
        return exit;
    }
    const QString path = parser.positionalArguments().constFirst();
    const auto capture = readCaptureFile(path);
    if (!capture) {
        return ExitInput;
    }
    const auto engine = loadEngine(parser);
    if (!engine) {
        return ExitInput;
    }
    LivenessAssessor::ProgressCallback progress;
    if (parser.isSet(u"progress"_s)) {
        progress = [](int done, int frames) {
            QTextStream(stderr) << (frames > 0 ? u"frame %1 of %2"_s.arg(done).arg(frames)
                                               : u"frame %1"_s.arg(done))
                                << Qt::endl;
        };
    }
    const LivenessAssessment assessment = LivenessAssessor(engine).assess(
        *capture, CaptureFrameDecoder::Clock::time_point::max(), progress);
    if (!assessment.error.empty()) {
        printError(path + u": "_s + QString::fromStdString(assessment.error));
        return assessment.frameCount > 0 && assessment.framesWithFace == 0 ? ExitNoFace : ExitInput;
    }
    QTextStream out(stdout);
    if (parser.isSet(u"json"_s)) {
        out << QJsonDocument(toJson(*capture, assessment)).toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else {
        printText(out, *capture, assessment);
    }
    return ExitOk;
}

} // namespace vd::engine::cli
