// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class BatchPage;
class InspectorPage;
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

    // Shows the file in the Inspect tab.
    bool inspect(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
    InspectorPage *m_inspector;
    BatchPage *m_batch;
    QMenu *m_fileMenu;
    QAction *m_openAction;
    QAction *m_closeAction;
};
