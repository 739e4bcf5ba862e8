// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/chartview.h"

#include "messagebox.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPainter>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(chart->title());
}

QImage ChartView::renderImage(QSize logicalSize, qreal scale)
{
    const QSize old = size();
    resize(logicalSize);
    QImage image(logicalSize * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    resize(old);
    return image;
}

QString ChartView::exportPng(const QString &path)
{
    if (!renderImage().save(path, "PNG"))
        return tr("The chart cannot be saved as %1.").arg(path);
    return {};
}

QString ChartView::exportSvg(const QString &path)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(QSize(900, 500));
    generator.setViewBox(QRect(0, 0, 900, 500));
    generator.setTitle(chart()->title());
    const QSize old = size();
    resize(900, 500);
    QPainter painter;
    const bool started = painter.begin(&generator);
    if (started) {
        render(&painter, QRectF(0, 0, 900, 500));
        painter.end();
    }
    resize(old);
    // QSvgGenerator reports no error itself: check that a drawing arrived.
    if (!started || QFileInfo(path).size() == 0)
        return tr("The chart cannot be saved as %1.").arg(path);
    return {};
}

void ChartView::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const QString error =
        path.endsWith(u".svg"_s, Qt::CaseInsensitive) ? exportSvg(path) : exportPng(path);
    if (!error.isEmpty())
        MessageBox::warning(this, tr("Export chart"), error);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export as PNG or SVG…"), this, &ChartView::exportWithDialog);
    menu.exec(event->globalPos());
}
