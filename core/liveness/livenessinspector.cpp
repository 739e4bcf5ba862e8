// SPDX-License-Identifier: GPL-3.0-or-later
#include "livenessinspector.h"

#include "format/capturereader.h"
#include "format/capturevocabulary.h"
#include "livenesscapture.pb.h"
#include "wirereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

void setProblem(LivenessReport &report, LivenessReport::Problem problem, const QString &message,
                qint64 offset = -1)
{
    report.wellFormed = false;
    report.problem = problem;
    report.problemMessage = message;
    report.problemOffset = offset;
}

LivenessReport::Problem problemOf(WireError::Code code)
{
    switch (code) {
    case WireError::Code::Truncated:
        return LivenessReport::Problem::Truncated;
    case WireError::Code::FieldZero:
        return LivenessReport::Problem::InvalidTag;
    case WireError::Code::BadWireType:
        return LivenessReport::Problem::BadWireType;
    case WireError::Code::UnmatchedEndGroup:
    case WireError::Code::BadGroup:
        return LivenessReport::Problem::BadGroup;
    default:
        return LivenessReport::Problem::Malformed;
    }
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// The summary of an open capture, read by the same bounded reader as the server's: a capture
// the server would refuse is reported with the reader's reason instead.
void readOpenFormat(const QByteArray &data, LivenessReport &report)
{
    namespace lv = verifydesk::liveness;
    namespace vocabulary = vd::format::vocabulary;
    const std::string bytes = data.toStdString();
    if (!vd::format::hasCaptureMagic(bytes))
        return;
    report.openFormat = true;
    const vd::format::CaptureReadResult read = vd::format::readCapture(bytes);
    if (!read.capture) {
        report.openFormatError = fromStd(read.error);
        return;
    }
    const lv::LivenessCapture &capture = *read.capture;
    report.formatVersion = capture.format_version();
    report.outputType = fromStd(vocabulary::outputTypeName(capture.output_type()));
    for (int motion : capture.motions())
        report.motions.append(fromStd(vocabulary::motionName(static_cast<lv::Motion>(motion))));
    report.difficulty = capture.difficulty() == lv::DIFFICULTY_UNSPECIFIED
                            ? LivenessInspector::tr("unspecified")
                            : fromStd(vocabulary::difficultyName(capture.difficulty()));
    report.frameCount = capture.frames_size();
    report.hasVideo = capture.has_video() && !capture.video().data().empty();
    if (capture.frames_size() > 0) {
        const auto [first, last] = std::minmax_element(
            capture.frames().begin(), capture.frames().end(),
            [](const auto &a, const auto &b) { return a.timestamp_ms() < b.timestamp_ms(); });
        report.durationMs = last->timestamp_ms() - first->timestamp_ms();
    }
    const auto &device = capture.device();
    QStringList parts;
    const QString maker = QString::fromStdString(device.manufacturer());
    const QString model = QString::fromStdString(device.model());
    const QString hardware = QStringList{maker, model}.join(u' ').trimmed();
    if (!hardware.isEmpty())
        parts.append(hardware);
    const QString os = QString(QString::fromStdString(device.os()) + u' ' +
                               QString::fromStdString(device.os_version()))
                           .trimmed();
    if (!os.isEmpty())
        parts.append(os);
    report.device = parts.join(u", "_s);
    report.capturedAtMs = capture.captured_at_ms();
    report.captureId = QString::fromStdString(capture.capture_id());
}

} // namespace

QString LivenessReport::summary() const
{
    const QString size = QLocale().formattedDataSize(bytes);
    if (problem == Problem::CannotOpen || problem == Problem::TooLargeToInspect ||
        problem == Problem::Empty)
        return problemMessage;
    if (!wellFormed)
        return LivenessInspector::tr("%1, not well-formed protobuf: %2").arg(size, problemMessage);
    if (!openFormat)
        return LivenessInspector::tr(
                   "%1, protobuf wire format with %2 top-level fields (the vendor's encrypted "
                   "format or another message)")
            .arg(size)
            .arg(topLevelFields);
    if (!openFormatError.isEmpty())
        return LivenessInspector::tr("%1, VerifyDesk open capture, but not a valid one: %2")
            .arg(size, openFormatError);
    const QString motionText =
        motions.isEmpty() ? LivenessInspector::tr("none") : motions.join(u", "_s);
    const QString deviceText = device.isEmpty() ? LivenessInspector::tr("unknown device") : device;
    if (hasVideo)
        return LivenessInspector::tr(
                   "%1, VerifyDesk open capture (%2): video, motions %3, difficulty %4, %5")
            .arg(size, outputType, motionText, difficulty, deviceText);
    return LivenessInspector::tr(
               "%1, VerifyDesk open capture (%2): %3 frames over %4 ms, motions %5, difficulty "
               "%6, %7")
        .arg(size, outputType)
        .arg(frameCount)
        .arg(durationMs)
        .arg(motionText, difficulty, deviceText);
}

LivenessReport LivenessInspector::inspect(const QString &path)
{
    LivenessReport report;
    report.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setProblem(report, LivenessReport::Problem::CannotOpen,
                   LivenessInspector::tr("The file %1 cannot be opened: %2")
                       .arg(path, file.errorString()));
        return report;
    }
    report.bytes = file.size();
    if (report.bytes > MaxInspectBytes) {
        setProblem(report, LivenessReport::Problem::TooLargeToInspect,
                   LivenessInspector::tr(
                       "The file is %1; only files up to %2 are inspected. It can still be sent.")
                       .arg(QLocale().formattedDataSize(report.bytes),
                            QLocale().formattedDataSize(MaxInspectBytes)));
        return report;
    }
    const QByteArray data = file.readAll();
    if (data.size() != report.bytes) {
        setProblem(
            report, LivenessReport::Problem::CannotOpen,
            LivenessInspector::tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
        return report;
    }
    LivenessReport inspected = inspectData(data);
    inspected.path = path;
    return inspected;
}

LivenessReport LivenessInspector::inspectData(const QByteArray &data)
{
    LivenessReport report;
    report.bytes = data.size();
    if (data.isEmpty()) {
        setProblem(
            report, LivenessReport::Problem::Empty,
            LivenessInspector::tr("The file is empty: a liveness capture always holds data."));
        return report;
    }
    if (report.bytes > MaxInspectBytes) {
        setProblem(report, LivenessReport::Problem::TooLargeToInspect,
                   LivenessInspector::tr(
                       "The data is %1; only up to %2 is inspected. It can still be sent.")
                       .arg(QLocale().formattedDataSize(report.bytes),
                            QLocale().formattedDataSize(MaxInspectBytes)));
        return report;
    }
    WireReader reader(reinterpret_cast<const uchar *>(data.constData()), data.size());
    WireField field;
    int fields = 0;
    while (reader.next(&field))
        ++fields;
    const WireError &error = reader.error();
    if (error.isError()) {
        setProblem(report, problemOf(error.code), error.message, error.offset);
        return report;
    }
    report.wellFormed = true;
    report.topLevelFields = fields;
    readOpenFormat(data, report);
    return report;
}
