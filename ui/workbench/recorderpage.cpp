// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorderpage.h"

#include "buildcapturedialog.h"
#include "captureoptionsform.h"
#include "liveness/capturefile.h"
#include "liveness/capturemaker.h"
#include "liveness/enginecheck.h"
#include "liveness/framerecorder.h"
#include "verifydeskconfig.h"

#include <QCamera>
#include <QCameraDevice>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QSysInfo>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

namespace {

QString sizeText(const QSize &size)
{
    return u"%1 × %2"_s.arg(size.width()).arg(size.height());
}

QFont scaledFont(const QFont &base, double factor)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(true);
    return font;
}

} // namespace

RecorderPage::RecorderPage(QWidget *parent)
    : QWidget(parent)
    , m_options(new CaptureOptionsForm(this))
    , m_cameraBox(new QComboBox(this))
    , m_resolutionBox(new QComboBox(this))
    , m_cameraLabel(new QLabel(this))
    , m_resolutionLabel(new QLabel(this))
    , m_cameraMessage(new QLabel(this))
    , m_view(new QLabel(this))
    , m_step(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_status(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_build(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_send(new QPushButton(this))
    , m_settings(new QGroupBox(this))
    , m_devices(new QMediaDevices(this))
    , m_session(new QMediaCaptureSession(this))
    , m_sink(new QVideoSink(this))
    , m_maker(new CaptureMaker(this))
    , m_buildDialog(new BuildCaptureDialog(this))
{
    setObjectName(u"recorderPage"_s);
    m_cameraLabel->setBuddy(m_cameraBox);
    m_resolutionLabel->setBuddy(m_resolutionBox);
    m_options->formLayout()->insertRow(0, m_cameraLabel, m_cameraBox);
    m_options->formLayout()->insertRow(1, m_resolutionLabel, m_resolutionBox);
    m_cameraMessage->setWordWrap(true);
    m_cameraMessage->setObjectName(u"cameraMessage"_s);
    m_cameraMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_start, m_stop, m_cancel})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_build);
    m_start->setDefault(true);
    m_settings->setObjectName(u"recordingSettings"_s);
    // The live view and the prompt take the room; the settings keep a form's width.
    m_settings->setMaximumWidth(460);
    auto *settingsLayout = new QVBoxLayout(m_settings);
    settingsLayout->addWidget(m_options);
    settingsLayout->addWidget(m_cameraMessage);
    settingsLayout->addLayout(buttons);
    settingsLayout->addStretch();

    // The prompt is what the person in front of the camera reads: large, above the live view.
    m_step->setAlignment(Qt::AlignCenter);
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setObjectName(u"recorderPrompt"_s);
    m_prompt->setFont(scaledFont(font(), 2.4));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setObjectName(u"recorderCountdown"_s);
    m_countdown->setFont(scaledFont(font(), 1.8));
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setMinimumSize(320, 240);
    m_view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_view->setFrameShape(QFrame::StyledPanel);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"recorderStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *after = new QHBoxLayout;
    after->addWidget(m_status, 1);
    after->addWidget(m_save);
    after->addWidget(m_send);
    auto *stage = new QVBoxLayout;
    stage->addWidget(m_step);
    stage->addWidget(m_prompt);
    stage->addWidget(m_countdown);
    stage->addWidget(m_view, 1);
    stage->addLayout(after);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_settings);
    layout->addLayout(stage, 1);

    m_save->setShortcut(QKeySequence::Save);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &RecorderPage::cancel);
    connect(m_start, &QPushButton::clicked, this, &RecorderPage::startRecording);
    connect(m_stop, &QPushButton::clicked, this, &RecorderPage::stopRecording);
    connect(m_cancel, &QPushButton::clicked, this, &RecorderPage::cancel);
    connect(m_build, &QPushButton::clicked, this, &RecorderPage::openBuildDialog);
    connect(m_save, &QPushButton::clicked, this, &RecorderPage::chooseSave);
    connect(m_send, &QPushButton::clicked, this, &RecorderPage::sendToVerification);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &RecorderPage::showFrame);
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &RecorderPage::refreshCameras);
    connect(m_cameraBox, &QComboBox::currentIndexChanged, this, [this] {
        m_cameraProblem.clear();
        refreshResolutions();
        retranslate();
    });
    connect(m_maker, &CaptureMaker::finished, this, &RecorderPage::onMade);
    connect(m_buildDialog, &BuildCaptureDialog::built, this, &RecorderPage::onSaved);
    m_session->setVideoSink(m_sink);
    refreshCameras();
    retranslate();
}

