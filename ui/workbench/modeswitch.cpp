// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeswitch.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

ModeSwitch::ModeSwitch(QMainWindow *operatorWindow, QMainWindow *workbench, QObject *parent)
    : QObject(parent)
    , m_operator(operatorWindow)
    , m_workbench(workbench)
    , m_operatorAction(new QAction(this))
    , m_workbenchAction(new QAction(this))
{
    auto *group = new QActionGroup(this);
    for (QAction *action : {m_operatorAction, m_workbenchAction}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    m_operatorAction->setChecked(true);
    m_operatorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_workbenchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_operatorAction, &QAction::triggered, this, &ModeSwitch::showOperator);
    connect(m_workbenchAction, &QAction::triggered, this, &ModeSwitch::showWorkbench);
    addViewMenu(operatorWindow);
    addViewMenu(workbench);
    retranslate();
}

void ModeSwitch::addViewMenu(QMainWindow *window)
{
    auto *menu = new QMenu(window);
    menu->addAction(m_operatorAction);
    menu->addAction(m_workbenchAction);
    // Before Help, where a window has one (its last menu).
    const QList<QAction *> menus = window->menuBar()->actions();
    if (menus.size() > 1)
        window->menuBar()->insertMenu(menus.last(), menu);
    else
        window->menuBar()->addMenu(menu);
    window->installEventFilter(this);
    m_menus.append(menu);
}

bool ModeSwitch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == m_operator)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ModeSwitch::retranslate()
{
    for (QMenu *menu : std::as_const(m_menus)) {
        if (menu)
            menu->setTitle(tr("Vie&w"));
    }
    m_operatorAction->setText(tr("&Operator screen"));
    m_workbenchAction->setText(tr("&QA workbench"));
}

void ModeSwitch::swap(QMainWindow *from, QMainWindow *to)
{
    if (!from || !to)
        return;
    // The other mode takes the same place on the screen, as a tab would.
    if (from->isVisible()) {
        to->setGeometry(from->geometry());
        from->hide();
    }
    to->show();
    to->raise();
    to->activateWindow();
}

void ModeSwitch::showOperator()
{
    m_operatorAction->setChecked(true);
    swap(m_workbench, m_operator);
}

void ModeSwitch::showWorkbench()
{
    m_workbenchAction->setChecked(true);
    swap(m_operator, m_workbench);
}
