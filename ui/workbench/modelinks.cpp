// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelinks.h"

#include "livenesspanel.h"
#include "mainwindow.h"
#include "modeswitch.h"
#include "workbenchwindow.h"

void linkModes(MainWindow *window, WorkbenchWindow *workbench, ModeSwitch *modes)
{
    QObject::connect(window->livenessPanel(), &LivenessPanel::inspectRequested, workbench,
                     [workbench, modes](const QString &path) {
                         modes->showWorkbench();
                         workbench->inspect(path);
                     });
    QObject::connect(workbench, &WorkbenchWindow::verificationRequested, window,
                     [window, modes](const QString &path) {
                         window->livenessPanel()->setFile(path);
                         modes->showOperator();
                     });
}
