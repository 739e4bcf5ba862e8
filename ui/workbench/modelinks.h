// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;
class ModeSwitch;
class WorkbenchWindow;

// What the two modes hand each other: the operator's liveness file to inspect in the workbench,
// a capture recorded or built in the workbench to verify on the operator screen. Wired in one
// place, so the app and its tests link the windows the same way.
void linkModes(MainWindow *window, WorkbenchWindow *workbench, ModeSwitch *modes);
