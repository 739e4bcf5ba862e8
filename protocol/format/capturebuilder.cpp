// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturebuilder.h"

#include "captureformat.h"
#include "capturevocabulary.h"
#include "imageheader.h"

#include <QDateTime>
#include <QUuid>
#include <cmath>

namespace vd::format {

namespace lv = verifydesk::liveness;

namespace {

bool isVideoType(lv::OutputType type)
{
    return type == lv::VIDEO || type == lv::FULL_VIDEO;
}

} // namespace

CaptureBuilder::CaptureBuilder(CaptureBuildOptions options)
    : m_options(std::move(options))
{
}

void CaptureBuilder::addFrame(std::string image, std::int64_t timestampMs, lv::Motion motion,
                              std::string name)
{
    lv::Frame frame;
    frame.set_jpeg(std::move(image));
    frame.set_timestamp_ms(
        timestampMs); // a negative one is resolved in build(), after the fps check
    frame.set_motion(motion);
    m_frames.push_back(std::move(frame));
    m_names.push_back(std::move(name));
}

void CaptureBuilder::setVideo(std::string data, std::string container, std::string codec)
{
    lv::Video video;
    video.set_data(std::move(data));
    video.set_container(std::move(container));
    video.set_codec(std::move(codec));
    video.set_fps(m_options.fps);
    m_video = std::move(video);
}

int CaptureBuilder::frameCount() const
{
    return static_cast<int>(m_frames.size());
}

std::string CaptureBuilder::label(std::size_t index) const
{
    return m_names[index].empty() ? "frame " + std::to_string(index + 1) : m_names[index];
}

std::string CaptureBuilder::check() const
{
    const int maxFps = CaptureLimits().maxFps;
    if (!std::isfinite(m_options.fps) || m_options.fps <= 0 || m_options.fps > maxFps) {
        return "the frame rate must be between 0 and " + std::to_string(maxFps) +
               " frames per second";
    }
    if (m_options.outputType == lv::OUTPUT_TYPE_UNSPECIFIED ||
        !lv::OutputType_IsValid(m_options.outputType)) {
        return "the output type is not set; expected one of " + vocabulary::outputTypeNames();
    }
    const std::string typeName = vocabulary::outputTypeName(m_options.outputType);
    if (isVideoType(m_options.outputType)) {
        if (!m_video) {
            return "the output type " + typeName + " needs a clip, none was given";
        }
        if (m_video->data().empty()) {
            return "the video is empty";
        }
        return {};
    }
    if (m_video) {
        return "a video can only be embedded in a capture of output type video or fullvideo, "
               "not " +
               typeName;
    }
    if (m_frames.empty()) {
        return "no frames to build a capture from";
    }
    if (m_options.outputType == lv::SINGLE_IMG && m_frames.size() != 1) {
        return "the output type singleImg takes exactly one frame, got " +
               std::to_string(m_frames.size());
    }
    for (std::size_t i = 0; i < m_frames.size(); ++i) {
        const ImageHeader header = ImageHeader::read(m_frames[i].jpeg());
        if (!header.isFrameFormat()) {
            return label(i) + " is not a JPEG or PNG image";
        }
        if (!header.hasSize()) {
            return label(i) + " cannot be decoded (damaged image)";
        }
    }
    return {};
}

CaptureBuildResult CaptureBuilder::build() const
{
    if (std::string error = check(); !error.empty()) {
        return {std::nullopt, std::move(error)};
    }
    lv::LivenessCapture capture;
    capture.set_magic(kCaptureMagic);
    capture.set_format_version(kCaptureFormatVersion);
    capture.set_output_type(m_options.outputType);
    for (const lv::Motion motion : m_options.motions) {
        capture.add_motions(motion);
    }
    capture.set_difficulty(m_options.difficulty);
    *capture.mutable_device() = m_options.device;
    capture.set_captured_at_ms(m_options.capturedAtMs >= 0 ? m_options.capturedAtMs
                                                           : QDateTime::currentMSecsSinceEpoch());
    capture.set_capture_id(m_options.captureId.empty()
                               ? QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()
                               : m_options.captureId);
    if (!m_frames.empty() && capture.device().width() == 0) {
        const ImageHeader first = ImageHeader::read(m_frames.front().jpeg());
        capture.mutable_device()->set_width(static_cast<unsigned>(first.width));
        capture.mutable_device()->set_height(static_cast<unsigned>(first.height));
    }
    for (std::size_t i = 0; i < m_frames.size(); ++i) {
        lv::Frame *frame = capture.add_frames();
        *frame = m_frames[i];
        if (frame->timestamp_ms() < 0) {
            frame->set_timestamp_ms(static_cast<std::int64_t>(
                std::llround(static_cast<double>(i) * 1000.0 / m_options.fps)));
        }
    }
    if (m_video) {
        *capture.mutable_video() = *m_video;
    }
    return {std::move(capture), {}};
}

} // namespace vd::format
