// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <optional>

// Modal message boxes that tests can answer in advance, so a GUI test never hangs on one.
class MessageBox
{
public:
    // The next box is not shown; it returns this answer at once (one box only).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The title and text of the last box asked for, shown or answered in advance.
    static QString lastTitle();
    static QString lastText();
    // The folded "Details" of the last box; empty when it had none.
    static QString lastDetails();

    static QMessageBox::StandardButton information(QWidget *parent, const QString &title,
                                                   const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title,
                                               const QString &text);
    // details: technical text folded under the box's "Details" button.
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No,
             const QString &details = {});

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QString &details = {});

    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastTitle;
    static QString s_lastText;
    static QString s_lastDetails;
};
