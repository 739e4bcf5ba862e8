// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liveness/enginecheck.h"

#include <QGroupBox>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// The reference engine's liveness assessment of the open capture on screen, run on demand off
// the GUI thread (a verifydesk-engine process) with progress and Cancel: the per-cue table and
// the hack_score, marked as a local pre-check, not the vendor's answer.
class PreCheckPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit PreCheckPanel(QWidget *parent = nullptr);

    // The capture to check; clears the last result.
    void setCapture(const QString &path);
    EngineCheck *check() const { return m_check; }
    QTableWidget *cueTable() const { return m_table; }
    QLabel *scoreLabel() const { return m_scoreLabel; }
    QProgressBar *progressBar() const { return m_progress; }
    // The last answer shown (status Failed before any).
    const EngineCheckResult &result() const { return m_result; }

public slots:
    void run();
    void cancel();

signals:
    void done();
    // The cue chosen in the table refers to these analysed frames.
    void cueFramesSelected(const QList<int> &frames);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setRunning(bool running);
    void showProgress(int frame, int frames);
    void show(const EngineCheckResult &result);

    EngineCheck *m_check;
    QString m_path;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_scoreLabel;
    QTableWidget *m_table;
    double m_hackScore = -1;
    int m_frame = 0; // the engine's last "frame K of N", 0 before it said any
    int m_frames = 0;
    EngineCheckResult m_result;
};
