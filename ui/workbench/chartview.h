// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QImage>
#include <QString>

// A chart of the batch report that exports itself as PNG or SVG (context menu, or the export
// button of the report view) and renders itself at print resolution for the PDF.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

    // The chart as laid out at `logicalSize`, drawn `scale` times larger.
    QImage renderImage(QSize logicalSize = {900, 500}, qreal scale = 2.0);
    // Empty on success, else the message to show.
    QString exportPng(const QString &path);
    QString exportSvg(const QString &path);

public slots:
    // Asks for a file name; the format follows its suffix (.svg, else PNG).
    void exportWithDialog();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
};
