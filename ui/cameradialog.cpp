// SPDX-License-Identifier: GPL-3.0-or-later
#include "cameradialog.h"

#include <QCamera>
#include <QCameraDevice>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QImageCapture>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoWidget>

using namespace Qt::StringLiterals;

CameraDialog::CameraDialog(QWidget *parent)
    : QDialog(parent)
    , m_cameraBox(new QComboBox(this))
    , m_preview(new QVideoWidget(this))
    , m_message(new QLabel(this))
    , m_shutter(new QPushButton(tr("&Take photo"), this))
    , m_session(new QMediaCaptureSession(this))
    , m_capture(new QImageCapture(this))
{
    setWindowTitle(tr("Take a selfie with a camera"));
    setObjectName(u"cameraDialog"_s);
    m_cameraBox->setObjectName(u"cameraBox"_s);
    m_message->setObjectName(u"cameraMessage"_s);
    m_message->setWordWrap(true);
    m_shutter->setObjectName(u"shutterButton"_s);
    m_preview->setMinimumSize(480, 360);

    auto *form = new QFormLayout;
    auto *cameraLabel = new QLabel(tr("&Camera:"), this);
    cameraLabel->setBuddy(m_cameraBox);
    form->addRow(cameraLabel, m_cameraBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_shutter, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_session->setVideoOutput(m_preview);
    m_session->setImageCapture(m_capture);

    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (const QCameraDevice &device : cameras)
        m_cameraBox->addItem(device.description());
    if (cameras.isEmpty()) {
        m_cameraBox->setEnabled(false);
        m_shutter->setEnabled(false);
        m_preview->hide();
        showMessage(tr("No camera was found on this computer. Connect a camera and open this "
                       "dialog again, or give the selfie as a file, a URL or an image_id."));
        return;
    }

    connect(m_cameraBox, &QComboBox::currentIndexChanged, this, &CameraDialog::startCamera);
    connect(m_shutter, &QPushButton::clicked, this, [this] {
        m_shutter->setEnabled(false);
        showMessage(tr("Taking the photo…"));
        m_capture->capture();
    });
    connect(m_capture, &QImageCapture::readyForCaptureChanged, m_shutter, &QPushButton::setEnabled);
    connect(m_capture, &QImageCapture::imageCaptured, this, [this](int, const QImage &image) {
        m_image = image;
        accept();
    });
    connect(m_capture, &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString &message) {
                showMessage(tr("The camera could not take the photo: %1").arg(message));
                m_shutter->setEnabled(m_capture->isReadyForCapture());
            });
    const int preferred = static_cast<int>(cameras.indexOf(QMediaDevices::defaultVideoInput()));
    m_cameraBox->setCurrentIndex(qMax(0, preferred));
    startCamera(m_cameraBox->currentIndex());
}

CameraDialog::~CameraDialog()
{
    if (m_camera)
        m_camera->stop();
}

bool CameraDialog::hasCamera() const
{
    return m_cameraBox->count() > 0;
}

void CameraDialog::startCamera(int index)
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (index < 0 || index >= cameras.size())
        return;
    if (m_camera) {
        m_camera->stop();
        m_camera->deleteLater();
    }
    m_camera = new QCamera(cameras.at(index), this);
    connect(m_camera, &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &message) {
                showMessage(tr("The camera reported an error: %1").arg(message));
            });
    m_session->setCamera(m_camera);
    m_shutter->setEnabled(false);
    showMessage(tr("Look into the camera, then press Take photo."));
    m_camera->start();
}

void CameraDialog::showMessage(const QString &text)
{
    m_message->setText(text);
}
