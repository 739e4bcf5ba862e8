// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/capturebuilder.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class BuildCaptureDialog;
class CaptureMaker;
class CaptureOptionsForm;
class FrameRecorder;
class QCamera;
class QComboBox;
class QGroupBox;
class QLabel;
class QMediaCaptureSession;
class QMediaDevices;
class QPushButton;
class QVideoFrame;
class QVideoSink;
struct CaptureMakeResult;

// The workbench's Record tab: records an open-format capture from a camera, prompting the
// person through the chosen motions with a countdown each, and saves it; without a camera it
// says why and still builds captures from frames or a video. The frames come through the page's
// video sink, which the camera feeds (or a test).
class RecorderPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecorderPage(QWidget *parent = nullptr);
    ~RecorderPage() override;

    static QString tabTitle();
    // What the screen asks the person to do, in the UI language.
    static QString motionPrompt(verifydesk::liveness::Motion motion);

    QVideoSink *videoSink() const { return m_sink; }
    CaptureOptionsForm *optionsForm() const { return m_options; }
    BuildCaptureDialog *buildDialog() const { return m_buildDialog; }
    QLabel *cameraMessage() const { return m_cameraMessage; }
    QLabel *promptLabel() const { return m_prompt; }
    QLabel *countdownLabel() const { return m_countdown; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *sendButton() const { return m_send; }
    bool isRecording() const;
    bool hasCamera() const;
    // The capture recorded and not yet saved.
    const std::optional<verifydesk::liveness::LivenessCapture> &recorded() const
    {
        return m_recorded;
    }
    // The last capture saved or built, which Send to verification hands over.
    QString savedPath() const { return m_savedPath; }
    // capture-<time>.protobuf in the documents folder.
    QString defaultFileName() const;

public slots:
    // Records from the video sink: the camera chosen feeds it when there is one.
    void startRecording();
    void stopRecording();
    void cancel();
    void chooseSave();
    // Writes the recording to path; captureSaved() or the status line's reason follows.
    void saveTo(const QString &path);
    void openBuildDialog();
    void sendToVerification();

signals:
    // A capture was written (recorded or built): the workbench shows it in the Inspect tab.
    void captureSaved(const QString &path);
    void verificationRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshCameras();
    void refreshResolutions();
    void startCamera();
    void stopCamera();
    void showFrame(const QVideoFrame &frame);
    void showPrompt(int motion, int countdownSeconds);
    void onRecordingFinished();
    void onSaved(const QString &path);
    void onMade(const CaptureMakeResult &result);
    void setStatus(const QString &text);
    static QString liveViewHint();
    void updateButtons();

    CaptureOptionsForm *m_options;
    QComboBox *m_cameraBox;
    QComboBox *m_resolutionBox;
    QLabel *m_cameraLabel;
    QLabel *m_resolutionLabel;
    QLabel *m_cameraMessage;
    QLabel *m_view;
    QLabel *m_step;
    QLabel *m_prompt;
    QLabel *m_countdown;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_cancel;
    QPushButton *m_build;
    QPushButton *m_save;
    QPushButton *m_send;
    QGroupBox *m_settings;
    QMediaDevices *m_devices;
    QMediaCaptureSession *m_session;
    QVideoSink *m_sink;
    QPointer<QCamera> m_camera;
    FrameRecorder *m_recorder = nullptr;
    CaptureMaker *m_maker;
    BuildCaptureDialog *m_buildDialog;
    std::optional<verifydesk::liveness::LivenessCapture> m_recorded;
    vd::format::CaptureBuildOptions m_recordOptions; // what the recording was started with
    QString m_savedPath;
    QString m_cameraProblem;
    int m_stepIndex = 0;
    int m_lastCountdown = 0;
    int m_lastMotion = -1;
    bool m_cancelled = false;
};
