// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameplayer.h"

#include "faceoverlay.h"
#include "liveness/capturefile.h"
#include "liveness/capturemaker.h"
#include "livenesscapture.pb.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

namespace {

constexpr double Speeds[] = {0.25, 0.5, 1.0, 2.0, 4.0};
constexpr int NormalSpeed = 2;
// Frames recorded with equal or missing timestamps still play, at this pace.
constexpr int SmallestDelayMs = 10;

// A private file (0600 in the 0700 temporary folder): the clip shows a face.
bool writePrivate(const QString &path, const std::string &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           file.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size()) && file.commit();
}

} // namespace

FramePlayer::FramePlayer(QWidget *parent)
    : QWidget(parent)
    , m_view(new QLabel(this))
    , m_position(new QLabel(this))
    , m_back(new QPushButton(this))
    , m_play(new QPushButton(this))
    , m_forward(new QPushButton(this))
    , m_speed(new QComboBox(this))
    , m_timer(new QTimer(this))
    , m_videoSink(new QVideoSink(this))
{
    setObjectName(u"framePlayer"_s);
    m_view->setObjectName(u"framePlayerView"_s);
    m_position->setObjectName(u"framePlayerPosition"_s);
    m_play->setObjectName(u"framePlayerPlay"_s);
    m_speed->setObjectName(u"framePlayerSpeed"_s);
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setMinimumSize(240, 180);
    m_view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    for (std::size_t i = 0; i < std::size(Speeds); ++i)
        m_speed->addItem(QString());
    m_speed->setCurrentIndex(NormalSpeed);
    m_timer->setSingleShot(true);
    setFocusPolicy(Qt::StrongFocus);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_back);
    controls->addWidget(m_play);
    controls->addWidget(m_forward);
    controls->addWidget(m_speed);
    controls->addWidget(m_position, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(controls);

    // The player takes the keys itself (Space, Left, Right): a focused button would take Space.
    for (QPushButton *button : {m_back, m_play, m_forward})
        button->setFocusPolicy(Qt::NoFocus);
    connect(m_back, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_forward, &QPushButton::clicked, this, [this] { step(1); });
    connect(m_play, &QPushButton::clicked, this, &FramePlayer::togglePlay);
    connect(m_speed, &QComboBox::currentIndexChanged, this, &FramePlayer::setSpeedIndex);
    connect(m_timer, &QTimer::timeout, this, &FramePlayer::advance);
    connect(m_videoSink, &QVideoSink::videoFrameChanged, this, &FramePlayer::onVideoFrame);
    retranslate();
}

FramePlayer::~FramePlayer()
{
    stopVideo();
}

void FramePlayer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FramePlayer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlay();
        break;
    case Qt::Key_Left:
        step(-1);
        break;
    case Qt::Key_Right:
        step(1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FramePlayer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    render();
}

void FramePlayer::retranslate()
{
    m_back->setText(tr("◀ Step"));
    m_back->setToolTip(tr("Previous frame (Left)"));
    m_forward->setText(tr("Step ▶"));
    m_forward->setToolTip(tr("Next frame (Right)"));
    m_play->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_play->setToolTip(tr("Play or pause at the recorded timestamps (Space)"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%1×").arg(QLocale().toString(Speeds[i])));
    m_speed->setToolTip(tr("Playback speed"));
    render();
}

void FramePlayer::clear()
{
    stopVideo();
    m_timer->stop();
    m_frames.clear();
    m_findings.clear();
    m_current = -1;
    retranslate();
}

void FramePlayer::setCapture(const lv::LivenessCapture &capture)
{
    clear();
    for (const lv::Frame &frame : capture.frames())
        m_frames.append({QByteArray::fromStdString(frame.jpeg()), frame.timestamp_ms(), -1});
    if (m_frames.isEmpty() && capture.has_video() && !capture.video().data().empty())
        playVideo(capture);
    showFrame(m_frames.isEmpty() ? -1 : 0);
}

void FramePlayer::playVideo(const lv::LivenessCapture &capture)
{
    m_videoFps = capture.video().fps() > 0 ? capture.video().fps() : 25;
    m_videoFolder = std::make_unique<QTemporaryDir>();
    const QString container = QString::fromStdString(capture.video().container()).toLower();
    const QString clip = m_videoFolder->filePath(
        u"clip."_s + (container.isEmpty() || !container.front().isLetterOrNumber()
                          ? u"mp4"_s
                          : container.left(8)));
    if (!m_videoFolder->isValid() || !writePrivate(clip, capture.video().data()) ||
        !writePrivate(m_videoFolder->filePath(u"capture.protobuf"_s),
                      capture.SerializeAsString())) {
        m_videoMode = VideoMode::Failed;
        m_videoProblem = tr("The clip cannot be written to a private temporary file.");
        return;
    }
    m_videoMode = VideoMode::Multimedia;
    m_media = new QMediaPlayer(this);
    m_media->setVideoSink(m_videoSink);
    connect(m_media, &QMediaPlayer::errorOccurred, this, &FramePlayer::useEngineFrames);
    connect(m_media, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::InvalidMedia ||
                    (status == QMediaPlayer::LoadedMedia && !m_media->hasVideo()))
                    useEngineFrames();
                else if (status == QMediaPlayer::LoadedMedia)
                    m_media->pause(); // shows the first frame
            });
    connect(m_media, &QMediaPlayer::positionChanged, this, [this] { render(); });
    connect(m_media, &QMediaPlayer::playbackStateChanged, this, [this] { retranslate(); });
    m_media->setPlaybackRate(speed());
    m_media->setSource(QUrl::fromLocalFile(clip));
}

