// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using vd::server::PostgresAddress;

class TestPostgresAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("display"); // empty: refused
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("full") << u"postgresql://vd@db.lan:6543/team"_s
                              << u"postgresql://vd@db.lan:6543/team"_s << QString();
        QTest::newRow("default port") << u"postgres://vd@127.0.0.1/team"_s
                                      << u"postgresql://vd@127.0.0.1:5432/team"_s << QString();
        QTest::newRow("password") << u"postgresql://vd:hunter2@127.0.0.1/team"_s << QString()
                                  << u"PGPASSWORD"_s;
        QTest::newRow("no user") << u"postgresql://127.0.0.1/team"_s << QString() << u"user"_s;
        QTest::newRow("no database")
            << u"postgresql://vd@127.0.0.1/"_s << QString() << u"database"_s;
        QTest::newRow("other scheme")
            << u"mysql://vd@127.0.0.1/team"_s << QString() << u"URL like"_s;
    }

    void parse()
    {
        QFETCH(QString, url);
        QFETCH(QString, display);
        QFETCH(QString, errorPart);
        QString error;
        const auto address = PostgresAddress::parse(url, &error);
        if (display.isEmpty()) {
            QVERIFY(!address);
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            QVERIFY(!error.contains(u"hunter2"_s));
        } else {
            QVERIFY2(address, qPrintable(error));
            QCOMPARE(address->display(), display);
        }
    }
};

QTEST_GUILESS_MAIN(TestPostgresAddress)
#include "tst_postgresaddress.moc"
