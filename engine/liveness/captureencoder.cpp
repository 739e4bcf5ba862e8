// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureencoder.h"

#include "format/imageheader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace vd::engine {

namespace lv = verifydesk::liveness;

namespace {

cv::Mat decode(const std::string &data)
{
    const cv::Mat raw(1, static_cast<int>(data.size()), CV_8UC1, const_cast<char *>(data.data()));
    return cv::imdecode(raw, cv::IMREAD_COLOR);
}

std::string label(const std::vector<std::string> &names, std::size_t index)
{
    return index < names.size() ? names[index] : "frame " + std::to_string(index + 1);
}

// Encodes the frames into an H.264 MP4 through a temporary file: OpenCV's writer only writes
// to files. Frames of another size than the first are scaled to it.
std::string encodeVideo(const std::vector<cv::Mat> &frames, double fps, std::string *error)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/verifydesk-capture-XXXXXX.mp4"));
    if (!file.open()) {
        *error =
            "cannot create a temporary file for the video: " + file.errorString().toStdString();
        return {};
    }
    const std::string path = QFile::encodeName(file.fileName()).toStdString();
    file.close();
    const cv::Size size = frames.front().size();
    {
        cv::VideoWriter writer(path, cv::CAP_FFMPEG, cv::VideoWriter::fourcc('a', 'v', 'c', '1'),
                               fps, size);
        if (!writer.isOpened()) {
            *error = "OpenCV cannot open an H.264 MP4 writer (FFmpeg backend missing?)";
            return {};
        }
        for (const cv::Mat &frame : frames) {
            if (frame.size() == size) {
                writer.write(frame);
            } else {
                cv::Mat scaled;
                cv::resize(frame, scaled, size, 0, 0, cv::INTER_AREA);
                writer.write(scaled);
            }
        }
    }
    QFile written(file.fileName());
    if (!written.open(QIODevice::ReadOnly)) {
        *error = "cannot read back the encoded video: " + written.errorString().toStdString();
        return {};
    }
    return written.readAll().toStdString();
}

} // namespace

CaptureEncoder::CaptureEncoder(format::CaptureBuildOptions options)
    : m_options(std::move(options))
{
}

std::string CaptureEncoder::encodeJpeg(const cv::Mat &bgr, int quality)
{
    std::vector<uchar> out;
    cv::imencode(".jpg", bgr, out, {cv::IMWRITE_JPEG_QUALITY, quality});
    return {out.begin(), out.end()};
}

format::CaptureBuildResult CaptureEncoder::build(const std::vector<std::string> &encodedFrames,
                                                 const std::vector<std::string> &names) const
{
    const bool video = m_options.outputType == lv::VIDEO || m_options.outputType == lv::FULL_VIDEO;
    std::vector<cv::Mat> decoded;
    std::vector<std::string> jpegFrames;
    for (std::size_t i = 0; i < encodedFrames.size(); ++i) {
        const std::string &data = encodedFrames[i];
        const format::ImageHeader header = format::ImageHeader::read(data);
        if (!header.isFrameFormat()) {
            return {std::nullopt, label(names, i) + " is not a JPEG or PNG image"};
        }
        cv::Mat image = decode(data);
        if (image.empty()) {
            return {std::nullopt, label(names, i) + " cannot be decoded (damaged image)"};
        }
        if (video) {
            decoded.push_back(std::move(image));
        } else {
            jpegFrames.push_back(header.format == "jpeg" ? data : encodeJpeg(image));
        }
    }
    format::CaptureBuildOptions options = m_options;
    std::string clip;
    if (!decoded.empty()) {
        std::string error;
        clip = encodeVideo(decoded, m_options.fps, &error);
        if (clip.empty()) {
            return {std::nullopt, error.empty() ? "the video encoder produced no data" : error};
        }
        options.device.set_width(static_cast<unsigned>(decoded.front().cols));
        options.device.set_height(static_cast<unsigned>(decoded.front().rows));
    }
    format::CaptureBuilder builder(options);
    for (std::size_t i = 0; i < jpegFrames.size(); ++i) {
        builder.addFrame(std::move(jpegFrames[i]), -1, lv::MOTION_UNSPECIFIED, label(names, i));
    }
    if (!clip.empty()) {
        builder.setVideo(std::move(clip), "mp4", "h264");
    }
    return builder.build();
}

} // namespace vd::engine