void FramePlayer::useEngineFrames()
{
    if (m_videoMode != VideoMode::Multimedia || !m_media)
        return;
    // Deleted later: this runs inside the media player's own signal.
    m_media->disconnect(this);
    m_media->deleteLater();
    m_media = nullptr;
    m_videoImage = QImage();
    m_videoMode = VideoMode::Decoding;
    // A maker of its own per clip: one still stopping cannot refuse the next clip.
    m_maker = std::make_unique<CaptureMaker>();
    connect(m_maker.get(), &CaptureMaker::finished, this, &FramePlayer::onEngineFrames);
    m_maker->startFromCapture(m_videoFolder->filePath(u"capture.protobuf"_s),
                              m_videoFolder->filePath(u"frames.protobuf"_s));
    render();
}

void FramePlayer::onEngineFrames(const CaptureMakeResult &result)
{
    if (m_videoMode != VideoMode::Decoding)
        return;
    CaptureFile read;
    if (result.status == CaptureMakeResult::Status::Ok)
        read = CaptureFile::read(result.path);
    else
        read.error = result.message;
    if (!read.capture) {
        m_videoMode = VideoMode::Failed;
        m_videoProblem = read.error;
        render();
        return;
    }
    m_videoMode = VideoMode::EngineFrames;
    for (const lv::Frame &frame : read.capture->frames())
        m_frames.append({QByteArray::fromStdString(frame.jpeg()), frame.timestamp_ms(), -1});
    showFrame(m_frames.isEmpty() ? -1 : 0);
}

void FramePlayer::onVideoFrame(const QVideoFrame &frame)
{
    if (m_videoMode != VideoMode::Multimedia || !frame.isValid())
        return;
    m_videoImage = frame.toImage();
    render();
}

void FramePlayer::stopVideo()
{
    m_maker.reset();
    if (m_media) {
        m_media->disconnect(this);
        m_media->stop();
        m_media->deleteLater();
        m_media = nullptr;
    }
    m_videoFolder.reset();
    m_videoImage = QImage();
    m_videoProblem.clear();
    m_videoMode = VideoMode::None;
}

void FramePlayer::setFindings(const EngineCheckResult &result)
{
    m_findings = result.frameDetails;
    // The engine samples a long capture: its frames are found again by their timestamps.
    for (Frame &frame : m_frames) {
        frame.engineFrame = -1;
        for (const EngineFrame &finding : m_findings) {
            if (finding.timeMs == frame.timeMs) {
                frame.engineFrame = finding.index;
                break;
            }
        }
    }
    render();
}

qint64 FramePlayer::currentTimeMs() const
{
    return m_current >= 0 ? m_frames.at(m_current).timeMs : 0;
}

bool FramePlayer::isPlaying() const
{
    if (m_media)
        return m_media->playbackState() == QMediaPlayer::PlayingState;
    return m_timer->isActive();
}

