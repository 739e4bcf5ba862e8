// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class BatchPage;
class InspectorPage;
class RecorderPage;
class QTabWidget;

// The QA engineer's window, the app's second mode: the Inspect tab looks inside any liveness
// file (more tabs join it for recording and batch runs).
class WorkbenchWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit WorkbenchWindow(QWidget *parent = nullptr);

    InspectorPage *inspector() const { return m_inspector; }
    BatchPage *batch() const { return m_batch; }
    QTabWidget *tabs() const { return m_tabs; }
    RecorderPage *recorder() const { return m_recorder; }

    // Shows the file in the Inspect tab.
    bool inspect(const QString &path);

signals:
    // A capture made here is to be verified: the operator screen takes it as liveness data.
    void verificationRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
    InspectorPage *m_inspector;
    RecorderPage *m_recorder;
    BatchPage *m_batch;
    QMenu *m_fileMenu;
    QAction *m_openAction;
    QAction *m_closeAction;
};
