// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// Asks where to save a file; tests give the answer in advance, so a GUI test never hangs on the
// dialog (as MessageBox::setNextAnswer does for message boxes).
class SaveFileDialog
{
public:
    // The next ask() returns this path at once, without a dialog (one call only).
    static void setNextPath(const QString &path);
    // Empty when the operator cancels.
    static QString ask(QWidget *parent, const QString &title, const QString &suggestedName,
                       const QString &filter);
};
