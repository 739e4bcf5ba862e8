// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>

class QCamera;
class QComboBox;
class QImageCapture;
class QLabel;
class QMediaCaptureSession;
class QPushButton;
class QVideoWidget;

// Takes a selfie from a camera: camera picker, live preview and shutter. Says so plainly and
// keeps the shutter disabled when the machine has no camera.
class CameraDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CameraDialog(QWidget *parent = nullptr);
    ~CameraDialog() override;

    // The photo taken; null until the shutter was pressed and the camera delivered it.
    QImage capturedImage() const { return m_image; }
    bool hasCamera() const;

private:
    void startCamera(int index);
    void showMessage(const QString &text);

    QComboBox *m_cameraBox;
    QVideoWidget *m_preview;
    QLabel *m_message;
    QPushButton *m_shutter;
    QMediaCaptureSession *m_session;
    QCamera *m_camera = nullptr;
    QImageCapture *m_capture;
    QImage m_image;
};
