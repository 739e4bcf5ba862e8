// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/capturebuilder.h"

#include <QByteArrayList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <memory>

class QTemporaryDir;
class QTimer;

// What a build said: the capture written, or why not.
struct CaptureMakeResult
{
    enum class Status
    {
        Ok,
        Cancelled,
        EngineMissing,
        Failed, // the engine refused the input, or the file could not be written
        TimedOut
    };
    Status status = Status::Failed;
    QString message; // translated; empty when Ok
    QString path;    // the capture written when Ok
};
Q_DECLARE_METATYPE(CaptureMakeResult)

// Builds an open-format capture from image files, encoded frames or a video by running
// `verifydesk-engine make-liveness` (or `frames`, from another capture) in a process of its own:
// the same builder and encoder as the command line (PNG frames become JPEG, frames become an H.264
// clip for the video types) without linking OpenCV into the client, cancellable and time-bounded.
// The engine writes into a private folder; the result is then installed at the destination as a
// 0600 file.
class CaptureMaker : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 300000;

    explicit CaptureMaker(QObject *parent = nullptr);
    ~CaptureMaker() override;

    // Replaces the engine found by EngineCheck::findEngine() (tests).
    void setEngine(const QString &program) { m_engine = program; }

    bool isRunning() const;
    // JPEG or PNG files, in capture order (the order given, not their names').
    void startFromImages(const QStringList &images, const vd::format::CaptureBuildOptions &options,
                         const QString &destination);
    // Already encoded JPEG or PNG frames, in capture order.
    void startFromFrames(const QByteArrayList &frames,
                         const vd::format::CaptureBuildOptions &options,
                         const QString &destination);
    // A clip embedded as it is.
    void startFromVideo(const QString &video, const vd::format::CaptureBuildOptions &options,
                        const QString &destination);
    // The frames of a capture as the engine decodes them (an embedded clip's, sampled), as a
    // multiImg capture: for a player that cannot decode the clip (`verifydesk-engine frames`).
    void startFromCapture(const QString &capture, const QString &destination);
    void cancel();

signals:
    void finished(const CaptureMakeResult &result);

private:
    bool prepare();
    void startFromStaged(const QStringList &images, const QByteArrayList &frames,
                         const vd::format::CaptureBuildOptions &options,
                         const QString &destination);
    // Writes each frame as a numbered file of the private folder, so that the engine's
    // sorted-by-name reading keeps the order.
    bool stageFrames(const QStringList &images, const QByteArrayList &frames);
    void makeLiveness(const QStringList &source, const vd::format::CaptureBuildOptions &options);
    // Runs the engine with these arguments and "-o" the private folder's capture file.
    void run(QStringList arguments);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void finish(CaptureMakeResult::Status status, const QString &message);
    QString install();

    QString m_engine;
    QString m_destination;
    std::unique_ptr<QTemporaryDir> m_folder;
    QPointer<QProcess> m_process;
    QTimer *m_timer;
    bool m_cancelled = false;
};
