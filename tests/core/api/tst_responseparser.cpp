// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/responseparser.h"
#include "contract/apistatus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestResponseParser : public QObject
{
    Q_OBJECT

private:
    static ApiError expectError(const ResponseParser::Outcome &outcome)
    {
        if (const auto *error = std::get_if<ApiError>(&outcome))
            return *error;
        ApiError unexpected;
        unexpected.code = u"UNEXPECTED_SUCCESS"_s;
        return unexpected;
    }

private slots:
    void success_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<double>("hack");
        QTest::addColumn<double>("verify");
        QTest::newRow("numbers") << QByteArray(
                                        "{\"request_id\":\"TID8bf47ab6eda64476973cc5f5b6ebf57e\", "
                                        "\"status\":\"OK\",\"hack_score\":0.031,\"verify_score\":0."
                                        "8712, \"liveness_data_id\":\"L1\",\"image_id\":\"I1\"}")
                                 << 0.031 << 0.8712;
        QTest::newRow("numeric strings")
            << QByteArray("{\"request_id\":\"TID8bf47ab6eda64476973cc5f5b6ebf57e\", "
                          "\"status\":\"OK\",\"hack_score\":\"0.031\",\"verify_score\":\" 0.8712 "
                          "\", \"liveness_data_id\":\"L1\",\"image_id\":\"I1\"}")
            << 0.031 << 0.8712;
        QTest::newRow("bounds 0 and 1")
            << QByteArray("{\"request_id\":\"TID8bf47ab6eda64476973cc5f5b6ebf57e\", "
                          "\"status\":\"OK\",\"hack_score\":0,\"verify_score\":\"1\", "
                          "\"liveness_data_id\":\"L1\",\"image_id\":\"I1\"}")
            << 0.0 << 1.0;
    }
    void success()
    {
        QFETCH(QByteArray, body);
        QFETCH(double, hack);
        QFETCH(double, verify);
        const ResponseParser::Outcome outcome = ResponseParser::parse(200, body);
        const auto *result = std::get_if<VerificationResult>(&outcome);
        QVERIFY(result);
        QCOMPARE(result->requestId, u"TID8bf47ab6eda64476973cc5f5b6ebf57e"_s);
        QCOMPARE(result->hackScore, hack);
        QCOMPARE(result->verifyScore, verify);
        QCOMPARE(result->livenessDataId, u"L1"_s);
        QCOMPARE(result->imageId, u"I1"_s);
        QCOMPARE(result->httpStatus, 200);
        QCOMPARE(result->rawJson, body);
    }

    // Every status of the API's error table, with its HTTP status and extra fields.
    void apiStatuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("reason");
        const struct
        {
            const char *status;
            int http;
            const char *image;
            const char *reason;
        } table[] = {
            {"ENCODING_ERROR", 400, "", ""},
            {"DOWNLOAD_TIMEOUT", 400, "selfie_url", ""},
            {"DOWNLOAD_ERROR", 400, "liveness_data_url", ""},
            {"IMAGE_FILE_SIZE_TOO_BIG", 400, "selfie_file", ""},
            {"IMAGE_ID_NOT_EXIST", 400, "selfie_image_id", ""},
            {"NO_FACE_DETECTED", 400, "selfie_file", ""},
            {"CORRUPT_IMAGE", 400, "selfie_file", ""},
            {"INVALID_IMAGE_FORMAT_OR_SIZE", 400, "selfie_file", ""},
            {"WRONG_LIVENESS_DATA", 400, "", ""},
            {"INVALID_ARGUMENT", 400, "", "selfie_file and selfie_url both given"},
            {"UNAUTHORIZED", 401, "", ""},
            {"KEY_EXPIRED", 401, "", "expired on 2026-01-01"},
            {"RATE_LIMIT_EXCEEDED", 403, "", ""},
            {"NO_PERMISSION", 403, "", ""},
            {"OUT_OF_QUOTA", 403, "", ""},
            {"NOT_FOUND", 404, "", ""},
            {"INTERNAL_ERROR", 500, "", ""},
            {"SERVICE_UNAVAILABLE", 503, "", "all scoring workers are busy"},
        };
        QCOMPARE(int(std::size(table)), vd::contract::ApiStatus::Count);
        for (const auto &row : table) {
            const auto *known = vd::contract::ApiStatus::find(QString::fromLatin1(row.status));
            QVERIFY2(known, row.status);
            QCOMPARE(known->httpCode, row.http);
            QTest::newRow(row.status)
                << QString::fromLatin1(row.status) << row.http << QString::fromUtf8(row.image)
                << QString::fromUtf8(row.reason);
        }
    }
    void apiStatuses()
    {
        QFETCH(QString, status);
        QFETCH(int, http);
        QFETCH(QString, image);
        QFETCH(QString, reason);
        QJsonObject object{{u"request_id"_s, u"TID0123456789abcdef0123456789abcdef"_s},
                           {u"status"_s, status}};
        if (!image.isEmpty())
            object.insert(u"image"_s, image);
        if (!reason.isEmpty())
            object.insert(u"reason"_s, reason);
        const ApiError e = expectError(ResponseParser::parse(http, QJsonDocument(object).toJson()));
        QCOMPARE(e.kind, ApiError::Kind::Api);
        QCOMPARE(e.code, status);
        QCOMPARE(e.httpStatus, http);
        QCOMPARE(e.image, image);
        QCOMPARE(e.reason, reason);
        QCOMPARE(e.requestId, u"TID0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(e.isRetryable(),
                 status == "RATE_LIMIT_EXCEEDED"_L1 || status == "SERVICE_UNAVAILABLE"_L1);
    }

    void malformed_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("empty 200")
            << 200 << QByteArray() << QByteArray() << u"EMPTY_BODY"_s << false;
        QTest::newRow("whitespace 400")
            << 400 << QByteArray(" \r\n") << QByteArray() << u"EMPTY_BODY"_s << false;
        QTest::newRow("html 200") << 200
                                  << QByteArray("<!DOCTYPE html><html><body>Login</body></html>")
                                  << QByteArray("text/html") << u"HTML_BODY"_s << false;
        QTest::newRow("html by content only")
            << 403 << QByteArray("\n<html><head><title>Forbidden</title></head></html>")
            << QByteArray() << u"HTML_BODY"_s << false;
        QTest::newRow("html by content type")
            << 404 << QByteArray("Not here") << QByteArray("text/html; charset=utf-8")
            << u"HTML_BODY"_s << false;
        QTest::newRow("garbage") << 400 << QByteArray("\x01\x02garbage") << QByteArray()
                                 << u"NON_JSON_BODY"_s << false;
        QTest::newRow("truncated json")
            << 200 << QByteArray("{\"status\":\"OK\",\"hack_") << QByteArray("application/json")
            << u"NON_JSON_BODY"_s << false;
        QTest::newRow("json array")
            << 200 << QByteArray("[1,2]") << QByteArray() << u"NON_JSON_BODY"_s << false;
        QTest::newRow("no status") << 400 << QByteArray("{\"error\":\"x\"}") << QByteArray()
                                   << u"MISSING_STATUS"_s << false;
        QTest::newRow("OK with 500")
            << 500 << QByteArray("{\"status\":\"OK\",\"hack_score\":0.1,\"verify_score\":0.9}")
            << QByteArray() << u"INCONSISTENT_STATUS"_s << false;
        QTest::newRow("score not numeric")
            << 200 << QByteArray("{\"status\":\"OK\",\"hack_score\":\"xxx\",\"verify_score\":0.9}")
            << QByteArray() << u"INVALID_SCORE"_s << false;
        QTest::newRow("score out of range")
            << 200 << QByteArray("{\"status\":\"OK\",\"hack_score\":0.1,\"verify_score\":1.5}")
            << QByteArray() << u"INVALID_SCORE"_s << false;
        QTest::newRow("score missing")
            << 200 << QByteArray("{\"status\":\"OK\",\"hack_score\":0.1}") << QByteArray()
            << u"INVALID_SCORE"_s << false;
        QTest::newRow("score is null")
            << 200 << QByteArray("{\"status\":\"OK\",\"hack_score\":null,\"verify_score\":0.9}")
            << QByteArray() << u"INVALID_SCORE"_s << false;
        QTest::newRow("502 empty")
            << 502 << QByteArray() << QByteArray() << u"BAD_GATEWAY"_s << true;
        QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                                  << QByteArray("text/html") << u"BAD_GATEWAY"_s << true;
        QTest::newRow("503 text") << 503 << QByteArray("Service Unavailable")
                                  << QByteArray("text/plain") << u"SERVICE_UNAVAILABLE"_s << true;
        QTest::newRow("504 empty")
            << 504 << QByteArray() << QByteArray() << u"GATEWAY_TIMEOUT"_s << true;
    }
    void malformed()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        const ApiError e = expectError(ResponseParser::parse(http, body, contentType));
        QCOMPARE(e.code, code);
        QCOMPARE(e.kind, ApiError::Kind::BadResponse);
        QCOMPARE(e.httpStatus, http);
        QCOMPARE(e.isRetryable(), retryable);
    }

    void gatewayStatusWithApiJsonKeepsTheApiStatus()
    {
        const ApiError e = expectError(
            ResponseParser::parse(503, "{\"request_id\":\"TIDx\",\"status\":\"INTERNAL_ERROR\"}"));
        QCOMPARE(e.kind, ApiError::Kind::Api);
        QCOMPARE(e.code, u"INTERNAL_ERROR"_s);
        QVERIFY(e.isRetryable());
    }

    void errorsKeepTheRawBody()
    {
        const QByteArray json = "{\"request_id\":\"TIDr\",\"status\":\"UNAUTHORIZED\"}";
        QCOMPARE(expectError(ResponseParser::parse(401, json)).rawBody, json);
        const QByteArray page = "<html>" + QByteArray(100 * 1024, 'x') + "</html>";
        QCOMPARE(expectError(ResponseParser::parse(200, page)).rawBody, page.left(64 * 1024));
    }

    void htmlDetailIsShortened()
    {
        const QByteArray page = "<html><body>" + QByteArray(5000, 'x') + "</body></html>";
        const ApiError e = expectError(ResponseParser::parse(200, page, "text/html"));
        QCOMPARE(e.code, u"HTML_BODY"_s);
        QVERIFY(e.detail.size() <= 301);
        QVERIFY(e.detail.startsWith(u"<html>"_s));
    }

    // QJsonDocument keeps the last of two equal keys; the client must not let that decide.
    void duplicateKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("key");
        QTest::newRow("verify_score twice")
            << QByteArray("{\"request_id\":\"TIDd\",\"status\":\"OK\",\"hack_score\":0.01,"
                          "\"verify_score\":0.9,\"verify_score\":0.1}")
            << u"verify_score"_s;
        QTest::newRow("hack_score twice, one escaped")
            << QByteArray("{\"status\":\"OK\",\"hack_score\":0.99, \"verify_score\":0.9,\n"
                          " \"\\u0068ack_score\" : \"0.01\"}")
            << u"hack_score"_s;
        QTest::newRow("status twice")
            << QByteArray("{\"status\":\"UNAUTHORIZED\",\"x\":{\"status\":1},\"status\":\"OK\","
                          "\"hack_score\":0.01,\"verify_score\":0.9}")
            << u"status"_s;
    }

    void duplicateKeysAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, key);
        const ApiError e = expectError(ResponseParser::parse(200, body));
        QCOMPARE(e.code, u"DUPLICATE_KEY"_s);
        QCOMPARE(e.kind, ApiError::Kind::BadResponse);
        QCOMPARE(e.detail, key);
    }

    void nestedAndStringKeysAreNoDuplicates()
    {
        const QByteArray body = "{\"request_id\":\"TIDn\",\"status\":\"OK\",\"x\":{\"status\":"
                                "[1,{\"status\":2}]},\"y\":\"\\\"status\\\":\",\"hack_score\":0.01,"
                                "\"verify_score\":0.9}";
        QVERIFY(std::holds_alternative<VerificationResult>(ResponseParser::parse(200, body)));
    }

    void okWithoutRequestIdIsAcceptedWithAWarning()
    {
        const auto outcome = ResponseParser::parse(
            200, "{\"status\":\"OK\",\"hack_score\":0.01,\"verify_score\":0.9}");
        const auto *result = std::get_if<VerificationResult>(&outcome);
        QVERIFY(result);
        const QStringList warnings = ResponseParser::warningsFor(*result);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(u"request_id"_s));
        VerificationResult traced = *result;
        traced.requestId = u"TID1"_s;
        QVERIFY(ResponseParser::warningsFor(traced).isEmpty());
    }

    void textsFromTheAnswerAreSanitized()
    {
        const ApiError e = expectError(ResponseParser::parse(
            400, "{\"status\":\"INVALID_ARGUMENT\",\"reason\":\"a\\u001b[2Jb\\u202e\\u0007c\"}"));
        QCOMPARE(e.reason, u"abc"_s);
        const ApiError page =
            expectError(ResponseParser::parse(200, "<html>\x1b]0;x\x07hi</html>"));
        QVERIFY(!page.detail.contains(QChar(0x1b)));
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
