// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "guiapplication.h"

// The same binary is the desktop app and the command-line tool; the choice is made before any
// QCoreApplication exists, so --help, --version and verify never need a display.
int main(int argc, char *argv[])
{
    if (CommandLine::handles(argc, argv))
        return CommandLine::run(argc, argv);
    return GuiApplication::run(argc, argv);
}
