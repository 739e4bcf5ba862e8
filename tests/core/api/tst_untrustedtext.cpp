// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/untrustedtext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Nothing a terminal or a text renderer would act on survives sanitized().
class TestUntrustedText : public QObject
{
    Q_OBJECT

private slots:
    void sanitized_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"selfie_file is too big"_s << u"selfie_file is too big"_s;
        QTest::newRow("newline and tab kept") << u"a\n\tb"_s << u"a\n\tb"_s;
        QTest::newRow("clear screen") << u"x\x1b[2Jy"_s << u"xy"_s;
        QTest::newRow("colour") << u"\x1b[1;31mred\x1b[0m"_s << u"red"_s;
        QTest::newRow("OSC 8 link, BEL") << u"\x1b]8;;http://evil.example/\x07"
                                            u"click\x1b]8;;\x07"_s
                                         << u"click"_s;
        QTest::newRow("OSC 8 link, ST")
            << u"\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\"_s << u"click"_s;
        QTest::newRow("window title") << u"\x1b]0;owned\x07ok"_s << u"ok"_s;
        QTest::newRow("two-character ESC") << u"a\x1b"
                                              u"cb"_s
                                           << u"ab"_s;
        QTest::newRow("lone ESC at the end") << u"a\x1b"_s << u"a"_s;
        QTest::newRow("BEL, BS, CR, NUL") << u"a\x07\x08\r\x00"
                                             u"b"_s
                                          << u"ab"_s;
        QTest::newRow("DEL") << u"a\x7f"
                                u"b"_s
                             << u"ab"_s;
        QTest::newRow("C1 CSI") << u"a\u009b2Jb"_s << u"ab"_s;
        QTest::newRow("C1 NEL") << u"a\u0085b"_s << u"ab"_s;
        QTest::newRow("bidi override") << u"abc\u202Efdp.exe"_s << u"abcfdp.exe"_s;
        QTest::newRow("bidi embeddings") << u"\u202A\u202B\u202C\u202Dx"_s << u"x"_s;
        QTest::newRow("bidi isolates") << u"\u2066\u2067\u2068\u2069x"_s << u"x"_s;
        QTest::newRow("Chinese kept") << u"活体检测失败"_s << u"活体检测失败"_s;
    }

    void sanitized()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(UntrustedText::sanitized(input), expected);
    }

    void lengthIsCapped()
    {
        const QString text = UntrustedText::sanitized(QString(100000, u'x'));
        QCOMPARE(text.size(), UntrustedText::MaxFieldChars + 1);
        QVERIFY(text.endsWith(u"…"_s));
        QCOMPARE(UntrustedText::sanitized(u"abcdef"_s, 3), u"abc…"_s);
        // A cut never leaves half of a surrogate pair.
        const QString emoji = UntrustedText::sanitized(u"ab\U0001F600"_s, 3);
        QCOMPARE(emoji, u"ab…"_s);
    }

    void escapedJsonIsTheSameJson()
    {
        const QByteArray json = u"{\"reason\":\"a\u202Eb\u0085c\",\n \"n\": 1}"_s.toUtf8();
        const QString escaped = UntrustedText::escapedJson(json);
        QVERIFY(!escaped.contains(QChar(0x202e)));
        QVERIFY(!escaped.contains(QChar(0x85)));
        QVERIFY(escaped.contains(u"\\u202e"_s));
        QCOMPARE(QJsonDocument::fromJson(escaped.toUtf8()), QJsonDocument::fromJson(json));
    }
};

QTEST_APPLESS_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
