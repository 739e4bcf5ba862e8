// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

// Who the application is (organisation, name, display name, version, desktop file) and the
// language it speaks: set up the same way for the command line and the window.
class AppIdentity
{
public:
    // Right after the application object exists, before any setting is read: the settings are
    // found by these names. The display and desktop file names are set with a QGuiApplication
    // only; the command line has no window to show them.
    static void apply(QCoreApplication *app);
};
