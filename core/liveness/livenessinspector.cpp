// SPDX-License-Identifier: GPL-3.0-or-later
#include "livenessinspector.h"

#include "format/capturereader.h"
#include "format/capturevocabulary.h"
#include "livenesscapture.pb.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <algorithm>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/unknown_field_set.h>
#include <google/protobuf/wire_format_lite.h>

using namespace Qt::StringLiterals;
using google::protobuf::UnknownFieldSet;
using google::protobuf::internal::WireFormatLite;
namespace pbio = google::protobuf::io;

namespace {

void setProblem(LivenessReport &report, LivenessReport::Problem problem, const QString &message,
                qint64 offset = -1)
{
    report.wellFormed = false;
    report.problem = problem;
    report.problemMessage = message;
    report.problemOffset = offset;
}

// Reads a varint at pos without libprotobuf's help only to say *why* a field failed; the
// verdict itself always comes from UnknownFieldSet.
bool peekVarint(const QByteArray &data, qint64 pos, quint64 *value, qint64 *next)
{
    quint64 result = 0;
    for (int shift = 0; shift < 64 && pos < data.size(); shift += 7, ++pos) {
        const auto byte = quint8(data.at(pos));
        result |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = result;
            *next = pos + 1;
            return true;
        }
    }
    return false;
}

// Walks the top level field by field with libprotobuf to find where and why parsing fails.
void diagnose(const QByteArray &data, LivenessReport &report)
{
    const auto *bytes = reinterpret_cast<const quint8 *>(data.constData());
    pbio::CodedInputStream input(bytes, int(data.size()));
    while (input.CurrentPosition() < data.size()) {
        const qint64 pos = input.CurrentPosition();
        const quint32 tag = input.ReadTag();
        if (tag == 0) {
            if (quint8(data.at(pos)) == 0)
                setProblem(report, LivenessReport::Problem::InvalidTag,
                           LivenessInspector::tr(
                               "Byte %1 holds field number 0, which protobuf does not allow.")
                               .arg(pos),
                           pos);
            else
                setProblem(
                    report, LivenessReport::Problem::Truncated,
                    LivenessInspector::tr("The data ends inside a field tag at byte %1.").arg(pos),
                    pos);
            return;
        }
        const int field = WireFormatLite::GetTagFieldNumber(tag);
        const int wireType = WireFormatLite::GetTagWireType(tag);
        if (field == 0) {
            setProblem(report, LivenessReport::Problem::InvalidTag,
                       LivenessInspector::tr(
                           "Byte %1 holds field number 0, which protobuf does not allow.")
                           .arg(pos),
                       pos);
            return;
        }
        if (wireType > WireFormatLite::WIRETYPE_FIXED32) {
            setProblem(
                report, LivenessReport::Problem::BadWireType,
                LivenessInspector::tr("Field %1 at byte %2 has wire type %3, which does not exist.")
                    .arg(field)
                    .arg(pos)
                    .arg(wireType),
                pos);
            return;
        }
        if (wireType == WireFormatLite::WIRETYPE_END_GROUP) {
            setProblem(
                report, LivenessReport::Problem::BadGroup,
                LivenessInspector::tr("Field %1 at byte %2 ends a group that was never started.")
                    .arg(field)
                    .arg(pos),
                pos);
            return;
        }
        const qint64 valueStart = input.CurrentPosition();
        if (WireFormatLite::SkipField(&input, tag))
            continue;

        const qint64 remaining = data.size() - valueStart;
        quint64 length = 0;
        qint64 next = 0;
        switch (wireType) {
        case WireFormatLite::WIRETYPE_LENGTH_DELIMITED:
            if (peekVarint(data, valueStart, &length, &next) &&
                length > quint64(data.size() - next)) {
                setProblem(report, LivenessReport::Problem::Truncated,
                           LivenessInspector::tr(
                               "Field %1 at byte %2 declares %3 bytes, but only %4 remain: the "
                               "file is truncated.")
                               .arg(field)
                               .arg(pos)
                               .arg(length)
                               .arg(data.size() - next),
                           pos);
                return;
            }
            break;
        case WireFormatLite::WIRETYPE_FIXED64:
        case WireFormatLite::WIRETYPE_FIXED32: {
            const int width = wireType == WireFormatLite::WIRETYPE_FIXED64 ? 8 : 4;
            if (remaining < width) {
                setProblem(report, LivenessReport::Problem::Truncated,
                           LivenessInspector::tr(
                               "Field %1 at byte %2 needs %3 bytes, but only %4 remain: the file "
                               "is truncated.")
                               .arg(field)
                               .arg(pos)
                               .arg(width)
                               .arg(remaining),
                           pos);
                return;
            }
            break;
        }
        case WireFormatLite::WIRETYPE_VARINT:
            if (!peekVarint(data, valueStart, &length, &next)) {
                setProblem(
                    report, LivenessReport::Problem::Truncated,
                    LivenessInspector::tr("Field %1 at byte %2 ends inside its number: the file is "
                                          "truncated.")
                        .arg(field)
                        .arg(pos),
                    pos);
                return;
            }
            break;
        case WireFormatLite::WIRETYPE_START_GROUP:
            setProblem(report, LivenessReport::Problem::BadGroup,
                       LivenessInspector::tr(
                           "The group of field %1 at byte %2 is damaged or never closed.")
                           .arg(field)
                           .arg(pos),
                       pos);
            return;
        default:
            break;
        }
        setProblem(
            report, LivenessReport::Problem::Malformed,
            LivenessInspector::tr("Field %1 at byte %2 cannot be parsed.").arg(field).arg(pos),
            pos);
        return;
    }
    setProblem(report, LivenessReport::Problem::Malformed,
               LivenessInspector::tr("libprotobuf rejects the data as protobuf wire format."));
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
    UnknownFieldSet fields;
    pbio::CodedInputStream input(reinterpret_cast<const quint8 *>(data.constData()),
                                 int(data.size()));
    if (fields.ParseFromCodedStream(&input) && input.ConsumedEntireMessage() &&
        input.CurrentPosition() == data.size()) {
        report.wellFormed = true;
        report.topLevelFields = fields.field_count();
        readOpenFormat(data, report);
        return report;
    }
    diagnose(data, report);
    return report;
}
