// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// The command-line mode of verifydesk (`verifydesk verify ...`, `--help`, `--version`): runs
// with a QCoreApplication, so it needs no display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when the arguments ask for the command-line mode rather than the desktop window:
    // a command word (anything but an existing file, which the window opens), --help,
    // --version, or no display to open a window on. Decided before any QCoreApplication exists.
    static bool handles(int argc, char **argv);
    // Creates the QCoreApplication, runs the command and returns the process exit code.
    static int run(int argc, char **argv);

private:
    // The value of --lang (as "--lang X" or "--lang=X"); empty when not given. Read before the
    // parser exists, since the parser's own texts are already in the language.
    static QString languageArgument(int argc, char **argv);
};
