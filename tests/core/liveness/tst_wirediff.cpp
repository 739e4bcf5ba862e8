// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveness/wirediff.h"
#include "liveness/wiretree.h"
#include "wirewriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using wiretest::Wire;

// Tests WireDiff on hand-built files: fields paired by number and occurrence, the innermost
// difference found, fields only on one side named.
class TestWireDiff : public QObject
{
    Q_OBJECT

private slots:
    void oneNestedFieldChanged_data()
    {
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<QStringList>("differences");
        const auto file = [](quint64 deep, const QByteArray &text, bool extra) {
            Wire device = Wire().bytes(1, "Acme").message(2, Wire().varint(1, 7).varint(3, deep));
            if (extra)
                device.fixed32(9, 5);
            return Wire()
                .varint(1, 2)
                .message(4, device)
                .bytes(5, QByteArray(3000, 'x'))
                .bytes(6, text)
                .bytes(6, "second")
                .data();
        };
        QTest::newRow("same") << file(300, "first", false) << QStringList();
        QTest::newRow("nested varint")
            << file(301, "first", false) << QStringList{u"4.2.3 changed"_s};
        QTest::newRow("repeated text") << file(300, "firsT", false) << QStringList{u"6 changed"_s};
        QTest::newRow("only in B") << file(300, "first", true) << QStringList{u"4.9 only_in_b"_s};
    }

    void oneNestedFieldChanged()
    {
        QFETCH(QByteArray, b);
        QFETCH(QStringList, differences);
        const QByteArray a =
            Wire()
                .varint(1, 2)
                .message(4, Wire().bytes(1, "Acme").message(2, Wire().varint(1, 7).varint(3, 300)))
                .bytes(5, QByteArray(3000, 'x'))
                .bytes(6, "first")
                .bytes(6, "second")
                .data();
        WireTree treeA;
        WireTree treeB;
        QVERIFY(!treeA.setData(a).isError());
        QVERIFY(!treeB.setData(b).isError());
        WireDiff diff(treeA, treeB);
        QStringList paths;
        for (const WireDiffEntry &entry : diff.differences())
            paths.append(entry.path + u' ' + WireDiff::stateName(entry.state));
        QCOMPARE(paths, differences);
    }

    void statesOfTheTopLevel()
    {
        WireTree a;
        WireTree b;
        QVERIFY(
            !a.setData(Wire().varint(1, 1).bytes(2, "same").message(3, Wire().varint(1, 1)).data())
                 .isError());
        QVERIFY(!b.setData(Wire().varint(1, 2).bytes(2, "same").fixed64(7, 9).data()).isError());
        WireDiff diff(a, b);
        const QList<WireDiffEntry> top = diff.children(-1, -1);
        QCOMPARE(top.size(), 4);
        QCOMPARE(top[0].path, u"1"_s);
        QCOMPARE(top[0].state, WireDiffEntry::State::Changed);
        QVERIFY(!diff.canExpand(top[0]));
        QCOMPARE(top[1].state, WireDiffEntry::State::Same);
        QCOMPARE(top[2].path, u"3"_s);
        QCOMPARE(top[2].state, WireDiffEntry::State::OnlyInA);
        QCOMPARE(top[2].b, -1);
        QCOMPARE(top[3].path, u"7"_s);
        QCOMPARE(top[3].state, WireDiffEntry::State::OnlyInB);
        QCOMPARE(top[3].a, -1);
    }
};

QTEST_GUILESS_MAIN(TestWireDiff)
#include "tst_wirediff.moc"
