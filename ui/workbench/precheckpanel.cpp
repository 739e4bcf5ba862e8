// SPDX-License-Identifier: GPL-3.0-or-later
#include "precheckpanel.h"

#include "statepalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreCheckPanel::PreCheckPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_check(new EngineCheck(this))
    , m_runButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(QIcon(u":/icons/cancel.svg"_s), QString(), this))
    , m_progress(new QProgressBar(this))
    , m_scoreLabel(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
{
    setObjectName(u"preCheckPanel"_s);
    m_runButton->setObjectName(u"preCheckRunButton"_s);
    m_cancelButton->setObjectName(u"preCheckCancelButton"_s);
    m_scoreLabel->setObjectName(u"preCheckScore"_s);
    m_scoreLabel->setWordWrap(true);
    m_scoreLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(u"cueTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_progress->setObjectName(u"preCheckProgress"_s);
    m_progress->hide();
    m_cancelButton->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_scoreLabel);
    layout->addWidget(m_table, 1);

    connect(m_runButton, &QPushButton::clicked, this, &PreCheckPanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &PreCheckPanel::cancel);
    connect(m_check, &EngineCheck::finished, this, &PreCheckPanel::show);
    connect(m_check, &EngineCheck::progress, this, &PreCheckPanel::showProgress);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_result.cues.size())
            emit cueFramesSelected(m_result.cues.at(row).frames);
    });
    retranslate();
}

void PreCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void PreCheckPanel::retranslate()
{
    setTitle(tr("Local pre-check by the reference engine, not the vendor's answer"));
    m_runButton->setText(tr("&Run pre-check"));
    m_cancelButton->setText(tr("Cancel"));
    m_table->setHorizontalHeaderLabels(
        {tr("Cue"), tr("Value"), tr("Attack evidence"), tr("Finding")});
    if (m_frames > 0)
        m_progress->setFormat(tr("frame %1 of %2").arg(m_frame).arg(m_frames));
    if (m_hackScore >= 0)
        m_scoreLabel->setText(
            tr("hack_score %1 from VerifyDesk's reference engine: a local pre-check, not the "
               "vendor's answer.")
                .arg(QLocale().toString(m_hackScore, 'f', 3)));
    else if (m_scoreLabel->text().isEmpty())
        m_scoreLabel->setText(tr("Runs verifydesk-engine liveness on this capture, in a "
                                 "process of its own."));
}

void PreCheckPanel::setCapture(const QString &path)
{
    if (path == m_path)
        return;
    cancel();
    m_path = path;
    m_hackScore = -1;
    m_result = EngineCheckResult();
    m_table->setRowCount(0);
    m_scoreLabel->clear();
    m_scoreLabel->setStyleSheet(QString());
    retranslate();
}

void PreCheckPanel::setRunning(bool running)
{
    // Busy until the engine says how far it is.
    m_frame = 0;
    m_frames = 0;
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_runButton->setEnabled(!running);
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
}

void PreCheckPanel::run()
{
    if (m_path.isEmpty() || m_check->isRunning())
        return;
    m_table->setRowCount(0);
    m_hackScore = -1;
    m_result = EngineCheckResult();
    m_scoreLabel->setStyleSheet(QString());
    m_scoreLabel->setText(tr("The engine is looking at the frames…"));
    setRunning(true);
    m_check->start(m_path);
}

void PreCheckPanel::showProgress(int frame, int frames)
{
    m_frame = frame;
    m_frames = frames;
    m_progress->setRange(0, frames);
    m_progress->setValue(frame);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("frame %1 of %2").arg(frame).arg(frames));
}

void PreCheckPanel::cancel()
{
    m_check->cancel();
}

void PreCheckPanel::show(const EngineCheckResult &result)
{
    setRunning(false);
    m_result = result;
    if (result.status != EngineCheckResult::Status::Ok) {
        m_scoreLabel->setStyleSheet(StatePalette::textStyle(
            result.status == EngineCheckResult::Status::Cancelled ? StatePalette::Role::Warning
                                                                  : StatePalette::Role::Error));
        m_scoreLabel->setText(result.message);
        emit done();
        return;
    }
    m_table->setRowCount(int(result.cues.size()));
    for (int row = 0; row < result.cues.size(); ++row) {
        const EngineCue &cue = result.cues.at(row);
        const QStringList cells{cue.name, QLocale().toString(cue.value, 'f', 3),
                                QLocale().toString(cue.attackEvidence, 'f', 3), cue.finding};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(
                tr("Analysed frames this cue refers to: %1. Select the row to highlight them.")
                    .arg(cue.frames.size()));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_hackScore = result.hackScore;
    m_scoreLabel->setStyleSheet(QString());
    retranslate();
    emit done();
}
