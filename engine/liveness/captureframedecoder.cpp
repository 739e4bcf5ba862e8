// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureframedecoder.h"

#include "format/imageheader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <algorithm>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
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

std::string budgetExceeded(int framesDone)
{
    return std::string(CaptureFrameDecoder::BudgetExceeded) +
           ": the liveness data could not be assessed in time (stopped after " +
           std::to_string(framesDone) + " frames)";
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

cv::Mat CaptureFrameDecoder::bounded(cv::Mat frame) const
{
    const int longer = std::max(frame.cols, frame.rows);
    if (longer <= m_settings.maxAnalysedSide || m_settings.maxAnalysedSide <= 0) {
        return frame;
    }
    const double scale = static_cast<double>(m_settings.maxAnalysedSide) / longer;
    cv::Mat smaller;
    cv::resize(frame, smaller, cv::Size(), scale, scale, cv::INTER_AREA);
    return smaller;
}

std::string CaptureFrameDecoder::forEachFrame(const lv::LivenessCapture &capture,
                                              const std::function<void(CaptureFrame &&)> &visit,
                                              int *sourceFrameCount, Clock::time_point deadline,
                                              const PlanCallback &onPlan) const
{
    int count = 0;
    const bool video =
        capture.output_type() == lv::VIDEO || capture.output_type() == lv::FULL_VIDEO;
    std::string error = video && !capture.video().data().empty()
                            ? forEachVideoFrame(capture.video(), visit, &count, deadline, onPlan)
                            : forEachImage(capture, visit, &count, deadline, onPlan);
    if (sourceFrameCount) {
        *sourceFrameCount = count;
    }
    return error;
}

CaptureFrames CaptureFrameDecoder::decode(const lv::LivenessCapture &capture) const
{
    CaptureFrames result;
    result.error = forEachFrame(
        capture, [&](CaptureFrame &&frame) { result.frames.push_back(std::move(frame)); },
        &result.sourceFrameCount);
    if (!result.error.empty()) {
        result.frames.clear();
    }
    return result;
}

std::string CaptureFrameDecoder::forEachImage(const lv::LivenessCapture &capture,
                                              const std::function<void(CaptureFrame &&)> &visit,
                                              int *sourceFrameCount, Clock::time_point deadline,
                                              const PlanCallback &onPlan) const
{
    *sourceFrameCount = capture.frames_size();
    // As many frames as the pixel budget allows, judged by the largest frame's header.
    std::int64_t largest = 1;
    for (const lv::Frame &frame : capture.frames()) {
        const format::ImageHeader header = format::ImageHeader::read(frame.jpeg());
        largest = std::max<std::int64_t>(largest, std::int64_t(header.width) * header.height);
    }
    const int affordable = static_cast<int>(
        std::clamp<std::int64_t>(m_settings.maxDecodedPixels / largest,
                                 std::min(2, m_settings.maxFrames), m_settings.maxFrames));
    const std::vector<int> sample = evenSample(capture.frames_size(), affordable);
    if (onPlan) {
        onPlan(static_cast<int>(sample.size()));
    }
    int done = 0;
    for (const int index : sample) {
        if (Clock::now() >= deadline) {
            return budgetExceeded(done);
        }
        ++done;
        const lv::Frame &frame = capture.frames(index);
        const cv::Mat raw(1, static_cast<int>(frame.jpeg().size()), CV_8UC1,
                          const_cast<char *>(frame.jpeg().data()));
        // IMREAD_COLOR applies the EXIF orientation and turns greyscale into BGR.
        cv::Mat bgr = cv::imdecode(raw, cv::IMREAD_COLOR);
        if (bgr.empty()) {
            return "frame " + std::to_string(index + 1) + " cannot be decoded (damaged image data)";
        }
        visit({bounded(std::move(bgr)), frame.timestamp_ms(), frame.motion()});
    }
    return {};
}

std::string CaptureFrameDecoder::forEachVideoFrame(
    const lv::Video &video, const std::function<void(CaptureFrame &&)> &visit,
    int *sourceFrameCount, Clock::time_point deadline, const PlanCallback &onPlan) const
{
    // OpenCV's FFmpeg backend reads files only, so the clip goes through a private temporary
    // file that is removed when this function returns.
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/verifydesk-video-XXXXXX"));
    if (!file.open() ||
        file.write(video.data().data(), static_cast<qint64>(video.data().size())) !=
            static_cast<qint64>(video.data().size()) ||
        !file.flush()) {
        return "cannot write the video to a temporary file: " + file.errorString().toStdString();
    }
    const std::string path = QFile::encodeName(file.fileName()).toStdString();
    cv::VideoCapture reader(path, cv::CAP_FFMPEG);
    if (!reader.isOpened()) {
        return "the video (" + std::to_string(video.data().size()) + " bytes, container \"" +
               video.container() + "\") cannot be opened: not a format FFmpeg can read";
    }
    double fps = reader.get(cv::CAP_PROP_FPS);
    if (!std::isfinite(fps) || fps <= 0 || fps > 1000) {
        fps = video.fps() > 0 ? video.fps() : 25.0;
    }
    const int declaredCount = static_cast<int>(reader.get(cv::CAP_PROP_FRAME_COUNT));
    // Every frame read is decoded, kept or not: the pixel budgets bound how many are read and
    // how many are kept.
    const std::int64_t framePixels = std::max<std::int64_t>(
        1, static_cast<std::int64_t>(reader.get(cv::CAP_PROP_FRAME_WIDTH)) *
               static_cast<std::int64_t>(reader.get(cv::CAP_PROP_FRAME_HEIGHT)));
    const int maxRead = static_cast<int>(std::clamp<std::int64_t>(
        m_settings.maxVideoDecodedPixels / framePixels, std::min(2, m_settings.maxVideoFrames),
        m_settings.maxVideoFrames));
    const int maxKept = static_cast<int>(
        std::clamp<std::int64_t>(m_settings.maxDecodedPixels / framePixels,
                                 std::min(2, m_settings.maxFrames), m_settings.maxFrames));
    // Keep at most maxRate frames a second, and spread the kept frames over as much of the
    // clip as may be read when the container says how long it is.
    int stride = std::max(1, static_cast<int>(std::ceil(fps / m_settings.maxRate - 1e-9)));
    int planned = 0;
    if (declaredCount > 0) {
        const int readable = std::min(declaredCount, maxRead);
        stride =
            std::max(stride, static_cast<int>(std::ceil(static_cast<double>(readable) / maxKept)));
        planned = std::min(maxKept, (readable + stride - 1) / stride);
    }
    if (onPlan) {
        onPlan(planned);
    }
    cv::Mat frame;
    int index = 0;
    int kept = 0;
    for (; index < maxRead && kept < maxKept; ++index) {
        if (Clock::now() >= deadline) {
            return budgetExceeded(index);
        }
        if (!reader.grab()) {
            break;
        }
        if (index % stride != 0) {
            continue;
        }
        if (!reader.retrieve(frame) || frame.empty()) {
            return "video frame " + std::to_string(index + 1) + " cannot be decoded";
        }
        if (frame.cols > m_settings.maxFrameSide || frame.rows > m_settings.maxFrameSide) {
            return "the video is " + std::to_string(frame.cols) + "x" + std::to_string(frame.rows) +
                   " px, over the limit of " + std::to_string(m_settings.maxFrameSide) +
                   " px a side";
        }
        const auto timestamp = static_cast<std::int64_t>(std::llround(index * 1000.0 / fps));
        visit({bounded(frame.clone()), timestamp, lv::MOTION_UNSPECIFIED});
        ++kept;
    }
    *sourceFrameCount = declaredCount > 0 ? declaredCount : index;
    if (kept == 0) {
        return "the video holds no frame that can be decoded";
    }
    return {};
}

} // namespace vd::engine
