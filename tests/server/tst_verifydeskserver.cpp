// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests of verifydesk-server over loopback, the scored half: the real executable,
// started by the test, answers every combination of input sources, stores and scopes ids, and
// refuses images by API.md's selfie rules (tst_apierrors.cpp has the rest of the error table).
#include "apiassertions.h"
#include "faultserver.h"
#include "scriptedhttpserver.h"
#include "serverprocess.h"
#include "testinputs.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Part = ServerProcess::Part;
using Parts = QList<Part>;

using namespace apitest;

class TestVerifyDeskServer : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;   // private URLs refused
    ServerProcess m_open;     // --allow-private-urls, short download timeout
    QByteArray m_selfie;      // sample1.jpg
    QByteArray m_otherSelfie; // sample2.jpg, another person
    QByteArray m_capture;     // frames of sample1.jpg
    QString m_selfieId;       // stored by account ID on m_server
    QString m_livenessId;

private slots:
    void initTestCase()
    {
        m_selfie = TestInputs::samplePhoto(1);
        m_otherSelfie = TestInputs::samplePhoto(2);
        QVERIFY(!m_selfie.isEmpty() && !m_otherSelfie.isEmpty());
        m_capture = TestInputs::capture({m_selfie});

        const QString error = m_server.start({u"--account"_s, u"ID:SECRET"_s, u"--account"_s,
                                              u"other:other-secret"_s, u"--workers"_s, u"2"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString openError =
            m_open.start({u"--account"_s, u"ID:SECRET"_s, u"--allow-private-urls"_s,
                          u"--download-timeout"_s, u"2"_s, u"--workers"_s, u"2"_s});
        QVERIFY2(openError.isEmpty(), qPrintable(openError));
    }

    void credentialsInBodyOrQuery_data()
    {
        QTest::addColumn<bool>("inQuery");
        QTest::newRow("form body") << false;
        QTest::newRow("query string (the cURL sample)") << true;
    }
    void credentialsInBodyOrQuery()
    {
        QFETCH(bool, inQuery);
        Parts parts = {file("liveness_data_file", m_capture), file("selfie_file", m_selfie)};
        QString query;
        if (inQuery)
            query = u"api_id=ID&api_secret=SECRET"_s;
        else
            parts += credentials();
        const auto answer = m_server.post(parts, query);
        expectOk(answer);
        if (QTest::currentTestFailed())
            return;
        m_selfieId = answer.json.value(u"image_id"_s).toString();
        m_livenessId = answer.json.value(u"liveness_data_id"_s).toString();
    }

    void samePersonScoresAboveAnother()
    {
        const auto same =
            m_server.post(credentials() + Parts{file("selfie_file", m_selfie),
                                                file("liveness_data_file", m_capture)});
        const auto other =
            m_server.post(credentials() + Parts{file("selfie_file", m_otherSelfie),
                                                file("liveness_data_file", m_capture)});
        expectOk(same);
        expectOk(other);
        QVERIFY2(same.json.value(u"verify_score"_s).toDouble() >= 0.7, same.raw.constData());
        QVERIFY2(other.json.value(u"verify_score"_s).toDouble() <
                     same.json.value(u"verify_score"_s).toDouble(),
                 other.raw.constData());
    }

    void storedIdsAreReused()
    {
        QVERIFY(!m_selfieId.isEmpty());
        const auto answer =
            m_server.post(credentials() + Parts{text("selfie_image_id", m_selfieId.toUtf8()),
                                                text("liveness_data_id", m_livenessId.toUtf8()),
                                                text("selfie_auto_rotate", "true")});
        expectOk(answer);
        QCOMPARE(answer.json.value(u"image_id"_s).toString(), m_selfieId);
        QCOMPARE(answer.json.value(u"liveness_data_id"_s).toString(), m_livenessId);
    }

    void idsAreScopedToTheAccount_data()
    {
        QTest::addColumn<bool>("selfieById");
        QTest::newRow("selfie_image_id of another account") << true;
        QTest::newRow("liveness_data_id of another account") << false;
    }
    void idsAreScopedToTheAccount()
    {
        QFETCH(bool, selfieById);
        Parts parts = credentials("other", "other-secret");
        if (selfieById)
            parts << text("selfie_image_id", m_selfieId.toUtf8())
                  << file("liveness_data_file", m_capture);
        else
            parts << file("selfie_file", m_selfie)
                  << text("liveness_data_id", m_livenessId.toUtf8());
        expectError(m_server.post(parts), 400, u"IMAGE_ID_NOT_EXIST"_s,
                    selfieById ? u"selfie_image_id"_s : u"liveness_data_id"_s);
    }

    // All nine pairs of the three selfie sources and the three liveness sources.
    void everySourceCombination_data()
    {
        QTest::addColumn<QString>("selfieSource");
        QTest::addColumn<QString>("livenessSource");
        for (const QString &selfie : {u"file"_s, u"url"_s, u"id"_s}) {
            for (const QString &liveness : {u"file"_s, u"url"_s, u"id"_s}) {
                QTest::addRow("selfie %s, liveness %s", qPrintable(selfie), qPrintable(liveness))
                    << selfie << liveness;
            }
        }
    }
    void everySourceCombination()
    {
        QFETCH(QString, selfieSource);
        QFETCH(QString, livenessSource);
        static QString selfieId;
        static QString livenessId;
        if (selfieId.isEmpty()) {
            const auto stored =
                m_open.post(credentials() + Parts{file("selfie_file", m_selfie),
                                                  file("liveness_data_file", m_capture)});
            expectOk(stored);
            selfieId = stored.json.value(u"image_id"_s).toString();
            livenessId = stored.json.value(u"liveness_data_id"_s).toString();
        }
        ScriptedHttpServer files;
        const QUrl base = files.start();
        QVERIFY(base.isValid());
        Parts parts = credentials();
        if (selfieSource == u"file"_s)
            parts << file("selfie_file", m_selfie);
        else if (selfieSource == u"id"_s)
            parts << text("selfie_image_id", selfieId.toUtf8());
        else
            parts << text("selfie_url", base.resolved(QUrl(u"/selfie.jpg"_s)).toEncoded());
        if (livenessSource == u"file"_s)
            parts << file("liveness_data_file", m_capture);
        else if (livenessSource == u"id"_s)
            parts << text("liveness_data_id", livenessId.toUtf8());
        else
            parts << text("liveness_data_url", base.resolved(QUrl(u"/capture.pb"_s)).toEncoded());
        // The server fetches the selfie first, then the liveness data.
        if (selfieSource == u"url"_s)
            files.enqueue(ScriptedHttpServer::Reply::raw(200, m_selfie, "image/jpeg"));
        if (livenessSource == u"url"_s)
            files.enqueue(
                ScriptedHttpServer::Reply::raw(200, m_capture, "application/octet-stream"));
        const auto answer = m_open.post(parts);
        expectOk(answer);
        if (selfieSource == u"id"_s)
            QCOMPARE(answer.json.value(u"image_id"_s).toString(), selfieId);
        else
            QVERIFY(answer.json.value(u"image_id"_s).toString() != selfieId);
        if (livenessSource == u"id"_s)
            QCOMPARE(answer.json.value(u"liveness_data_id"_s).toString(), livenessId);
        // A stored URL input is sent back by id later.
        if (selfieSource == u"url"_s && livenessSource == u"id"_s) {
            const auto again = m_open.post(
                credentials() +
                Parts{text("selfie_image_id", answer.json.value(u"image_id"_s).toString().toUtf8()),
                      text("liveness_data_id", livenessId.toUtf8())});
            expectOk(again);
        }
    }

    void imageErrors_data()
    {
        QTest::addColumn<Parts>("parts");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("image");
        const QByteArray selfie = TestInputs::samplePhoto(1);
        const QByteArray capture = TestInputs::capture({selfie});
        const QByteArray grey = TestInputs::plainImage(QSize(200, 200), "jpg");
        // All the headers up to and including the start of scan, no image data.
        const qsizetype scan = selfie.indexOf("\xFF\xDA");
        const QByteArray headersOnly = selfie.left(scan + 2 +
                                                   ((static_cast<uchar>(selfie.at(scan + 2)) << 8) |
                                                    static_cast<uchar>(selfie.at(scan + 3))));
        QTest::newRow("selfie over 5 MiB")
            << (credentials() + Parts{file("selfie_file", QByteArray(5 * 1024 * 1024 + 1, 'x')),
                                      file("liveness_data_file", capture)})
            << u"IMAGE_FILE_SIZE_TOO_BIG"_s << u"selfie_file"_s;
        QTest::newRow("liveness data over 10 MiB")
            << (credentials() +
                Parts{file("selfie_file", selfie),
                      file("liveness_data_file", QByteArray(10 * 1024 * 1024 + 1, 'x'))})
            << u"IMAGE_FILE_SIZE_TOO_BIG"_s << u"liveness_data_file"_s;
        QTest::newRow("selfie is not an image")
            << (credentials() + Parts{file("selfie_file", QByteArray(4096, '\x5a')),
                                      file("liveness_data_file", capture)})
            << u"CORRUPT_IMAGE"_s << u"selfie_file"_s;
        // libjpeg fills what is missing with grey; the missing end-of-image marker gives it away.
        QTest::newRow("selfie JPEG cut to its headers")
            << (credentials() +
                Parts{file("selfie_file", headersOnly), file("liveness_data_file", capture)})
            << u"CORRUPT_IMAGE"_s << u"selfie_file"_s;
        QTest::newRow("selfie JPEG cut in half")
            << (credentials() + Parts{file("selfie_file", selfie.left(selfie.size() / 2)),
                                      file("liveness_data_file", capture)})
            << u"CORRUPT_IMAGE"_s << u"selfie_file"_s;
        QTest::newRow("selfie is an empty file")
            << (credentials() + Parts{file("selfie_file", {}), file("liveness_data_file", capture)})
            << u"CORRUPT_IMAGE"_s << u"selfie_file"_s;
        QTest::newRow("selfie 8 px wide")
            << (credentials() +
                Parts{file("selfie_file", TestInputs::plainImage(QSize(8, 100), "png")),
                      file("liveness_data_file", capture)})
            << u"INVALID_IMAGE_FORMAT_OR_SIZE"_s << u"selfie_file"_s;
        QTest::newRow("selfie 4001 px high")
            << (credentials() +
                Parts{file("selfie_file", TestInputs::plainImage(QSize(20, 4001), "png")),
                      file("liveness_data_file", capture)})
            << u"INVALID_IMAGE_FORMAT_OR_SIZE"_s << u"selfie_file"_s;
        QTest::newRow("selfie in WebP")
            << (credentials() +
                Parts{file("selfie_file", TestInputs::plainImage(QSize(100, 100), "webp")),
                      file("liveness_data_file", capture)})
            << u"INVALID_IMAGE_FORMAT_OR_SIZE"_s << u"selfie_file"_s;
        QTest::newRow("no face in the selfie")
            << (credentials() +
                Parts{file("selfie_file", grey), file("liveness_data_file", capture)})
            << u"NO_FACE_DETECTED"_s << u"selfie_file"_s;
        QTest::newRow("no face in the liveness data")
            << (credentials() +
                Parts{file("selfie_file", selfie),
                      file("liveness_data_file", TestInputs::capture({grey, grey}))})
            << u"NO_FACE_DETECTED"_s << u"liveness_data_file"_s;
        QTest::newRow("unknown selfie_image_id")
            << (credentials() + Parts{text("selfie_image_id", "0123456789abcdef0123456789abcdef"),
                                      file("liveness_data_file", capture)})
            << u"IMAGE_ID_NOT_EXIST"_s << u"selfie_image_id"_s;
        QTest::newRow("unknown liveness_data_id")
            << (credentials() +
                Parts{file("selfie_file", selfie), text("liveness_data_id", "nope")})
            << u"IMAGE_ID_NOT_EXIST"_s << u"liveness_data_id"_s;
    }
    void imageErrors()
    {
        QFETCH(Parts, parts);
        QFETCH(QString, status);
        QFETCH(QString, image);
        expectError(m_server.post(parts), 400, status, image);
    }

    void selfieFormatsByContent_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("PNG") << QByteArray("png");
        QTest::newRow("BMP") << QByteArray("bmp");
        QTest::newRow("TIFF") << QByteArray("tiff");
        QTest::newRow("GIF") << QByteArray("gif");
    }
    void selfieFormatsByContent()
    {
        // An allowed format passes the format check and reaches the face detector.
        QFETCH(QByteArray, format);
        const QByteArray image = format == "gif"
                                     ? TestInputs::plainGif(QSize(64, 64))
                                     : TestInputs::plainImage(QSize(64, 64), format.constData());
        QVERIFY2(!image.isEmpty(), "no image writer for this format");
        expectError(m_server.post(credentials() + Parts{file("selfie_file", image),
                                                        file("liveness_data_file", m_capture)}),
                    400, u"NO_FACE_DETECTED"_s, u"selfie_file"_s);
    }

    void requestsAreLoggedWithoutSecrets()
    {
        // The secret only in the query string (given twice it would be refused before the
        // account is known).
        const auto answer = m_server.post({Part{"api_id", "ID", false}}, u"api_secret=SECRET"_s);
        expectError(answer, 400, u"INVALID_ARGUMENT"_s, {}, true);
        const QString id = answer.json.value(u"request_id"_s).toString();
        QTRY_VERIFY(m_server.serverLog().contains(id.toLatin1()));
        const QByteArray log = m_server.serverLog() + m_open.serverLog();
        QVERIFY(log.contains(
            QByteArray(id.toLatin1() + " account=ID http=400 status=INVALID_ARGUMENT")));
        QVERIFY(!log.contains("SECRET"));
        QVERIFY(!log.contains("other-secret"));
    }
};

QTEST_GUILESS_MAIN(TestVerifyDeskServer)
#include "tst_verifydeskserver.moc"
