// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void fromNetworkError_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << ApiError::Kind::Network
                             << u"HOST_NOT_FOUND"_s;
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                                 << ApiError::Kind::Network << u"CONNECTION_REFUSED"_s;
        QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError)
                               << ApiError::Kind::Network << u"CONNECTION_RESET"_s;
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << ApiError::Kind::Timeout
                                 << u"TIMEOUT"_s;
        QTest::newRow("transfer timeout abort") << int(QNetworkReply::OperationCanceledError)
                                                << ApiError::Kind::Timeout << u"TIMEOUT"_s;
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << ApiError::Kind::Tls
                             << u"TLS_ERROR"_s;
        QTest::newRow("proxy") << int(QNetworkReply::ProxyConnectionRefusedError)
                               << ApiError::Kind::Network << u"PROXY_ERROR"_s;
        QTest::newRow("offline") << int(QNetworkReply::TemporaryNetworkFailureError)
                                 << ApiError::Kind::Network << u"NETWORK_UNREACHABLE"_s;
        QTest::newRow("protocol") << int(QNetworkReply::ProtocolFailure)
                                  << ApiError::Kind::BadResponse << u"PROTOCOL_ERROR"_s;
        QTest::newRow("other") << int(QNetworkReply::UnknownNetworkError) << ApiError::Kind::Network
                               << u"NETWORK_ERROR"_s;
    }
    void fromNetworkError()
    {
        QFETCH(int, error);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, code);
        const ApiError e =
            ApiError::fromNetworkError(QNetworkReply::NetworkError(error), u"detail"_s);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.code, code);
        QCOMPARE(e.detail, u"detail"_s);
        QCOMPARE(e.httpStatus, 0);
        QVERIFY(!e.isRetryable());
    }

    void retryable_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("http");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("rate limit") << u"RATE_LIMIT_EXCEEDED"_s << 403 << true;
        QTest::newRow("quota") << u"OUT_OF_QUOTA"_s << 403 << false;
        QTest::newRow("no face") << u"NO_FACE_DETECTED"_s << 400 << false;
        QTest::newRow("internal") << u"INTERNAL_ERROR"_s << 500 << false;
        QTest::newRow("queue full") << u"SERVICE_UNAVAILABLE"_s << 503 << true;
        QTest::newRow("unknown status") << u"SOMETHING_NEW"_s << 400 << false;
        QTest::newRow("502") << u"INTERNAL_ERROR"_s << 502 << true;
        QTest::newRow("503") << u"INTERNAL_ERROR"_s << 503 << true;
        QTest::newRow("504") << u"INTERNAL_ERROR"_s << 504 << true;
    }
    void retryable()
    {
        QFETCH(QString, code);
        QFETCH(int, http);
        QFETCH(bool, retryable);
        QCOMPARE(ApiError::fromApi(code, http).isRetryable(), retryable);
    }

    // The typed constructors give each failure of our own its kind, code and fields.
    void typedConstructors_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("detail");
        using K = ApiError::Kind;
        const QString none;
        QTest::newRow("cancelled")
            << ApiError::cancelled() << K::Cancelled << u"CANCELLED"_s << 0 << none << none;
        QTest::newRow("timeout") << ApiError::timeout(u"60 s"_s) << K::Timeout << u"TIMEOUT"_s << 0
                                 << none << u"60 s"_s;
        QTest::newRow("redirect") << ApiError::unexpectedRedirect(302, u"http://b/"_s)
                                  << K::BadResponse << u"UNEXPECTED_REDIRECT"_s << 302 << none
                                  << u"http://b/"_s;
        QTest::newRow("502") << ApiError::gatewayFailure(502, {}) << K::BadResponse
                             << u"BAD_GATEWAY"_s << 502 << none << none;
        QTest::newRow("503") << ApiError::gatewayFailure(503, {}) << K::BadResponse
                             << u"SERVICE_UNAVAILABLE"_s << 503 << none << none;
        QTest::newRow("504") << ApiError::gatewayFailure(504, {}) << K::BadResponse
                             << u"GATEWAY_TIMEOUT"_s << 504 << none << none;
        QTest::newRow("html") << ApiError::htmlBody(407, u"<html>"_s) << K::BadResponse
                              << u"HTML_BODY"_s << 407 << none << u"<html>"_s;
        QTest::newRow("empty") << ApiError::emptyBody(200) << K::BadResponse << u"EMPTY_BODY"_s
                               << 200 << none << none;
        QTest::newRow("not json") << ApiError::nonJsonBody(200, u"x"_s) << K::BadResponse
                                  << u"NON_JSON_BODY"_s << 200 << none << u"x"_s;
        QTest::newRow("no status") << ApiError::missingStatus(200, u"{}"_s) << K::BadResponse
                                   << u"MISSING_STATUS"_s << 200 << none << u"{}"_s;
        QTest::newRow("inconsistent")
            << ApiError::inconsistentStatus(500, u"{}"_s) << K::BadResponse
            << u"INCONSISTENT_STATUS"_s << 500 << none << u"{}"_s;
        QTest::newRow("score") << ApiError::invalidScore(200, u"{}"_s) << K::BadResponse
                               << u"INVALID_SCORE"_s << 200 << none << u"{}"_s;
        QTest::newRow("no endpoint") << ApiError::missingEndpoint() << K::Local
                                     << u"MISSING_ENDPOINT"_s << 0 << none << none;
        QTest::newRow("bad endpoint") << ApiError::invalidEndpoint(u"ftp://a"_s) << K::Local
                                      << u"INVALID_ENDPOINT"_s << 0 << none << u"ftp://a"_s;
        QTest::newRow("credentials") << ApiError::credentialsInUrl(u"https://a"_s) << K::Local
                                     << u"CREDENTIALS_IN_URL"_s << 0 << none << u"https://a"_s;
        QTest::newRow("no api_id")
            << ApiError::missingApiId() << K::Local << u"MISSING_API_ID"_s << 0 << none << none;
        QTest::newRow("no secret") << ApiError::missingApiSecret() << K::Local
                                   << u"MISSING_API_SECRET"_s << 0 << none << none;
        QTest::newRow("no selfie")
            << ApiError::missingSelfie() << K::Local << u"MISSING_SELFIE"_s << 0 << none << none;
        QTest::newRow("no liveness") << ApiError::missingLiveness() << K::Local
                                     << u"MISSING_LIVENESS"_s << 0 << none << none;
        QTest::newRow("unreadable")
            << ApiError::fileNotReadable(u"selfie_file"_s, u"/a: gone"_s) << K::Local
            << u"FILE_NOT_READABLE"_s << 0 << u"selfie_file"_s << u"/a: gone"_s;
        QTest::newRow("bad url") << ApiError::invalidSourceUrl(u"selfie_url"_s, u"ftp://a"_s)
                                 << K::Local << u"INVALID_SOURCE_URL"_s << 0 << u"selfie_url"_s
                                 << u"ftp://a"_s;
        QTest::newRow("empty id") << ApiError::emptySourceId(u"liveness_data_id"_s) << K::Local
                                  << u"EMPTY_SOURCE_ID"_s << 0 << u"liveness_data_id"_s << none;
        QTest::newRow("ca bundle") << ApiError::caBundleUnreadable(u"/ca.pem"_s) << K::Local
                                   << u"CA_BUNDLE_UNREADABLE"_s << 0 << none << u"/ca.pem"_s;
    }
    void typedConstructors()
    {
        QFETCH(ApiError, error);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, code);
        QFETCH(int, http);
        QFETCH(QString, image);
        QFETCH(QString, detail);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.code, code);
        QCOMPARE(error.httpStatus, http);
        QCOMPARE(error.image, image);
        QCOMPARE(error.detail, detail);
    }

    void kindNamesAreDistinct()
    {
        const QSet<QString> names{ApiError::kindName(ApiError::Kind::Api),
                                  ApiError::kindName(ApiError::Kind::Network),
                                  ApiError::kindName(ApiError::Kind::Timeout),
                                  ApiError::kindName(ApiError::Kind::Tls),
                                  ApiError::kindName(ApiError::Kind::Cancelled),
                                  ApiError::kindName(ApiError::Kind::BadResponse),
                                  ApiError::kindName(ApiError::Kind::Local)};
        QCOMPARE(names.size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
