// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QLabel>

class QMimeData;

// A framed area that takes files (and, for selfies, images) dropped from a file manager or a
// browser; keyboard users reach the same through the Open… and Paste buttons beside it.
class DropZone : public QLabel
{
    Q_OBJECT

public:
    explicit DropZone(QWidget *parent = nullptr);

    // Also accept image data without a file (dragged from a browser); off by default.
    void setAcceptsImageData(bool accepts) { m_acceptsImageData = accepts; }

signals:
    void fileDropped(const QString &path);
    void imageDropped(const QImage &image);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool canTake(const QMimeData *mime) const;
    void setHovered(bool hovered);

    bool m_acceptsImageData = false;
};
