// SPDX-License-Identifier: GPL-3.0-or-later
#include "filmstrip.h"

#include "faceoverlay.h"
#include "format/capturevocabulary.h"
#include "liveness/enginecheck.h"
#include "livenesscapture.pb.h"

#include <QImage>
#include <QItemSelection>
#include <QPixmap>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

namespace {

constexpr int ThumbnailSide = 120;
constexpr int PlainThumbnailRole = Qt::UserRole + 1;
constexpr int PlainToolTipRole = Qt::UserRole + 2;
constexpr int TimeRole = Qt::UserRole + 3;

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
    m_rowOfEngineFrame.clear();
}

int FilmStrip::frameCount() const
{
    return m_model->rowCount();
}

void FilmStrip::setCapture(const lv::LivenessCapture &capture)
{
    clear();
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
            const QPixmap thumbnail = QPixmap::fromImage(image.scaled(
                ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            item->setIcon(thumbnail);
            item->setData(thumbnail, PlainThumbnailRole);
            item->setToolTip(tr("Frame %1: %2 × %3 pixels, %4 bytes, at %5 ms")
                                 .arg(i + 1)
                                 .arg(image.width())
                                 .arg(image.height())
                                 .arg(frame.jpeg().size())
                                 .arg(frame.timestamp_ms()));
        }
        item->setData(i, Qt::UserRole);
        item->setData(item->toolTip(), PlainToolTipRole);
        item->setData(qint64(frame.timestamp_ms()), TimeRole);
        m_model->appendRow(item);
    }
    setSelectionMode(QAbstractItemView::ExtendedSelection);
}

void FilmStrip::setFindings(const EngineCheckResult &result)
{
    m_rowOfEngineFrame.clear();
    // The engine samples a long capture: its frames are found again by their timestamps.
    QList<qint64> times;
    for (int row = 0; row < m_model->rowCount(); ++row)
        times.append(m_model->item(row)->data(TimeRole).toLongLong());
    for (const EngineFrame &frame : result.frameDetails) {
        const int row = int(times.indexOf(frame.timeMs));
        m_rowOfEngineFrame.append(row);
        if (row < 0)
            continue;
        QStandardItem *item = m_model->item(row);
        item->setIcon(FaceOverlay::draw(item->data(PlainThumbnailRole).value<QPixmap>(), frame));
        QStringList cues;
        for (const EngineCue &cue : result.cues) {
            if (cue.frames.contains(frame.index))
                cues.append(cue.name);
        }
        QString tip = item->data(PlainToolTipRole).toString() + u"\n"_s +
                      tr("Faces the engine found in this frame: %1").arg(frame.faceCount);
        if (!cues.isEmpty())
            tip += u"\n"_s + tr("Cues that refer to this frame: %1").arg(cues.join(u", "_s));
        item->setToolTip(tip);
        item->setData(tip, Qt::AccessibleDescriptionRole);
    }
}

int FilmStrip::rowOfEngineFrame(int engineFrame) const
{
    return m_rowOfEngineFrame.value(engineFrame, -1);
}

void FilmStrip::highlightFrames(const QList<int> &engineFrames)
{
    QItemSelection selection;
    for (const int frame : engineFrames) {
        const int row = rowOfEngineFrame(frame);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, 0));
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        scrollTo(selection.indexes().constFirst());
}

QList<int> FilmStrip::highlightedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}
