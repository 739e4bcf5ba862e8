// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitesthelpers.h"

#include "mainwindow.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace GuiTestHelpers {

void dropFile(QWidget *target, const QString &path)
{
    QVERIFY(target);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPointF at = QRectF(target->rect()).center();
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

void verifyAndWait(MainWindow *window, VerifyBy how, int timeoutMs)
{
    QSignalSpy finished(window, &MainWindow::verificationFinished);
    auto *verify = window->findChild<QPushButton *>(u"verifyButton"_s);
    QVERIFY(verify);
    QVERIFY(verify->isEnabled());
    if (how == VerifyBy::Shortcut)
        QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    else
        QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeoutMs);
}

QChar mnemonic(const QString &text)
{
    static const QRegularExpression marker(u"(^|[^&])&([^& ])"_s);
    const QRegularExpressionMatch match = marker.match(text);
    return match.hasMatch() ? match.captured(2).at(0).toLower() : QChar();
}

} // namespace GuiTestHelpers
