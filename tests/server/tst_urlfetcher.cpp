// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultserver.h"
#include "scriptedhttpserver.h"
#include "urlfetcher.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using vd::server::FetchResult;
using vd::server::UrlFetcher;
using Outcome = FetchResult::Outcome;

namespace {

// fetch() blocks; the loopback servers of the test need this thread's event loop meanwhile.
FetchResult fetchWhileServing(const UrlFetcher &fetcher, const QString &url, qint64 maxBytes)
{
    QFuture<FetchResult> future =
        QtConcurrent::run([&fetcher, url, maxBytes] { return fetcher.fetch(url, maxBytes); });
    QElapsedTimer clock;
    clock.start();
    while (!future.isFinished() && clock.elapsed() < 30000)
        QTest::qWait(20);
    return future.result();
}

// Answers every request with a redirect to `location`.
class RedirectServer : public QTcpServer
{
public:
    explicit RedirectServer(QByteArray location)
        : m_location(std::move(location))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 302 Found\r\nLocation: " + m_location +
                                  "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }

private:
    QByteArray m_location;
};

} // namespace

class TestUrlFetcher : public QObject
{
    Q_OBJECT

private slots:
    void nonPublicAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("nonPublic");
        QTest::newRow("loopback") << u"127.0.0.1"_s << true;
        QTest::newRow("loopback /8") << u"127.8.9.10"_s << true;
        QTest::newRow("10/8") << u"10.0.0.1"_s << true;
        QTest::newRow("172.16/12") << u"172.31.255.1"_s << true;
        QTest::newRow("172.32 is public") << u"172.32.0.1"_s << false;
        QTest::newRow("192.168/16") << u"192.168.1.1"_s << true;
        QTest::newRow("link-local") << u"169.254.169.254"_s << true;
        QTest::newRow("carrier-grade NAT") << u"100.64.0.1"_s << true;
        QTest::newRow("unspecified") << u"0.0.0.0"_s << true;
        QTest::newRow("multicast") << u"224.0.0.1"_s << true;
        QTest::newRow("broadcast") << u"255.255.255.255"_s << true;
        QTest::newRow("public v4") << u"93.184.216.34"_s << false;
        QTest::newRow("IPv6 loopback") << u"::1"_s << true;
        QTest::newRow("IPv6 link-local") << u"fe80::1"_s << true;
        QTest::newRow("IPv6 unique local") << u"fd00::1"_s << true;
        QTest::newRow("IPv4-mapped loopback") << u"::ffff:127.0.0.1"_s << true;
        QTest::newRow("IPv4-mapped private") << u"::ffff:10.1.1.1"_s << true;
        QTest::newRow("IPv4-mapped public") << u"::ffff:93.184.216.34"_s << false;
        QTest::newRow("IPv4-compatible loopback") << u"::127.0.0.1"_s << true;
        QTest::newRow("IPv4-compatible public") << u"::93.184.216.34"_s << true;
        QTest::newRow("IPv4-translated loopback") << u"::ffff:0:127.0.0.1"_s << true;
        QTest::newRow("NAT64 loopback") << u"64:ff9b::127.0.0.1"_s << true;
        QTest::newRow("local NAT64") << u"64:ff9b:1::10.0.0.1"_s << true;
        QTest::newRow("6to4 of loopback") << u"2002:7f00:1::1"_s << true;
        QTest::newRow("6to4 of a private address") << u"2002:c0a8:101::1"_s << true;
        QTest::newRow("Teredo") << u"2001:0:4136:e378:8000:63bf:3fff:fdd2"_s << true;
        QTest::newRow("public v6") << u"2606:2800:220:1:248:1893:25c8:1946"_s << false;
    }
    void nonPublicAddresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, nonPublic);
        QCOMPARE(UrlFetcher::isNonPublic(QHostAddress(address)), nonPublic);
    }

    void refusedWithoutConnecting_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("loopback") << u"http://127.0.0.1:%1/a.jpg"_s;
        QTest::newRow("localhost") << u"http://localhost:%1/a.jpg"_s;
        QTest::newRow("IPv6 loopback") << u"http://[::1]:%1/a.jpg"_s;
    }
    void refusedWithoutConnecting()
    {
        QFETCH(QString, url);
        FaultServer target(FaultServer::Mode::Silent);
        QVERIFY(target.start().isValid());
        const UrlFetcher fetcher(std::chrono::seconds(2), false);
        const FetchResult result = fetchWhileServing(fetcher, url.arg(target.serverPort()), 1024);
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(target.connectionCount(), 0);
    }

    void badUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("relative") << u"/a.jpg"_s;
        QTest::newRow("ftp") << u"ftp://example.com/a.jpg"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s;
        QTest::newRow("credentials") << u"http://user:pw@example.com/a.jpg"_s;
        QTest::newRow("garbage") << u"http://exa mple.com/"_s;
    }
    void badUrls()
    {
        QFETCH(QString, url);
        const UrlFetcher fetcher(std::chrono::seconds(2), true);
        QCOMPARE(fetcher.fetch(url, 1024).outcome, Outcome::Failed);
    }

    void fetchesWithinTheCap()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.enqueue(ScriptedHttpServer::Reply::raw(200, "0123456789", "image/jpeg"));
        const UrlFetcher fetcher(std::chrono::seconds(5), true);
        const FetchResult result =
            fetchWhileServing(fetcher, base.resolved(QUrl(u"/a.jpg?x=1"_s)).toString(), 10);
        QCOMPARE(result.outcome, Outcome::Ok);
        QCOMPARE(result.data, QByteArray("0123456789"));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().constFirst().url.path(), u"/a.jpg"_s);
    }

    void overTheCap()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.enqueue(ScriptedHttpServer::Reply::raw(200, "0123456789A", "image/jpeg"));
        const UrlFetcher fetcher(std::chrono::seconds(5), true);
        QCOMPARE(fetchWhileServing(fetcher, base.toString(), 10).outcome, Outcome::TooLarge);
    }

    void httpError()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.enqueue(ScriptedHttpServer::Reply::raw(403, "no", "text/plain"));
        const UrlFetcher fetcher(std::chrono::seconds(5), true);
        const FetchResult result = fetchWhileServing(fetcher, base.toString(), 1024);
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY(result.message.contains(u"403"_s));
    }

    void connectionRefused()
    {
        const UrlFetcher fetcher(std::chrono::seconds(5), true);
        const FetchResult result =
            fetcher.fetch(u"http://127.0.0.1:%1/"_s.arg(FaultServer::closedPort()), 1024);
        QCOMPARE(result.outcome, Outcome::Failed);
    }

    void stalledServerTimesOut()
    {
        FaultServer server(FaultServer::Mode::Silent);
        const QUrl base = server.start();
        const UrlFetcher fetcher(std::chrono::milliseconds(1500), true);
        QElapsedTimer clock;
        clock.start();
        const FetchResult result = fetchWhileServing(fetcher, base.toString(), 1024);
        QCOMPARE(result.outcome, Outcome::TimedOut);
        QVERIFY(clock.elapsed() >= 1400);
        QCOMPARE(server.connectionCount(), 1);
    }

    // The timeout is a deadline for the whole fetch: a server that answers its status line and
    // then trickles a header byte every 200 ms (each read well within the timeout) is cut off.
    void tricklingHeadersTimeOut()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTimer trickle;
        QPointer<QTcpSocket> client;
        int sent = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            client = server.nextPendingConnection();
            connect(client, &QTcpSocket::readyRead, client, [&] {
                client->readAll();
                if (!trickle.isActive()) {
                    client->write("HTTP/1.1 200 OK\r\nX-Slow: ");
                    trickle.start(200);
                }
            });
        });
        connect(&trickle, &QTimer::timeout, this, [&] {
            if (client && ++sent < 60) // 12 s of header bytes
                client->write("a");
        });
        const UrlFetcher fetcher(std::chrono::milliseconds(1000), true);
        QElapsedTimer clock;
        clock.start();
        const FetchResult result = fetchWhileServing(
            fetcher, u"http://127.0.0.1:%1/a.jpg"_s.arg(server.serverPort()), 1024);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(result.outcome, Outcome::TimedOut);
        QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed)));
    }

    void followsRedirects()
    {
        ScriptedHttpServer target;
        const QUrl base = target.start();
        target.enqueue(ScriptedHttpServer::Reply::raw(200, "moved here", "image/jpeg"));
        RedirectServer redirect(base.resolved(QUrl(u"/final.jpg"_s)).toEncoded());
        QVERIFY(redirect.listen(QHostAddress::LocalHost, 0));
        const UrlFetcher fetcher(std::chrono::seconds(5), true);
        const FetchResult result = fetchWhileServing(
            fetcher, u"http://127.0.0.1:%1/start.jpg"_s.arg(redirect.serverPort()), 1024);
        QCOMPARE(result.outcome, Outcome::Ok);
        QCOMPARE(result.data, QByteArray("moved here"));
        QCOMPARE(target.requests().constFirst().url.path(), u"/final.jpg"_s);
    }

    void redirectLoopStops()
    {
        RedirectServer redirect("/again");
        QVERIFY(redirect.listen(QHostAddress::LocalHost, 0));
        const UrlFetcher fetcher(std::chrono::seconds(5), true);
        const FetchResult result = fetchWhileServing(
            fetcher, u"http://127.0.0.1:%1/start"_s.arg(redirect.serverPort()), 1024);
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY(result.message.contains(u"redirects"_s));
    }

    void redirectToANonPublicSchemeIsRefused()
    {
        RedirectServer redirect("file:///etc/passwd");
        QVERIFY(redirect.listen(QHostAddress::LocalHost, 0));
        const UrlFetcher fetcher(std::chrono::seconds(5), true);
        QCOMPARE(fetchWhileServing(fetcher,
                                   u"http://127.0.0.1:%1/start"_s.arg(redirect.serverPort()), 1024)
                     .outcome,
                 Outcome::Failed);
    }
};

QTEST_GUILESS_MAIN(TestUrlFetcher)
#include "tst_urlfetcher.moc"
