// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameplayer.h"

#include "faceoverlay.h"
#include "livenesscapture.pb.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

namespace {

constexpr double Speeds[] = {0.25, 0.5, 1.0, 2.0, 4.0};
constexpr int NormalSpeed = 2;
// Frames recorded with equal or missing timestamps still play, at this pace.
constexpr int SmallestDelayMs = 10;

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
    retranslate();
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
    showFrame(m_frames.isEmpty() ? -1 : 0);
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
    if (m_frames.isEmpty())
        return;
    m_timer->stop();
    showFrame(qBound(0, m_current + by, int(m_frames.size()) - 1));
    retranslate();
}

void FramePlayer::togglePlay()
{
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
    if (isPlaying())
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
    if (m_current < 0) {
        m_view->clear();
        m_view->setText(tr("No frames to play."));
        m_position->clear();
        return;
    }
    const Frame &frame = m_frames.at(m_current);
    const QImage image = QImage::fromData(frame.image);
    m_position->setText(
        tr("Frame %1 of %2 · %3 ms").arg(m_current + 1).arg(m_frames.size()).arg(frame.timeMs));
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
