// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The desktop mode of verifydesk: creates the QApplication, loads the language and opens the
// main window (and the first-run setup when nothing is configured yet).
class GuiApplication
{
public:
    static int run(int argc, char **argv);
};
