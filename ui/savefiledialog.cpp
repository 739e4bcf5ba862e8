// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefiledialog.h"

#include <QFileDialog>

namespace {

QString nextPath;

} // namespace

void SaveFileDialog::setNextPath(const QString &path)
{
    nextPath = path;
}

QString SaveFileDialog::ask(QWidget *parent, const QString &title, const QString &suggestedName,
                            const QString &filter)
{
    QString path = nextPath;
    nextPath.clear();
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
    return path;
}
