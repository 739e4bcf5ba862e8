// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

class MainWindow;
class QWidget;

// What the GUI tests do to the window as an operator would, and what they read off it, written
// once for tests/ui and tests/e2e. The helpers fail the running test with QVERIFY.
namespace GuiTestHelpers {

// What a file manager does when a file is dropped on a widget.
void dropFile(QWidget *target, const QString &path);

enum class VerifyBy
{
    Shortcut, // Ctrl+Return, the keyboard way
    Click     // a mouse click on the Verify button
};

// Starts a verification and waits until the window reports it finished.
void verifyAndWait(MainWindow *window, VerifyBy how, int timeoutMs);

// The Alt+letter of a text, null when it has none ("&&" is a literal ampersand).
QChar mnemonic(const QString &text);

} // namespace GuiTestHelpers