RecorderPage::~RecorderPage()
{
    stopCamera();
}

QString RecorderPage::tabTitle()
{
    return tr("R&ecord");
}

QString RecorderPage::motionPrompt(lv::Motion motion)
{
    switch (motion) {
    case lv::BLINK:
        return tr("Blink");
    case lv::MOUTH:
        return tr("Open your mouth");
    case lv::NOD:
        return tr("Nod");
    case lv::YAW:
        return tr("Turn your head");
    default:
        return tr("Look into the camera");
    }
}

bool RecorderPage::isRecording() const
{
    return m_recorder && m_recorder->isRecording();
}

bool RecorderPage::hasCamera() const
{
    return m_cameraBox->count() > 0;
}

QString RecorderPage::defaultFileName() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(
        u"capture-%1.protobuf"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
}

void RecorderPage::refreshCameras()
{
    const QString current = m_cameraBox->currentData().toString();
    m_cameraBox->clear();
    for (const QCameraDevice &device : QMediaDevices::videoInputs())
        m_cameraBox->addItem(device.description(), QString::fromUtf8(device.id()));
    const int kept = m_cameraBox->findData(current);
    if (kept >= 0)
        m_cameraBox->setCurrentIndex(kept);
    refreshResolutions();
    retranslate();
}

void RecorderPage::refreshResolutions()
{
    m_resolutionBox->clear();
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    const QString id = m_cameraBox->currentData().toString();
    const auto device = std::find_if(cameras.begin(), cameras.end(), [&](const auto &camera) {
        return QString::fromUtf8(camera.id()) == id;
    });
    if (device == cameras.end())
        return;
    QList<QSize> sizes;
    for (const QCameraFormat &format : device->videoFormats()) {
        if (!sizes.contains(format.resolution()))
            sizes.append(format.resolution());
    }
    std::sort(sizes.begin(), sizes.end(), [](const QSize &a, const QSize &b) {
        return a.width() * a.height() > b.width() * b.height();
    });
    for (const QSize &size : std::as_const(sizes))
        m_resolutionBox->addItem(sizeText(size), size);
    // 640 × 480 keeps a capture of a few seconds under the API's 10 MB where the camera has it.
    const int vga = m_resolutionBox->findData(QSize(640, 480));
    if (vga >= 0)
        m_resolutionBox->setCurrentIndex(vga);
}

void RecorderPage::startCamera()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    const QString id = m_cameraBox->currentData().toString();
    const auto device = std::find_if(cameras.begin(), cameras.end(), [&](const auto &camera) {
        return QString::fromUtf8(camera.id()) == id;
    });
    if (device == cameras.end())
        return;
    m_camera = new QCamera(*device, this);
    const QSize size = m_resolutionBox->currentData().toSize();
    QCameraFormat best;
    for (const QCameraFormat &format : device->videoFormats()) {
        if (format.resolution() == size &&
            (best.isNull() || format.maxFrameRate() > best.maxFrameRate()))
            best = format;
    }
    if (!best.isNull())
        m_camera->setCameraFormat(best);
    connect(m_camera, &QCamera::errorOccurred, this,
            [this](QCamera::Error error, const QString &message) {
                if (error == QCamera::NoError)
                    return;
                // A busy camera or one the user may not open: the device's own words, as text.
                m_cameraProblem = EngineCheck::printable(message.toUtf8());
                cancel();
                retranslate();
            });
    m_session->setCamera(m_camera);
    m_camera->start();
}

void RecorderPage::stopCamera()
{
    if (!m_camera)
        return;
    m_camera->stop();
    m_session->setCamera(nullptr);
    // Not deleted at once: this may run inside the camera's own errorOccurred().
    m_camera->deleteLater();
    m_camera = nullptr;
}

