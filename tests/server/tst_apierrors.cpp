// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests of verifydesk-server over loopback, the error table: parameters, encoding,
// accounts (credentials, expiry, permission, rate limit, quota), paths, liveness data and URL
// inputs (private addresses, failures, size cap, a stalled download).
#include "apiassertions.h"
#include "faultserver.h"
#include "scriptedhttpserver.h"
#include "serverprocess.h"
#include "testinputs.h"

#include <QFile>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace apitest;

class TestApiErrors : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server; // private URLs refused
    ServerProcess m_open;   // --allow-private-urls, short download timeout
    QTemporaryDir m_tmp;
    QByteArray m_selfie;
    QByteArray m_capture;

private slots:
    void initTestCase()
    {
        m_selfie = TestInputs::samplePhoto(1);
        QVERIFY(!m_selfie.isEmpty());
        m_capture = TestInputs::capture({m_selfie});
        QFile accounts(m_tmp.filePath(u"accounts.json"_s));
        QVERIFY(accounts.open(QIODevice::WriteOnly));
        accounts.write(R"({"accounts": [
            {"id": "ID", "secret": "SECRET", "rate_limit_per_second": 0},
            {"id": "expired", "secret": "s", "expires": "2020-01-31"},
            {"id": "noperm", "secret": "s", "permission": false},
            {"id": "slow", "secret": "s", "rate_limit_per_second": 0.1},
            {"id": "quota", "secret": "s", "quota": 2, "rate_limit_per_second": 0}
        ]})");
        accounts.close();
        const QString error =
            m_server.start({u"--accounts"_s, accounts.fileName(), u"--workers"_s, u"1"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString openError =
            m_open.start({u"--account"_s, u"ID:SECRET"_s, u"--allow-private-urls"_s,
                          u"--download-timeout"_s, u"2"_s, u"--workers"_s, u"1"_s});
        QVERIFY2(openError.isEmpty(), qPrintable(openError));
    }

    void invalidArgument_data()
    {
        QTest::addColumn<Parts>("parts");
        const QByteArray capture = TestInputs::capture({TestInputs::samplePhoto(1)});
        const QByteArray selfie = TestInputs::samplePhoto(1);
        QTest::newRow("no selfie") << (credentials() + Parts{file("liveness_data_file", capture)});
        QTest::newRow("no liveness data") << (credentials() + Parts{file("selfie_file", selfie)});
        QTest::newRow("selfie file and url")
            << (credentials() + Parts{file("selfie_file", selfie),
                                      text("selfie_url", "http://example.invalid/a.jpg"),
                                      file("liveness_data_file", capture)});
        QTest::newRow("selfie file and id")
            << (credentials() + Parts{file("selfie_file", selfie), text("selfie_image_id", "abc"),
                                      file("liveness_data_file", capture)});
        QTest::newRow("all three selfie sources")
            << (credentials() + Parts{file("selfie_file", selfie), text("selfie_image_id", "abc"),
                                      text("selfie_url", "http://example.invalid/a.jpg"),
                                      file("liveness_data_file", capture)});
        QTest::newRow("liveness file and id")
            << (credentials() + Parts{file("selfie_file", selfie),
                                      file("liveness_data_file", capture),
                                      text("liveness_data_id", "abc")});
        QTest::newRow("liveness url and id")
            << (credentials() + Parts{file("selfie_file", selfie),
                                      text("liveness_data_url", "http://example.invalid/a"),
                                      text("liveness_data_id", "abc")});
        QTest::newRow("selfie twice")
            << (credentials() + Parts{file("selfie_file", selfie), file("selfie_file", selfie),
                                      file("liveness_data_file", capture)});
        QTest::newRow("selfie_auto_rotate not a boolean")
            << (credentials() + Parts{file("selfie_file", selfie),
                                      file("liveness_data_file", capture),
                                      text("selfie_auto_rotate", "maybe")});
        QTest::newRow("no api_secret") << Parts{text("api_id", "ID"), file("selfie_file", selfie),
                                                file("liveness_data_file", capture)};
        QTest::newRow("a text parameter over 64 KiB")
            << (credentials() + Parts{text("selfie_image_id", QByteArray(70000, 'a')),
                                      file("liveness_data_file", capture)});
    }
    void invalidArgument()
    {
        QFETCH(Parts, parts);
        expectError(m_server.post(parts), 400, u"INVALID_ARGUMENT"_s, {}, true);
    }

    // A repeated scalar field is refused like a repeated file or source field, whether both
    // copies are in the body or one is in the query string.
    void duplicateFields_data()
    {
        QTest::addColumn<Parts>("parts");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("name");
        const Parts inputs{file("selfie_file", m_selfie), file("liveness_data_file", m_capture)};
        QTest::newRow("api_id twice")
            << (credentials() + Parts{text("api_id", "ID")} + inputs) << QString() << u"api_id"_s;
        QTest::newRow("api_secret twice")
            << (credentials() + Parts{text("api_secret", "SECRET")} + inputs) << QString()
            << u"api_secret"_s;
        QTest::newRow("selfie_auto_rotate twice")
            << (credentials() + inputs +
                Parts{text("selfie_auto_rotate", "true"), text("selfie_auto_rotate", "false")})
            << QString() << u"selfie_auto_rotate"_s;
        QTest::newRow("api_id in query and body")
            << (credentials() + inputs) << u"api_id=ID"_s << u"api_id"_s;
        QTest::newRow("selfie_auto_rotate in query and body")
            << (credentials() + inputs + Parts{text("selfie_auto_rotate", "true")})
            << u"selfie_auto_rotate=true"_s << u"selfie_auto_rotate"_s;
    }
    void duplicateFields()
    {
        QFETCH(Parts, parts);
        QFETCH(QString, query);
        QFETCH(QString, name);
        const auto answer = m_server.post(parts, query);
        expectError(answer, 400, u"INVALID_ARGUMENT"_s, {}, true);
        QCOMPARE(answer.json.value(u"reason"_s).toString(), name + u" is given more than once"_s);
    }

    void encodingError_data()
    {
        QTest::addColumn<Parts>("parts");
        QTest::addColumn<QString>("query");
        QTest::newRow("api_id in Latin-1")
            << Parts{text("api_id", "caf\xe9"), text("api_secret", "SECRET")} << QString();
        QTest::newRow("selfie_image_id with a lone continuation byte")
            << (credentials() + Parts{text("selfie_image_id", "ab\x80"
                                                              "cd")})
            << QString();
        QTest::newRow("in the query string") << Parts{text("selfie_auto_rotate", "false")}
                                             << u"api_id=ID&api_secret=SECRET&selfie_url=%FF%FE"_s;
    }
    void encodingError()
    {
        QFETCH(Parts, parts);
        QFETCH(QString, query);
        expectError(m_server.post(parts, query), 400, u"ENCODING_ERROR"_s);
    }

    void accountErrors_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("reason");
        QTest::newRow("wrong secret")
            << QByteArray("ID") << QByteArray("SECRET2") << 401 << u"UNAUTHORIZED"_s << false;
        QTest::newRow("secret prefix")
            << QByteArray("ID") << QByteArray("SECRE") << 401 << u"UNAUTHORIZED"_s << false;
        QTest::newRow("unknown id")
            << QByteArray("nobody") << QByteArray("SECRET") << 401 << u"UNAUTHORIZED"_s << false;
        QTest::newRow("expired") << QByteArray("expired") << QByteArray("s") << 401
                                 << u"KEY_EXPIRED"_s << true;
        QTest::newRow("no permission")
            << QByteArray("noperm") << QByteArray("s") << 403 << u"NO_PERMISSION"_s << false;
    }
    void accountErrors()
    {
        QFETCH(QByteArray, id);
        QFETCH(QByteArray, secret);
        QFETCH(int, http);
        QFETCH(QString, status);
        QFETCH(bool, reason);
        const auto answer =
            m_server.post(credentials(id, secret) + Parts{file("selfie_file", m_selfie),
                                                          file("liveness_data_file", m_capture)});
        expectError(answer, http, status, {}, reason);
        if (status == u"KEY_EXPIRED"_s)
            QVERIFY(answer.json.value(u"reason"_s).toString().contains(u"2020-01-31"_s));
    }

    void rateLimit()
    {
        // 0.1 calls per second: the bucket holds one call, the next one comes in 10 s.
        const Parts parts = credentials("slow", "s");
        expectError(m_server.post(parts), 400, u"INVALID_ARGUMENT"_s, {}, true);
        expectError(m_server.post(parts), 403, u"RATE_LIMIT_EXCEEDED"_s);
        expectError(m_server.post(parts), 403, u"RATE_LIMIT_EXCEEDED"_s);
    }

    void quota()
    {
        const Parts parts = credentials("quota", "s");
        expectError(m_server.post(parts), 400, u"INVALID_ARGUMENT"_s, {}, true);
        expectError(m_server.post(parts), 400, u"INVALID_ARGUMENT"_s, {}, true);
        expectError(m_server.post(parts), 403, u"OUT_OF_QUOTA"_s);
        // Other accounts are not affected.
        expectError(m_server.post(credentials()), 400, u"INVALID_ARGUMENT"_s, {}, true);
    }

    void wrongLivenessData_data()
    {
        QTest::addColumn<QByteArray>("liveness");
        QTest::newRow("random bytes") << QByteArray(2000, '\x07');
        QTest::newRow("a JPEG") << TestInputs::samplePhoto(1);
        QTest::newRow("another magic (a vendor's file)")
            << TestInputs::capture({TestInputs::samplePhoto(1)}, u"linkface.liveness"_s);
        QTest::newRow("empty") << QByteArray();
    }
    void wrongLivenessData()
    {
        QFETCH(QByteArray, liveness);
        const auto answer =
            m_server.post(credentials() + Parts{file("selfie_file", m_selfie),
                                                file("liveness_data_file", liveness)});
        expectError(answer, 400, u"WRONG_LIVENESS_DATA"_s);
        // The reason says which format the server expected.
        QVERIFY2(answer.json.value(u"reason"_s).toString().contains(u"open VerifyDesk liveness"_s),
                 answer.raw.constData());
    }

    void notFound_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("root") << u"GET"_s << u"/"_s;
        QTest::newRow("another API") << u"POST"_s << u"/identity/selfie_verification"_s;
        QTest::newRow("GET on the API path")
            << u"GET"_s << u"/identity/liveness_selfie_verification"_s;
    }
    void notFound()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QNetworkAccessManager network;
        QNetworkRequest request(m_server.url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/plain"_s);
        QNetworkReply *reply =
            method == u"GET"_s ? network.get(request) : network.post(request, QByteArray("x"));
        expectError(ServerProcess::wait(reply), 404, u"NOT_FOUND"_s);
    }

    void privateUrlsRefused_data()
    {
        QTest::addColumn<QByteArray>("parameter");
        QTest::addColumn<QByteArray>("url");
        QTest::newRow("loopback selfie")
            << QByteArray("selfie_url") << QByteArray("http://127.0.0.1:9/selfie.jpg");
        QTest::newRow("localhost by name")
            << QByteArray("selfie_url") << QByteArray("http://localhost:9/selfie.jpg");
        QTest::newRow("RFC 1918") << QByteArray("selfie_url")
                                  << QByteArray("http://10.1.2.3/a.jpg");
        QTest::newRow("link-local metadata")
            << QByteArray("liveness_data_url") << QByteArray("http://169.254.169.254/latest");
        QTest::newRow("IPv6 loopback")
            << QByteArray("liveness_data_url") << QByteArray("http://[::1]:9/capture.pb");
        QTest::newRow("not http") << QByteArray("selfie_url") << QByteArray("file:///etc/passwd");
    }
    void privateUrlsRefused()
    {
        QFETCH(QByteArray, parameter);
        QFETCH(QByteArray, url);
        Parts parts = credentials() << text(parameter, url);
        parts << (parameter == "selfie_url" ? file("liveness_data_file", m_capture)
                                            : file("selfie_file", m_selfie));
        const auto answer = m_server.post(parts);
        expectError(answer, 400, u"DOWNLOAD_ERROR"_s, QString::fromLatin1(parameter));
    }

    void downloadFailure()
    {
        ScriptedHttpServer files;
        const QUrl base = files.start();
        files.enqueue(ScriptedHttpServer::Reply::raw(404, "gone", "text/plain"));
        expectError(
            m_open.post(credentials() +
                        Parts{text("selfie_url", base.resolved(QUrl(u"/a.jpg"_s)).toEncoded()),
                              file("liveness_data_file", m_capture)}),
            400, u"DOWNLOAD_ERROR"_s, u"selfie_url"_s);
        const quint16 closed = FaultServer::closedPort();
        expectError(
            m_open.post(credentials() +
                        Parts{file("selfie_file", m_selfie),
                              text("liveness_data_url",
                                   "http://127.0.0.1:" + QByteArray::number(closed) + "/c")}),
            400, u"DOWNLOAD_ERROR"_s, u"liveness_data_url"_s);
    }

    void downloadTooLarge()
    {
        ScriptedHttpServer files;
        const QUrl base = files.start();
        files.enqueue(
            ScriptedHttpServer::Reply::raw(200, QByteArray(6 * 1024 * 1024, 'x'), "image/jpeg"));
        expectError(
            m_open.post(credentials() +
                        Parts{text("selfie_url", base.resolved(QUrl(u"/big.jpg"_s)).toEncoded()),
                              file("liveness_data_file", m_capture)}),
            400, u"IMAGE_FILE_SIZE_TOO_BIG"_s, u"selfie_url"_s);
    }

    void downloadTimeout()
    {
        // Accepts the connection and never answers; the server gives up after 2 s.
        FaultServer stalling(FaultServer::Mode::Silent);
        const QUrl base = stalling.start();
        QVERIFY(base.isValid());
        const auto answer = m_open.post(
            credentials() +
            Parts{file("selfie_file", m_selfie),
                  text("liveness_data_url", base.resolved(QUrl(u"/capture.pb"_s)).toEncoded())});
        expectError(answer, 400, u"DOWNLOAD_TIMEOUT"_s, u"liveness_data_url"_s);
        QCOMPARE(stalling.connectionCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiErrors)
#include "tst_apierrors.moc"
