// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

// The app's two modes, the operator's screen (Ctrl+1) and the QA workbench (Ctrl+2): a View
// menu in each window whose actions show one window in the other's place.
class ModeSwitch : public QObject
{
    Q_OBJECT

public:
    ModeSwitch(QMainWindow *operatorWindow, QMainWindow *workbench, QObject *parent = nullptr);

    QAction *operatorAction() const { return m_operatorAction; }
    QAction *workbenchAction() const { return m_workbenchAction; }

public slots:
    void showOperator();
    void showWorkbench();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addViewMenu(QMainWindow *window);
    void retranslate();
    void swap(QMainWindow *from, QMainWindow *to);

    QPointer<QMainWindow> m_operator;
    QPointer<QMainWindow> m_workbench;
    QAction *m_operatorAction;
    QAction *m_workbenchAction;
    QList<QPointer<QMenu>> m_menus;
};
