// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QPushButton>

class QAction;

// A push button that stands for an action owned elsewhere: it is enabled when the action is,
// shows the action's tooltip (which says why it is disabled) and a click triggers the action.
// The text stays the button's own, so that its mnemonic can be chosen for its window.
class ActionButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ActionButton(QWidget *parent = nullptr);

    // Follows this action from now on; null: none, and the button is disabled.
    void setAction(QAction *action);
    QAction *action() const { return m_action; }

private:
    void follow();

    QPointer<QAction> m_action;
    QMetaObject::Connection m_changed;
};