void RecorderPage::startRecording()
{
    if (isRecording() || m_maker->isRunning())
        return;
    QString error;
    std::optional<vd::format::CaptureBuildOptions> options = m_options->options(&error);
    if (options && options->motions.empty())
        error = tr("Choose at least one motion: the recording lasts one prompt per motion.");
    if (!error.isEmpty()) {
        setStatus(error);
        m_options->motionsEdit()->setFocus();
        return;
    }
    m_recordOptions = *options;
    m_recordOptions.device.set_camera(m_cameraBox->currentText().toStdString());
    m_recordOptions.device.set_os(QSysInfo::prettyProductName().toStdString());
    m_recordOptions.device.set_sdk_version("VerifyDesk " VD_VERSION);
    // The video types are recorded as frames and encoded by the engine when saved.
    vd::format::CaptureBuildOptions frames = m_recordOptions;
    if (frames.outputType != lv::SINGLE_IMG)
        frames.outputType = lv::MULTI_IMG;
    delete m_recorder;
    m_recorder =
        new FrameRecorder(PromptSchedule(options->motions, options->difficulty), frames, this);
    connect(m_recorder, &FrameRecorder::promptChanged, this, &RecorderPage::showPrompt);
    connect(m_recorder, &FrameRecorder::frameKept, this,
            [this](int count) { setStatus(tr("Recording: %1 frames kept.").arg(count)); });
    connect(m_recorder, &FrameRecorder::finished, this, &RecorderPage::onRecordingFinished);
    m_recorded.reset();
    m_cancelled = false;
    m_stepIndex = 0;
    m_lastCountdown = 0;
    m_lastMotion = -1;
    m_recorder->start(m_sink);
    startCamera();
    m_view->clear();
    setStatus(tr("Recording: waiting for the first frame…"));
    updateButtons();
    m_stop->setFocus();
}

void RecorderPage::stopRecording()
{
    if (isRecording())
        m_recorder->stop();
}

void RecorderPage::cancel()
{
    if (m_maker->isRunning()) {
        m_maker->cancel();
        return;
    }
    if (!isRecording())
        return;
    m_cancelled = true;
    m_recorder->stop();
}

