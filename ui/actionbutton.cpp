// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionbutton.h"

#include <QAction>

ActionButton::ActionButton(QWidget *parent)
    : QPushButton(parent)
{
    connect(this, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action->trigger();
    });
    follow();
}

void ActionButton::setAction(QAction *action)
{
    disconnect(m_changed);
    m_action = action;
    if (action)
        m_changed = connect(action, &QAction::changed, this, &ActionButton::follow);
    follow();
}

void ActionButton::follow()
{
    setEnabled(m_action && m_action->isEnabled());
    setToolTip(m_action ? m_action->toolTip() : QString());
}
