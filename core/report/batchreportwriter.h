// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchreport.h"
#include "report/pdfdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

// Writes the report of a batch as a PDF, in the UI language with the fonts embedded: the run,
// the counts, the error rates at every threshold, the attack rates, latency, breakdowns and the
// charts the window rendered.
class BatchReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchReportWriter)

public:
    struct Run
    {
        QString endpoint;
        QDateTime startedUtc;
        qint64 durationMs = 0;
    };
    // charts: the chart images (each with its own title), printed after the tables.
    static QString html(const BatchReport &report, const Run &run, const QList<QImage> &charts);
    // Needs a QGuiApplication (fonts).
    static PdfDocument::Error write(const BatchReport &report, const Run &run,
                                    const QList<QImage> &charts, const QString &pdfPath);
};
