// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionbutton.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestActionButton : public QObject
{
    Q_OBJECT

private slots:
    void followsTheActionAndTriggersIt();
    void withoutAnActionItIsDisabled();
};

void TestActionButton::followsTheActionAndTriggersIt()
{
    QWidget window;
    QAction action(u"&Receipt…"_s, &window);
    action.setEnabled(false);
    action.setToolTip(u"No answer yet"_s);
    ActionButton button(&window);
    button.setText(u"Receipt (&Q)…"_s);
    button.setAction(&action);
    QVERIFY(!button.isEnabled());
    QCOMPARE(button.toolTip(), u"No answer yet"_s);

    action.setEnabled(true);
    action.setToolTip(u"Receipt…"_s);
    QVERIFY(button.isEnabled());
    QCOMPARE(button.toolTip(), u"Receipt…"_s);
    // The button keeps its own text and mnemonic.
    QCOMPARE(button.text(), u"Receipt (&Q)…"_s);

    QSignalSpy triggered(&action, &QAction::triggered);
    window.show();
    QTest::mouseClick(&button, Qt::LeftButton);
    QCOMPARE(triggered.size(), 1);
    action.setEnabled(false);
    QTest::mouseClick(&button, Qt::LeftButton);
    QCOMPARE(triggered.size(), 1);
}

void TestActionButton::withoutAnActionItIsDisabled()
{
    QAction action(u"Save"_s);
    ActionButton button;
    QVERIFY(!button.isEnabled());
    button.setAction(&action);
    QVERIFY(button.isEnabled());
    button.setAction(nullptr);
    QVERIFY(!button.isEnabled());
    // The action it no longer follows does not change it.
    action.setEnabled(false);
    action.setEnabled(true);
    QVERIFY(!button.isEnabled());
}

QTEST_MAIN(TestActionButton)
#include "tst_actionbutton.moc"
