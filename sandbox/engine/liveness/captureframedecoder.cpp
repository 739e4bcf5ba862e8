#include "captureframedecoder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <algorithm>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

namespace vd::engine {

namespace lv = verifydesk::liveness;

namespace {

// Indices of `count` items evenly spread over [0, total), first and last included.
std::vector<int> evenSample(int total, int count)
{
    std::vector<int> indices;
    if (total <= count) {
        for (int i = 0; i < total; ++i) {
            indices.push_back(i);
        }
        return indices;
    }
    for (int i = 0; i < count; ++i) {
        indices.push_back(static_cast<int>(
            std::lround(static_cast<double>(i) * (total - 1) / std::max(1, count - 1))));
    }
    return indices;
}

} // namespace

CaptureFrameDecoder::CaptureFrameDecoder()
    : CaptureFrameDecoder(Settings{})
{
}

CaptureFrameDecoder::CaptureFrameDecoder(Settings settings)
    : m_settings(settings)
{
}

CaptureFrames CaptureFrameDecoder::decode(const lv::LivenessCapture &capture) const
{
    const bool video =
        capture.output_type() == lv::VIDEO || capture.output_type() == lv::FULL_VIDEO;
    if (video && !capture.video().data().empty()) {
        return decodeVideo(capture.video());
    }
    return decodeImages(capture);
}

CaptureFrames CaptureFrameDecoder::decodeImages(const lv::LivenessCapture &capture) const
{
    CaptureFrames result;
    result.sourceFrameCount = capture.frames_size();
    for (const int index : evenSample(capture.frames_size(), m_settings.maxFrames)) {
        const lv::Frame &frame = capture.frames(index);
        const cv::Mat raw(1, static_cast<int>(frame.jpeg().size()), CV_8UC1,
                          const_cast<char *>(frame.jpeg().data()));
        // IMREAD_COLOR applies the EXIF orientation and turns greyscale into BGR.
        cv::Mat bgr = cv::imdecode(raw, cv::IMREAD_COLOR);
        if (bgr.empty()) {
            result.frames.clear();
            result.error =
                "frame " + std::to_string(index + 1) + " cannot be decoded (damaged image data)";
            return result;
        }
        result.frames.push_back({std::move(bgr), frame.timestamp_ms(), frame.motion()});
    }
    return result;
}

CaptureFrames CaptureFrameDecoder::decodeVideo(const lv::Video &video) const
{
    CaptureFrames result;
    // OpenCV's FFmpeg backend reads files only, so the clip goes through a private temporary
    // file that is removed when this function returns.
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/verifydesk-video-XXXXXX"));
    if (!file.open() ||
        file.write(video.data().data(), static_cast<qint64>(video.data().size())) !=
            static_cast<qint64>(video.data().size()) ||
        !file.flush()) {
        result.error =
            "cannot write the video to a temporary file: " + file.errorString().toStdString();
        return result;
    }
    const std::string path = QFile::encodeName(file.fileName()).toStdString();
    cv::VideoCapture reader(path, cv::CAP_FFMPEG);
    if (!reader.isOpened()) {
        result.error = "the video (" + std::to_string(video.data().size()) +
                       " bytes, container \"" + video.container() +
                       "\") cannot be opened: not a format FFmpeg can read";
        return result;
    }
    double fps = reader.get(cv::CAP_PROP_FPS);
    if (!std::isfinite(fps) || fps <= 0 || fps > 1000) {
        fps = video.fps() > 0 ? video.fps() : 25.0;
    }
    const int declaredCount = static_cast<int>(reader.get(cv::CAP_PROP_FRAME_COUNT));
    // Keep at most maxRate frames a second, and spread maxFrames over the whole clip when the
    // container says how long it is.
    int stride = std::max(1, static_cast<int>(std::ceil(fps / m_settings.maxRate - 1e-9)));
    if (declaredCount > 0) {
        stride = std::max(
            stride, static_cast<int>(std::ceil(
                        static_cast<double>(std::min(declaredCount, m_settings.maxVideoFrames)) /
                        m_settings.maxFrames)));
    }
    cv::Mat frame;
    int index = 0;
    for (; index < m_settings.maxVideoFrames &&
           static_cast<int>(result.frames.size()) < m_settings.maxFrames;
         ++index) {
        if (!reader.grab()) {
            break;
        }
        if (index % stride != 0) {
            continue;
        }
        if (!reader.retrieve(frame) || frame.empty()) {
            result.frames.clear();
            result.error = "video frame " + std::to_string(index + 1) + " cannot be decoded";
            return result;
        }
        if (frame.cols > m_settings.maxFrameSide || frame.rows > m_settings.maxFrameSide) {
            result.frames.clear();
            result.error = "the video is " + std::to_string(frame.cols) + "x" +
                           std::to_string(frame.rows) + " px, over the limit of " +
                           std::to_string(m_settings.maxFrameSide) + " px a side";
            return result;
        }
        const auto timestamp = static_cast<std::int64_t>(std::llround(index * 1000.0 / fps));
        result.frames.push_back({frame.clone(), timestamp, lv::MOTION_UNSPECIFIED});
    }
    result.sourceFrameCount = declaredCount > 0 ? declaredCount : index;
    if (result.frames.empty()) {
        result.error = "the video holds no frame that can be decoded";
    }
    return result;
}

} // namespace vd::engine
