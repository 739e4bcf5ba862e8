// SPDX-License-Identifier: GPL-3.0-or-later
#include "statepalette.h"

using namespace Qt::StringLiterals;

QColor StatePalette::color(Role role)
{
    // Dark enough to read on the light window background of every platform style.
    switch (role) {
    case Role::Success:
        return QColor(QRgb(0x1a7f37));
    case Role::Error:
        return QColor(QRgb(0xb42318));
    case Role::Warning:
        return QColor(QRgb(0x9a6700));
    }
    return {};
}

QString StatePalette::textStyle(Role role)
{
    return u"color: %1;"_s.arg(color(role).name());
}
