// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchreport.h"
#include "report/batchreportwriter.h"

#include <QList>
#include <QWidget>

class ChartView;
class QPushButton;
class QTextBrowser;

// The report of a batch on screen, complete or partial: its numbers, its four charts (each
// exportable), and the whole report exported as PDF or JSON.
class BatchReportView : public QWidget
{
    Q_OBJECT

public:
    explicit BatchReportView(QWidget *parent = nullptr);

    void setReport(const BatchReport &report, const BatchReportWriter::Run &run);
    const QList<ChartView *> &charts() const { return m_charts; }
    QString text() const; // the numbers as shown

    // Empty on success, else the message to show.
    QString writePdf(const QString &path);
    QString writeJson(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void exportPdf();
    void exportJson();

    bool m_hasReport = false;
    BatchReport m_report;
    BatchReportWriter::Run m_run;
    QTextBrowser *m_numbers;
    QList<ChartView *> m_charts;
    QPushButton *m_pdfButton;
    QPushButton *m_jsonButton;
};
