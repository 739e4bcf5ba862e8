// SPDX-License-Identifier: GPL-3.0-or-later
// Overload and failure in the real verifydesk-server: a full scoring queue answers 503 in JSON;
// an internal failure answers INTERNAL_ERROR without leaking what failed.
#include "serverprocess.h"
#include "testinputs.h"

#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using Part = ServerProcess::Part;
using Parts = QList<Part>;

namespace {

Parts credentials()
{
    return {Part{"api_id", "ID", false}, Part{"api_secret", "SECRET", false}};
}

} // namespace

class TestServerOverload : public QObject
{
    Q_OBJECT

private slots:
    void fullQueueAnswers503()
    {
        // One worker, no queue: of several requests arriving together, those that find the
        // worker busy get 503 in JSON; the others are scored.
        ServerProcess busy;
        const QString error = busy.start(
            {u"--account"_s, u"ID:SECRET"_s, u"--workers"_s, u"1"_s, u"--queue"_s, u"0"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray selfie = TestInputs::samplePhoto(1);
        QList<QByteArray> frames;
        for (int i = 0; i < 12; ++i)
            frames.append(TestInputs::samplePhoto(1 + i % 2));
        const QByteArray capture = TestInputs::capture(frames);
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 6; ++i) {
            auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
            const Parts parts = credentials() + Parts{Part{"selfie_file", selfie, true},
                                                      Part{"liveness_data_file", capture, true}};
            for (const Part &part : parts) {
                QHttpPart http;
                http.setRawHeader("Content-Disposition", "form-data; name=\"" + part.name + '"' +
                                                             (part.file ? "; filename=\"f\"" : ""));
                http.setBody(part.data);
                multipart->append(http);
            }
            QNetworkRequest request(busy.url());
            // Separate connections, so that the requests really arrive together.
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setRawHeader("Connection", "close");
            QNetworkReply *reply = network.post(request, multipart);
            multipart->setParent(reply);
            replies.append(reply);
        }
        int ok = 0;
        int unavailable = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const auto answer = ServerProcess::wait(reply);
            if (answer.http == 200) {
                QCOMPARE(answer.json.value(u"status"_s).toString(), u"OK"_s);
                ++ok;
            } else {
                QCOMPARE(answer.http, 503);
                QCOMPARE(answer.json.value(u"status"_s).toString(), u"SERVICE_UNAVAILABLE"_s);
                QVERIFY(answer.json.value(u"request_id"_s).toString().startsWith(u"TID"_s));
                ++unavailable;
            }
        }
        QVERIFY(ok >= 1);
        QVERIFY(unavailable >= 1);
    }

    void internalErrorLeaksNothing()
    {
        ServerProcess broken;
        const QString error =
            broken.start({u"--account"_s, u"ID:SECRET"_s, u"--workers"_s, u"1"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The folder of stored inputs becomes a file: storing the inputs fails.
        const QString inputs = broken.dataDir() + u"/inputs"_s;
        QVERIFY(QDir(inputs).removeRecursively());
        QFile blocker(inputs);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QByteArray selfie = TestInputs::samplePhoto(1);
        const auto answer = broken.post(
            credentials() + Parts{Part{"selfie_file", selfie, true},
                                  Part{"liveness_data_file", TestInputs::capture({selfie}), true}});
        QCOMPARE(answer.http, 500);
        QCOMPARE(answer.json.value(u"status"_s).toString(), u"INTERNAL_ERROR"_s);
        QCOMPARE(answer.json.keys(), (QStringList{u"request_id"_s, u"status"_s}));
        // The log says what failed.
        QTRY_VERIFY(broken.serverLog().contains("INTERNAL_ERROR"));
    }
};

QTEST_GUILESS_MAIN(TestServerOverload)
#include "tst_serveroverload.moc"
