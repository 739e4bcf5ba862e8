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
        QTest::newRow("502") << u"INTERNAL_ERROR"_s << 502 << true;
        QTest::newRow("503") << u"INTERNAL_ERROR"_s << 503 << true;
        QTest::newRow("504") << u"INTERNAL_ERROR"_s << 504 << true;
    }
    void retryable()
    {
        QFETCH(QString, code);
        QFETCH(int, http);
        QFETCH(bool, retryable);
        ApiError e;
        e.kind = ApiError::Kind::Api;
        e.code = code;
        e.httpStatus = http;
        QCOMPARE(e.isRetryable(), retryable);
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
