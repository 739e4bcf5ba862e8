// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientaddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using vd::server::ClientAddress;

class TestClientAddress : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArray>("forwardedFor");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no header") << u"127.0.0.1"_s << QByteArray() << u"127.0.0.1"_s;
        QTest::newRow("untrusted peer: header ignored")
            << u"127.0.0.2"_s << QByteArray("10.9.9.9") << u"127.0.0.2"_s;
        QTest::newRow("trusted proxy") << u"127.0.0.1"_s << QByteArray("10.1.2.3") << u"10.1.2.3"_s;
        QTest::newRow("rightmost untrusted hop wins")
            << u"127.0.0.1"_s << QByteArray("6.6.6.6, 10.1.2.3, 127.0.0.5") << u"10.1.2.3"_s;
        QTest::newRow("only proxies")
            << u"127.0.0.1"_s << QByteArray("127.0.0.5") << u"127.0.0.1"_s;
        QTest::newRow("garbage hop")
            << u"127.0.0.1"_s << QByteArray("evil\x01name") << u"127.0.0.1"_s;
        QTest::newRow("ipv6 hop") << u"127.0.0.1"_s << QByteArray(" 2001:db8::1 ")
                                  << u"2001:db8::1"_s;
        QTest::newRow("too long") << u"127.0.0.1"_s << QByteArray(600, '1') << u"127.0.0.1"_s;
    }

    void resolve()
    {
        QFETCH(QString, peer);
        QFETCH(QByteArray, forwardedFor);
        QFETCH(QString, expected);
        const ClientAddress clients({u"127.0.0.1"_s, u"127.0.0.5"_s});
        QCOMPARE(clients.resolve(peer.toStdString(), forwardedFor.toStdString()), expected);
    }
};

QTEST_GUILESS_MAIN(TestClientAddress)
#include "tst_clientaddress.moc"
