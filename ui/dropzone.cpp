// SPDX-License-Identifier: GPL-3.0-or-later
#include "dropzone.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

using namespace Qt::StringLiterals;

DropZone::DropZone(QWidget *parent)
    : QLabel(parent)
{
    setAcceptDrops(true);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setMinimumSize(220, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setHovered(false);
}

bool DropZone::canTake(const QMimeData *mime) const
{
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        if (!urls.isEmpty() && urls.first().isLocalFile())
            return true;
    }
    return m_acceptsImageData && mime->hasImage();
}

void DropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (canTake(event->mimeData())) {
        event->acceptProposedAction();
        setHovered(true);
    }
}

void DropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHovered(false);
    QLabel::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent *event)
{
    setHovered(false);
    const QMimeData *mime = event->mimeData();
    if (!canTake(mime))
        return;
    event->acceptProposedAction();
    if (mime->hasUrls() && mime->urls().first().isLocalFile()) {
        // One input per zone: the first file wins, as when the Open… dialog returns one file.
        emit fileDropped(mime->urls().first().toLocalFile());
        return;
    }
    emit imageDropped(qvariant_cast<QImage>(mime->imageData()));
}

void DropZone::setHovered(bool hovered)
{
    setStyleSheet(hovered ? u"DropZone { border: 2px dashed palette(highlight); }"_s
                          : u"DropZone { border: 2px dashed palette(mid); }"_s);
}
