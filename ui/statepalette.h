// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

// The colours that mark a state in the widgets (a verdict, an error, a warning), by role, so that
// each is chosen in one place (as KeePassXC's StateColorPalette).
class StatePalette
{
public:
    enum class Role
    {
        Success, // same person, live
        Error,   // not the same person, an attack, a failure, a broken rule
        Warning  // a doubt that does not stop the operator
    };

    static QColor color(Role role);
    // "color: #rrggbb;": the style sheet of a label in that state.
    static QString textStyle(Role role);
};