double FramePlayer::speed() const
{
    return Speeds[qBound(0, m_speed->currentIndex(), int(std::size(Speeds)) - 1)];
}

int FramePlayer::delayToNextMs() const
{
    if (m_current < 0 || m_current + 1 >= m_frames.size())
        return -1;
    const qint64 gap = m_frames.at(m_current + 1).timeMs - m_frames.at(m_current).timeMs;
    return qMax(SmallestDelayMs, int(double(gap) / speed()));
}

void FramePlayer::showFrame(int index)
{
    if (index < -1 || index >= m_frames.size())
        return;
    m_current = index;
    render();
    emit frameShown(index);
}

void FramePlayer::step(int by)
{
    if (m_media) {
        m_media->pause();
        m_media->setPosition(qBound<qint64>(
            0, m_media->position() + qRound64(by * 1000.0 / m_videoFps), m_media->duration()));
        return;
    }
    if (m_frames.isEmpty())
        return;
    m_timer->stop();
    showFrame(qBound(0, m_current + by, int(m_frames.size()) - 1));
    retranslate();
}

void FramePlayer::togglePlay()
{
    if (m_media) {
        if (isPlaying())
            m_media->pause();
        else
            m_media->play();
        return;
    }
    if (isPlaying()) {
        m_timer->stop();
    } else if (!m_frames.isEmpty()) {
        // From the start again once the end was reached.
        if (m_current + 1 >= m_frames.size())
            showFrame(0);
        const int delay = delayToNextMs();
        if (delay >= 0)
            m_timer->start(delay);
    }
    retranslate();
}

void FramePlayer::setSpeedIndex(int index)
{
    Q_UNUSED(index)
    if (m_media)
        m_media->setPlaybackRate(speed());
    else if (isPlaying())
        m_timer->start(delayToNextMs());
}

void FramePlayer::advance()
{
    showFrame(m_current + 1);
    const int delay = delayToNextMs();
    if (delay >= 0)
        m_timer->start(delay);
    retranslate();
}

void FramePlayer::render()
{
    if (m_videoMode == VideoMode::Multimedia || m_videoMode == VideoMode::Decoding ||
        m_videoMode == VideoMode::Failed) {
        renderVideo();
        return;
    }
    if (m_current < 0) {
        m_view->clear();
        m_view->setText(tr("No frames to play."));
        m_position->clear();
        return;
    }
    const Frame &frame = m_frames.at(m_current);
    const QImage image = QImage::fromData(frame.image);
    const QString position =
        tr("Frame %1 of %2 · %3 ms").arg(m_current + 1).arg(m_frames.size()).arg(frame.timeMs);
    m_position->setText(m_videoMode == VideoMode::EngineFrames
                            ? tr("%1 · the clip's frames as the engine decodes them").arg(position)
                            : position);
    if (image.isNull()) {
        m_view->setPixmap(QPixmap());
        m_view->setText(tr("Frame %1 cannot be decoded as an image.").arg(m_current + 1));
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    if (frame.engineFrame >= 0 && frame.engineFrame < m_findings.size())
        pixmap = FaceOverlay::draw(pixmap, m_findings.at(frame.engineFrame));
    m_view->setPixmap(pixmap.scaled(m_view->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void FramePlayer::renderVideo()
{
    if (m_videoMode == VideoMode::Decoding) {
        m_view->setPixmap(QPixmap());
        m_view->setText(tr("Qt Multimedia cannot play this clip; the engine is decoding its "
                           "frames…"));
        m_position->clear();
        return;
    }
    if (m_videoMode == VideoMode::Failed) {
        m_view->setPixmap(QPixmap());
        m_view->setText(tr("The clip cannot be played: %1").arg(m_videoProblem));
        m_position->clear();
        return;
    }
    const qint64 position = m_media ? m_media->position() : 0;
    const qint64 duration = m_media ? m_media->duration() : 0;
    m_position->setText(tr("Video · %1 of %2 ms").arg(position).arg(duration));
    if (m_videoImage.isNull()) {
        m_view->setPixmap(QPixmap());
        m_view->setText(tr("Loading the clip…"));
        return;
    }
    m_view->setPixmap(QPixmap::fromImage(m_videoImage)
                          .scaled(m_view->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}
