// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"
#include "api/errorcatalog.h"
#include "services/verificationrecord.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)

class TestVerificationRecord : public QObject
{
    Q_OBJECT

private slots:
    void errorOfARecordIsTheFailureRecorded_data();
    void errorOfARecordIsTheFailureRecorded();
    void gatewayBusyIsReadAsTheApiStatus();
};

void TestVerificationRecord::errorOfARecordIsTheFailureRecorded_data()
{
    QTest::addColumn<ApiError>("failure");
    // Every kind, made as the client makes it.
    QTest::newRow("api") << ApiError::fromApi(u"NO_PERMISSION"_s, 403);
    QTest::newRow("unknown api status") << ApiError::fromApi(u"NEW_STATUS"_s, 400);
    QTest::newRow("refused") << ApiError::fromNetworkError(QNetworkReply::ConnectionRefusedError,
                                                           u"x"_s);
    QTest::newRow("protocol") << ApiError::fromNetworkError(QNetworkReply::ProtocolFailure, u"x"_s);
    QTest::newRow("timeout") << ApiError::timeout(u"x"_s);
    QTest::newRow("deadline") << ApiError::deadlineExceeded(200, u"x"_s);
    QTest::newRow("tls") << ApiError::tlsFailure({QSslError::CertificateExpired}, u"x"_s);
    QTest::newRow("cancelled") << ApiError::cancelled();
    QTest::newRow("html") << ApiError::htmlBody(200, u"x"_s);
    QTest::newRow("redirect") << ApiError::unexpectedRedirect(302, u"/login"_s);
    QTest::newRow("bad gateway") << ApiError::gatewayFailure(502, u"x"_s);
    QTest::newRow("local") << ApiError::missingSelfie();
    QTest::newRow("unreadable") << ApiError::fileNotReadable(u"selfie_file"_s, u"x"_s);
}

void TestVerificationRecord::errorOfARecordIsTheFailureRecorded()
{
    QFETCH(ApiError, failure);
    HistoryEntry entry;
    entry.verdict = u"error"_s;
    entry.status = failure.code;
    entry.httpStatus = failure.httpStatus;
    entry.requestId = u"req-failed"_s;
    const ApiError recorded = VerificationRecord::errorOf(entry);
    QCOMPARE(recorded.kind, failure.kind);
    QCOMPARE(recorded.code, failure.code);
    QCOMPARE(recorded.httpStatus, failure.httpStatus);
    QCOMPARE(recorded.requestId, u"req-failed"_s);
    // Nothing is made up for what the history does not keep.
    QVERIFY(recorded.reason.isEmpty());
    QVERIFY(recorded.image.isEmpty());
    QVERIFY(recorded.detail.isEmpty());
    QCOMPARE(ErrorCatalog::explain(recorded).title, ErrorCatalog::explain(failure).title);
}

void TestVerificationRecord::gatewayBusyIsReadAsTheApiStatus()
{
    // A gateway's 503 and the server's own SERVICE_UNAVAILABLE are recorded alike; the API's
    // explanation is the one shown.
    HistoryEntry entry;
    entry.status = ApiError::gatewayFailure(503, u"x"_s).code;
    entry.httpStatus = 503;
    const ApiError recorded = VerificationRecord::errorOf(entry);
    QCOMPARE(recorded.kind, ApiError::Kind::Api);
    QCOMPARE(recorded.code, u"SERVICE_UNAVAILABLE"_s);
    QCOMPARE(ErrorCatalog::explain(recorded).title, u"Server busy"_s);
}

QTEST_GUILESS_MAIN(TestVerificationRecord)
#include "tst_verificationrecord.moc"
