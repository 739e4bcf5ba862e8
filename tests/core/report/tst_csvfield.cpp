// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/csvfield.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The field rule that the history export and the batch results share.
class TestCsvField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encoded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");

        QTest::newRow("plain") << u"same_person"_s << u"same_person"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("number") << u"0.8712"_s << u"0.8712"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
        // OWASP's list of characters that make a spreadsheet cell a formula.
        QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("plus") << u"+1+1"_s << u"'+1+1"_s;
        QTest::newRow("minus") << u"-2+3+cmd|' /C calc'!A0"_s << u"'-2+3+cmd|' /C calc'!A0"_s;
        QTest::newRow("at") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
        QTest::newRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
        QTest::newRow("carriage return") << u"\r=1+1"_s << u"\"'\r=1+1\""_s;
        QTest::newRow("formula and quote")
            << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        // Only the first character starts a formula.
        QTest::newRow("minus inside") << u"TID-1"_s << u"TID-1"_s;
    }

    void encoded()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(CsvField::encoded(value), field);
    }
};

QTEST_GUILESS_MAIN(TestCsvField)
#include "tst_csvfield.moc"
