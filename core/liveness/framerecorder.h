// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/capturebuilder.h"
#include "liveness/promptschedule.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QImage;
class QVideoFrame;
class QVideoSink;

// Collects the frames of one recording from a QVideoSink: keeps the chosen rate, stamps each
// frame with its time and the motion the schedule asks for then, and stops when the schedule
// ends. The capture itself is made by the one builder of the open format.
class FrameRecorder : public QObject
{
    Q_OBJECT

public:
    // Milliseconds on a monotonic clock; used when a frame carries no start time.
    using Clock = std::function<qint64()>;

    FrameRecorder(PromptSchedule schedule, vd::format::CaptureBuildOptions options,
                  QObject *parent = nullptr);

    // A test hands in its own clock; the default is a QElapsedTimer started by start().
    void setClock(Clock clock);

    void start(QVideoSink *sink);
    void stop();
    bool isRecording() const { return m_recording; }
    int frameCount() const { return m_builder.frameCount(); }
    const PromptSchedule &schedule() const { return m_schedule; }

    // The capture of the frames kept so far, or what is wrong with them.
    vd::format::CaptureBuildResult result() const;

signals:
    void promptChanged(int motion, int countdownSeconds);
    void frameKept(int count);
    void finished();

private:
    void onFrame(const QVideoFrame &frame);
    qint64 frameTimeMs(const QVideoFrame &frame) const;
    static QImage toImage(const QVideoFrame &frame);

    PromptSchedule m_schedule;
    vd::format::CaptureBuildOptions m_options;
    vd::format::CaptureBuilder m_builder;
    Clock m_clock;
    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_connection;
    std::optional<qint64> m_firstMs;
    qint64 m_nextDueMs = 0;
    int m_lastMotion = -1;
    int m_lastCountdown = -1;
    bool m_recording = false;
};
