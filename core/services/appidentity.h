// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

// Who the application is (organisation, name, display name, version, desktop file) and the
// language it speaks: set up the same way for the command line and the window.
class AppIdentity
{
public:
    // Right after the application object exists, before any setting is read: the settings are
    // found by these names. The display and desktop file names are set with a QGuiApplication
    // only; the command line has no window to show them. The language is `language` when it is
    // one of ours (`verifydesk --lang`), else the operator's saved choice, else the system's.
    static void apply(QCoreApplication *app, const QString &language = {});
};
