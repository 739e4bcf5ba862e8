// SPDX-License-Identifier: GPL-3.0-or-later
#include "filmstrip.h"

#include "format/capturevocabulary.h"
#include "livenesscapture.pb.h"

#include <QImage>
#include <QPixmap>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

namespace {

constexpr int ThumbnailSide = 120;

} // namespace

FilmStrip::FilmStrip(QWidget *parent)
    : QListView(parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(u"filmStrip"_s);
    setModel(m_model);
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setIconSize(QSize(ThumbnailSide, ThumbnailSide));
    setSpacing(6);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setMinimumHeight(ThumbnailSide + 70);
}

void FilmStrip::clear()
{
    m_model->clear();
}

int FilmStrip::frameCount() const
{
    return m_model->rowCount();
}

void FilmStrip::setCapture(const lv::LivenessCapture &capture)
{
    m_model->clear();
    for (int i = 0; i < capture.frames_size(); ++i) {
        const lv::Frame &frame = capture.frames(i);
        const QImage image =
            QImage::fromData(QByteArrayView(frame.jpeg().data(), qsizetype(frame.jpeg().size())));
        QString label = tr("#%1 · %2 ms").arg(i + 1).arg(frame.timestamp_ms());
        if (frame.motion() != lv::MOTION_UNSPECIFIED)
            label += u"\n"_s +
                     QString::fromStdString(vd::format::vocabulary::motionName(frame.motion()));
        auto *item = new QStandardItem(label);
        if (image.isNull()) {
            item->setToolTip(tr("Frame %1 cannot be decoded as an image.").arg(i + 1));
        } else {
            item->setIcon(QPixmap::fromImage(image.scaled(
                ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            item->setToolTip(tr("Frame %1: %2 × %3 pixels, %4 bytes, at %5 ms")
                                 .arg(i + 1)
                                 .arg(image.width())
                                 .arg(image.height())
                                 .arg(frame.jpeg().size())
                                 .arg(frame.timestamp_ms()));
        }
        item->setData(i, Qt::UserRole);
        m_model->appendRow(item);
    }
}