void RecorderPage::showFrame(const QVideoFrame &frame)
{
    if (!frame.isValid() || !isVisible())
        return;
    const QImage image = frame.toImage();
    if (!image.isNull())
        m_view->setPixmap(QPixmap::fromImage(
            image.scaled(m_view->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void RecorderPage::showPrompt(int motion, int countdownSeconds)
{
    // A new step starts where the countdown goes up again or the motion changes.
    if (motion != m_lastMotion || countdownSeconds > m_lastCountdown)
        ++m_stepIndex;
    m_lastMotion = motion;
    m_lastCountdown = countdownSeconds;
    m_step->setText(tr("Motion %1 of %2")
                        .arg(m_stepIndex)
                        .arg(m_recorder ? m_recorder->schedule().motions().size() : 0));
    m_prompt->setText(motionPrompt(static_cast<lv::Motion>(motion)));
    m_countdown->setText(tr("%1 s").arg(countdownSeconds));
}

void RecorderPage::onRecordingFinished()
{
    stopCamera();
    m_view->clear();
    m_view->setText(liveViewHint());
    m_step->clear();
    m_prompt->clear();
    m_countdown->clear();
    if (m_cancelled) {
        setStatus(tr("Recording cancelled; nothing was kept."));
        updateButtons();
        return;
    }
    const vd::format::CaptureBuildResult result = m_recorder->result();
    if (!result.capture) {
        setStatus(tr("Nothing usable was recorded: %1").arg(QString::fromStdString(result.error)));
        updateButtons();
        return;
    }
    m_recorded = result.capture;
    const int count = m_recorded->frames_size();
    const qint64 lastMs = count > 0 ? m_recorded->frames(count - 1).timestamp_ms() : 0;
    setStatus(tr("Recorded %1 frames over %2 s. Save the capture with Save as… (Ctrl+S).")
                  .arg(count)
                  .arg(QString::number(double(lastMs) / 1000.0, 'f', 1)));
    updateButtons();
    m_save->setFocus();
}

void RecorderPage::chooseSave()
{
    if (!m_recorded)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the capture"), defaultFileName(), tr("Liveness captures (*.protobuf)"));
    if (!path.isEmpty())
        saveTo(path);
}

void RecorderPage::saveTo(const QString &path)
{
    if (!m_recorded || m_maker->isRunning())
        return;
    const lv::OutputType type = m_recordOptions.outputType;
    if (type == lv::VIDEO || type == lv::FULL_VIDEO) {
        QByteArrayList frames;
        for (const lv::Frame &frame : m_recorded->frames())
            frames.append(QByteArray::fromStdString(frame.jpeg()));
        setStatus(tr("The engine encodes the frames as a video…"));
        m_maker->startFromFrames(frames, m_recordOptions, path);
        updateButtons();
        return;
    }
    const QString error = CaptureFile::write(path, *m_recorded);
    if (!error.isEmpty()) {
        setStatus(error);
        return;
    }
    onSaved(path);
}

void RecorderPage::onMade(const CaptureMakeResult &result)
{
    if (result.status != CaptureMakeResult::Status::Ok) {
        setStatus(result.message);
        updateButtons();
        return;
    }
    onSaved(result.path);
}

void RecorderPage::onSaved(const QString &path)
{
    m_recorded.reset();
    m_savedPath = path;
    setStatus(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    updateButtons();
    emit captureSaved(path);
}

void RecorderPage::openBuildDialog()
{
    m_buildDialog->reset(defaultFileName());
    m_buildDialog->open();
}

void RecorderPage::sendToVerification()
{
    if (!m_savedPath.isEmpty())
        emit verificationRequested(m_savedPath);
}

void RecorderPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString RecorderPage::liveViewHint()
{
    return tr("The live view appears here while recording.");
}

void RecorderPage::updateButtons()
{
    const bool recording = isRecording();
    const bool busy = recording || m_maker->isRunning();
    m_start->setEnabled(!busy && hasCamera() && m_cameraProblem.isEmpty());
    m_stop->setEnabled(recording);
    m_cancel->setEnabled(busy);
    m_build->setEnabled(!busy);
    m_save->setEnabled(!busy && m_recorded.has_value());
    m_send->setEnabled(!busy && !m_savedPath.isEmpty());
    m_options->setEnabled(!busy);
    m_cameraBox->setEnabled(!busy && hasCamera());
    m_resolutionBox->setEnabled(!busy && m_resolutionBox->count() > 0);
    m_cameraMessage->setVisible(!m_cameraMessage->text().isEmpty() && !recording);
}

void RecorderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecorderPage::retranslate()
{
    m_cameraLabel->setText(tr("C&amera:"));
    m_resolutionLabel->setText(tr("Reso&lution:"));
    m_start->setText(tr("&Start recording"));
    m_stop->setText(tr("St&op"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stops and keeps nothing (Esc)."));
    m_build->setText(tr("B&uild from frames / video…"));
    m_save->setText(tr("Sa&ve as…"));
    m_send->setText(tr("Se&nd to verification"));
    m_send->setToolTip(tr("Puts the saved capture into the operator screen's liveness data."));
    if (!hasCamera())
        m_cameraMessage->setText(
            tr("Recording is unavailable: no camera was found on this computer. Connect a "
               "camera, or build a capture from image files or a video with Build from "
               "frames / video…"));
    else if (!m_cameraProblem.isEmpty())
        m_cameraMessage->setText(tr("Recording is unavailable: the camera cannot be used (it "
                                    "may be busy in another program, or access is denied). "
                                    "The camera said: %1")
                                     .arg(m_cameraProblem));
    else
        m_cameraMessage->clear();
    // While frames come in, the message about starting a recording does not apply.
    m_cameraMessage->setVisible(!m_cameraMessage->text().isEmpty() && !isRecording());
    m_settings->setTitle(tr("Recording"));
    if (!isRecording() && m_view->pixmap().isNull())
        m_view->setText(liveViewHint());
    if (m_status->text().isEmpty())
        setStatus(tr("Choose the motions, then Start recording: the screen asks for each "
                     "motion in turn with a countdown."));
    updateButtons();
}
