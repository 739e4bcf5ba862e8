// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturefile.h"

#include "format/capturereader.h"
#include "format/capturevocabulary.h"
#include "wiretree.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;
namespace vocabulary = vd::format::vocabulary;

namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QString sha256(const std::string &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayView(bytes.data(), qsizetype(bytes.size())),
                                 QCryptographicHash::Sha256)
            .toHex());
}

} // namespace

bool CaptureFile::claimsOpenFormat(const WireTree &tree)
{
    for (int id : tree.topLevel()) {
        const WireNode &node = tree.node(id);
        if (node.field == 1)
            return node.kind == WireNode::Kind::Text &&
                   node.text == QLatin1StringView(vd::format::kCaptureMagic);
    }
    return false;
}

CaptureFile CaptureFile::read(const QString &path)
{
    CaptureFile result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("The file %1 cannot be opened: %2").arg(path, file.errorString());
        return result;
    }
    const vd::format::CaptureLimits limits;
    if (file.size() > qint64(limits.maxBytes)) {
        result.error = tr("The file is %1, over the open format's limit of %2.")
                           .arg(QLocale().formattedDataSize(file.size()),
                                QLocale().formattedDataSize(qint64(limits.maxBytes)));
        return result;
    }
    const QByteArray data = file.readAll();
    vd::format::CaptureReadResult read = vd::format::readCapture(data.toStdString(), limits);
    if (!read.capture) {
        result.error = text(read.error);
        return result;
    }
    result.capture = std::move(read.capture);
    return result;
}

QString CaptureFile::write(const QString &path, const lv::LivenessCapture &capture)
{
    const std::string bytes = capture.SerializeAsString();
    const vd::format::CaptureReadResult check = vd::format::readCapture(bytes);
    if (!check.capture)
        return tr("The capture would not be accepted: %1").arg(text(check.error));
    QSaveFile out(path);
    // The permissions go on the temporary file before the first byte: a capture holds faces.
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !out.commit())
        return tr("The capture cannot be written to %1: %2").arg(path, out.errorString());
    return {};
}

QJsonObject CaptureFile::toJson(const lv::LivenessCapture &capture)
{
    QJsonArray motions;
    for (int motion : capture.motions())
        motions.append(text(vocabulary::motionName(static_cast<lv::Motion>(motion))));
    const lv::DeviceInfo &device = capture.device();
    const QJsonObject deviceJson{
        {u"manufacturer"_s, text(device.manufacturer())},
        {u"model"_s, text(device.model())},
        {u"os"_s, text(device.os())},
        {u"os_version"_s, text(device.os_version())},
        {u"sdk_version"_s, text(device.sdk_version())},
        {u"camera"_s, text(device.camera())},
        {u"width"_s, qint64(device.width())},
        {u"height"_s, qint64(device.height())},
    };
    QJsonArray frames;
    for (int i = 0; i < capture.frames_size(); ++i) {
        const lv::Frame &frame = capture.frames(i);
        frames.append(QJsonObject{
            {u"index"_s, i},
            {u"timestamp_ms"_s, qint64(frame.timestamp_ms())},
            {u"motion"_s, text(vocabulary::motionName(frame.motion()))},
            {u"bytes"_s, qint64(frame.jpeg().size())},
            {u"sha256"_s, sha256(frame.jpeg())},
        });
    }
    qint64 duration = 0;
    if (capture.frames_size() > 0) {
        const auto [first, last] = std::minmax_element(
            capture.frames().begin(), capture.frames().end(),
            [](const auto &a, const auto &b) { return a.timestamp_ms() < b.timestamp_ms(); });
        duration = last->timestamp_ms() - first->timestamp_ms();
    }
    QJsonObject json{
        {u"format_version"_s, qint64(capture.format_version())},
        {u"output_type"_s, text(vocabulary::outputTypeName(capture.output_type()))},
        {u"motions"_s, motions},
        {u"difficulty"_s, capture.difficulty() == lv::DIFFICULTY_UNSPECIFIED
                              ? QString()
                              : text(vocabulary::difficultyName(capture.difficulty()))},
        {u"device"_s, deviceJson},
        {u"captured_at_ms"_s, qint64(capture.captured_at_ms())},
        {u"capture_id"_s, text(capture.capture_id())},
        {u"frame_count"_s, capture.frames_size()},
        {u"duration_ms"_s, duration},
        {u"frames"_s, frames},
    };
    if (capture.has_video() && !capture.video().data().empty()) {
        const lv::Video &video = capture.video();
        json.insert(u"video"_s, QJsonObject{
                                    {u"bytes"_s, qint64(video.data().size())},
                                    {u"sha256"_s, sha256(video.data())},
                                    {u"container"_s, text(video.container())},
                                    {u"codec"_s, text(video.codec())},
                                    {u"fps"_s, video.fps()},
                                });
    }
    return json;
}
