// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/verdict.h"
#include "resultpanel.h"
#include "statepalette.h"

#include <QDateTime>
#include <QFrame>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

// The state colours keep the look the widgets had before they came from one palette, and the
// result panel marks its verdicts with them.
class TestStatePalette : public QObject
{
    Q_OBJECT

private slots:
    void colours_data();
    void colours();
    void verdictsUseThePalette_data();
    void verdictsUseThePalette();
};

void TestStatePalette::colours_data()
{
    QTest::addColumn<StatePalette::Role>("role");
    QTest::addColumn<QString>("style");
    QTest::newRow("success") << StatePalette::Role::Success << u"color: #1a7f37;"_s;
    QTest::newRow("error") << StatePalette::Role::Error << u"color: #b42318;"_s;
    QTest::newRow("warning") << StatePalette::Role::Warning << u"color: #9a6700;"_s;
}

void TestStatePalette::colours()
{
    QFETCH(StatePalette::Role, role);
    QFETCH(QString, style);
    QCOMPARE(StatePalette::textStyle(role), style);
    QVERIFY(StatePalette::color(role).isValid());
    QCOMPARE(StatePalette::color(role).alpha(), 255);
}

void TestStatePalette::verdictsUseThePalette_data()
{
    QTest::addColumn<double>("verifyScore");
    QTest::addColumn<double>("hackScore");
    QTest::addColumn<StatePalette::Role>("verdict");
    QTest::addColumn<StatePalette::Role>("liveness");
    QTest::newRow("same person") << 0.9 << 0.1 << StatePalette::Role::Success
                                 << StatePalette::Role::Success;
    QTest::newRow("not the same person")
        << 0.3 << 0.1 << StatePalette::Role::Error << StatePalette::Role::Success;
    QTest::newRow("possible attack")
        << 0.9 << 0.99 << StatePalette::Role::Error << StatePalette::Role::Error;
}

void TestStatePalette::verdictsUseThePalette()
{
    QFETCH(double, verifyScore);
    QFETCH(double, hackScore);
    QFETCH(StatePalette::Role, verdict);
    QFETCH(StatePalette::Role, liveness);
    ResultPanel panel;
    VerificationResult result;
    result.verifyScore = verifyScore;
    result.hackScore = hackScore;
    panel.showResult(result, Thresholds{}, QDateTime::currentDateTime(), 0);
    QVERIFY(panel.findChild<QFrame *>(u"verdictBanner"_s)
                ->styleSheet()
                .contains(StatePalette::color(verdict).name()));
    QCOMPARE(panel.findChild<QLabel *>(u"livenessVerdictLabel"_s)->styleSheet(),
             StatePalette::textStyle(liveness));
}

QTEST_MAIN(TestStatePalette)
#include "tst_statepalette.moc"
