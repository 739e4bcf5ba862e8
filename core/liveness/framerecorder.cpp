// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveness/framerecorder.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <memory>
#include <utility>

FrameRecorder::FrameRecorder(PromptSchedule schedule, vd::format::CaptureBuildOptions options,
                             QObject *parent)
    : QObject(parent)
    , m_schedule(std::move(schedule))
    , m_options(std::move(options))
    , m_builder(m_options)
{
}

void FrameRecorder::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void FrameRecorder::start(QVideoSink *sink)
{
    stop();
    m_builder = vd::format::CaptureBuilder(m_options);
    m_firstMs.reset();
    m_nextDueMs = 0;
    m_lastMotion = -1;
    m_lastCountdown = -1;
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] {
            return timer->elapsed();
        };
    }
    m_sink = sink;
    m_recording = true;
    m_connection = connect(sink, &QVideoSink::videoFrameChanged, this, &FrameRecorder::onFrame);
}

void FrameRecorder::stop()
{
    if (!m_recording)
        return;
    disconnect(m_connection);
    m_recording = false;
    emit finished();
}

vd::format::CaptureBuildResult FrameRecorder::result() const
{
    return m_builder.build();
}

QImage FrameRecorder::toImage(const QVideoFrame &frame)
{
    // RGB frames are copied straight from memory: QVideoFrame::toImage() goes through the
    // rendering hardware interface, which needs a GUI application. YUV frames still need it.
    const QImage::Format format =
        QVideoFrameFormat::imageFormatFromPixelFormat(frame.pixelFormat());
    if (format == QImage::Format_Invalid)
        return frame.toImage();
    QVideoFrame mapped(frame);
    if (!mapped.map(QVideoFrame::ReadOnly))
        return {};
    const QImage image(mapped.bits(0), mapped.width(), mapped.height(), mapped.bytesPerLine(0),
                       format);
    QImage copy = image.copy();
    mapped.unmap();
    return copy;
}

qint64 FrameRecorder::frameTimeMs(const QVideoFrame &frame) const
{
    // Camera backends stamp frames in microseconds; a pushed frame may carry no stamp.
    if (frame.startTime() >= 0)
        return frame.startTime() / 1000;
    return m_clock();
}

void FrameRecorder::onFrame(const QVideoFrame &frame)
{
    if (!m_recording || !frame.isValid())
        return;
    const qint64 now = frameTimeMs(frame);
    if (!m_firstMs)
        m_firstMs = now;
    const qint64 elapsed = now - *m_firstMs;
    const PromptSchedule::Prompt prompt = m_schedule.at(elapsed);
    if (prompt.finished) {
        stop();
        return;
    }
    if (int(prompt.motion) != m_lastMotion || prompt.countdownSeconds != m_lastCountdown) {
        m_lastMotion = int(prompt.motion);
        m_lastCountdown = prompt.countdownSeconds;
        emit promptChanged(m_lastMotion, m_lastCountdown);
    }
    if (elapsed < m_nextDueMs)
        return;
    const bool single = m_options.outputType == verifydesk::liveness::SINGLE_IMG;
    if (single && m_builder.frameCount() > 0)
        return;
    const qint64 intervalMs = qMax<qint64>(1, qRound64(1000.0 / m_options.fps));
    // Late frames do not earn a burst of catch-up frames: the next slot starts from this one.
    m_nextDueMs += intervalMs;
    if (m_nextDueMs <= elapsed)
        m_nextDueMs = elapsed + intervalMs;

    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!toImage(frame).save(&buffer, "JPEG", 90))
        return;
    m_builder.addFrame(jpeg.toStdString(), elapsed, prompt.motion);
    emit frameKept(m_builder.frameCount());
}
