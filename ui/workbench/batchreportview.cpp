// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/batchreportview.h"

#include "messagebox.h"
#include "workbench/batchcharts.h"
#include "workbench/chartview.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BatchReportView::BatchReportView(QWidget *parent)
    : QWidget(parent)
    , m_numbers(new QTextBrowser(this))
    , m_pdfButton(new QPushButton(this))
    , m_jsonButton(new QPushButton(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_numbers);
    auto *chartArea = new QWidget(splitter);
    auto *grid = new QGridLayout(chartArea);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *view = new ChartView(new QChart, chartArea);
        grid->addWidget(view, i / 2, i % 2);
        m_charts.append(view);
    }
    splitter->addWidget(chartArea);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 940});

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_jsonButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    connect(m_pdfButton, &QPushButton::clicked, this, &BatchReportView::exportPdf);
    connect(m_jsonButton, &QPushButton::clicked, this, &BatchReportView::exportJson);
    retranslate();
}

void BatchReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The numbers and the charts are written in the language of the moment.
        if (m_hasReport)
            setReport(m_report, m_run);
    }
    QWidget::changeEvent(event);
}

void BatchReportView::retranslate()
{
    m_pdfButton->setText(tr("Export report as &PDF…"));
    m_jsonButton->setText(tr("Export report as &JSON…"));
}

void BatchReportView::setReport(const BatchReport &report, const BatchReportWriter::Run &run)
{
    m_hasReport = true;
    m_report = report;
    m_run = run;
    m_numbers->setHtml(BatchReportWriter::html(report, run, {}));
    const QList<QChart *> charts = {BatchCharts::det(report), BatchCharts::verifyHistogram(report),
                                    BatchCharts::hackHistogram(report),
                                    BatchCharts::latency(report)};
    for (int i = 0; i < charts.size(); ++i) {
        QChart *old = m_charts.at(i)->chart();
        m_charts.at(i)->setChart(charts.at(i));
        m_charts.at(i)->setAccessibleName(charts.at(i)->title());
        delete old;
    }
}

QString BatchReportView::text() const
{
    return m_numbers->toPlainText();
}

QString BatchReportView::writePdf(const QString &path)
{
    QList<QImage> charts;
    for (ChartView *view : std::as_const(m_charts))
        charts.append(view->renderImage());
    const PdfDocument::Error error = BatchReportWriter::write(m_report, m_run, charts, path);
    return error.ok() ? QString() : error.message;
}

QString BatchReportView::writeJson(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(m_report.toJson()).toJson()) < 0 || !file.commit())
        return tr("The report cannot be written to %1.").arg(path);
    return {};
}

void BatchReportView::exportPdf()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = writePdf(path);
    if (!error.isEmpty())
        MessageBox::warning(this, tr("Export report"), error);
}

void BatchReportView::exportJson()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), QString(), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = writeJson(path);
    if (!error.isEmpty())
        MessageBox::warning(this, tr("Export report"), error);
}
