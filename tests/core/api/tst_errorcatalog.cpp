// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/errorcatalog.h"
#include "contract/apistatus.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using vd::contract::ApiStatus;

namespace {

QStringList apiStatuses()
{
    QStringList codes;
    for (const ApiStatus &row : ApiStatus::all())
        codes << QString::fromLatin1(row.code);
    return codes;
}

ApiError apiError(const QString &code, const QString &image = {}, const QString &reason = {})
{
    const ApiStatus *row = ApiStatus::find(code);
    ApiError e = ApiError::fromApi(code, row ? row->httpCode : 0);
    e.image = image;
    e.reason = reason;
    return e;
}

ApiError ownError(const QString &code)
{
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.code = code;
    e.httpStatus = 502;
    return e;
}

// Marks every string the catalogue translates, to prove it asks the "ErrorCatalog" context.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "ErrorCatalog") == 0)
            return u"[zh] "_s + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestErrorCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everyApiStatusIsExplained_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : apiStatuses())
            QTest::newRow(qPrintable(code)) << code;
    }
    void everyApiStatusIsExplained()
    {
        QFETCH(QString, code);
        const ErrorExplanation x = ErrorCatalog::explain(apiError(code));
        QVERIFY(!x.title.isEmpty());
        QVERIFY(!x.explanation.isEmpty());
        QVERIFY(!x.action.isEmpty());
        QVERIFY2(!x.title.contains(code), "a known status gets its own title, not the fallback");
    }

    void apiStatusesHaveTheirOwnTitles()
    {
        QSet<QString> titles;
        for (const QString &code : apiStatuses())
            titles.insert(ErrorCatalog::explain(apiError(code)).title);
        // One title per row of the contract's table, whatever its length: a new status is one row.
        QCOMPARE(titles.size(), apiStatuses().size());
    }

    void failedInputIsNamed_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("image");
        QTest::newRow("download timeout") << u"DOWNLOAD_TIMEOUT"_s << u"selfie_url"_s;
        QTest::newRow("download error") << u"DOWNLOAD_ERROR"_s << u"liveness_data_url"_s;
        QTest::newRow("too big") << u"IMAGE_FILE_SIZE_TOO_BIG"_s << u"selfie_file"_s;
        QTest::newRow("id missing") << u"IMAGE_ID_NOT_EXIST"_s << u"selfie_image_id"_s;
        QTest::newRow("no face selfie") << u"NO_FACE_DETECTED"_s << u"selfie_file"_s;
        QTest::newRow("no face liveness") << u"NO_FACE_DETECTED"_s << u"liveness_data_file"_s;
        QTest::newRow("corrupt") << u"CORRUPT_IMAGE"_s << u"selfie_file"_s;
        QTest::newRow("format") << u"INVALID_IMAGE_FORMAT_OR_SIZE"_s << u"selfie_url"_s;
        QTest::newRow("unknown field") << u"CORRUPT_IMAGE"_s << u"photo_x"_s;
    }
    void failedInputIsNamed()
    {
        QFETCH(QString, code);
        QFETCH(QString, image);
        const ErrorExplanation x = ErrorCatalog::explain(apiError(code, image));
        QVERIFY2(x.explanation.contains(ErrorCatalog::inputName(image), Qt::CaseInsensitive),
                 qPrintable(x.explanation));
        const ErrorExplanation without = ErrorCatalog::explain(apiError(code));
        QVERIFY(!without.explanation.isEmpty());
        QVERIFY(without.explanation != x.explanation);
    }

    void inputNamesAreDistinct()
    {
        const QStringList fields{u"selfie_file"_s,       u"selfie_url"_s,
                                 u"selfie_image_id"_s,   u"liveness_data_file"_s,
                                 u"liveness_data_url"_s, u"liveness_data_id"_s};
        QSet<QString> names;
        for (const QString &field : fields)
            names.insert(ErrorCatalog::inputName(field));
        QCOMPARE(names.size(), fields.size());
        QVERIFY(ErrorCatalog::inputName(u"other_field"_s).contains(u"other_field"_s));
    }

    void reasonIsShown_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : apiStatuses())
            QTest::newRow(qPrintable(code)) << code;
    }
    void reasonIsShown()
    {
        QFETCH(QString, code);
        const QString reason = u"selfie_file and selfie_url both given"_s;
        const ErrorExplanation x = ErrorCatalog::explain(apiError(code, {}, reason));
        QVERIFY2(x.explanation.contains(reason), qPrintable(x.explanation));
    }

    void ownCodesAreExplained_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : ErrorCatalog::transportCodes())
            QTest::newRow(qPrintable(code)) << code;
        for (const QString &code : ErrorCatalog::localCodes())
            QTest::newRow(qPrintable(code)) << code;
    }
    void ownCodesAreExplained()
    {
        QFETCH(QString, code);
        const ErrorExplanation x = ErrorCatalog::explain(ownError(code));
        QVERIFY(!x.title.isEmpty());
        QVERIFY(!x.explanation.isEmpty());
        QVERIFY(!x.action.isEmpty());
        QVERIFY2(!x.title.contains(code), "a known code gets its own title, not the fallback");
    }

    // DNS failure, refused, reset, timeout, TLS, HTML, empty and non-JSON bodies each get their
    // own message.
    void transportFailuresAreDistinct()
    {
        const QStringList codes{u"HOST_NOT_FOUND"_s, u"CONNECTION_REFUSED"_s, u"CONNECTION_RESET"_s,
                                u"TIMEOUT"_s,        u"TLS_ERROR"_s,          u"HTML_BODY"_s,
                                u"EMPTY_BODY"_s,     u"NON_JSON_BODY"_s};
        QSet<QString> titles;
        QSet<QString> explanations;
        for (const QString &code : codes) {
            titles.insert(ErrorCatalog::explain(ownError(code)).title);
            explanations.insert(ErrorCatalog::explain(ownError(code)).explanation);
        }
        QCOMPARE(titles.size(), codes.size());
        QCOMPARE(explanations.size(), codes.size());
    }

    // The failed input and the detail fill the explanations that name them.
    void ownCodesNameInputAndDetail()
    {
        const ErrorExplanation file = ErrorCatalog::explain(
            ApiError::fileNotReadable(u"selfie_file"_s, u"/a.jpg: Permission denied"_s));
        QVERIFY2(file.explanation.contains(ErrorCatalog::inputName(u"selfie_file"_s)),
                 qPrintable(file.explanation));
        QVERIFY(file.explanation.contains(u"/a.jpg: Permission denied"_s));
        const ErrorExplanation url =
            ErrorCatalog::explain(ApiError::invalidSourceUrl({}, u"ftp://a"_s));
        QVERIFY2(url.explanation.startsWith(u"An input URL"_s), qPrintable(url.explanation));
        QVERIFY(ErrorCatalog::explain(ApiError::caBundleUnreadable(u"/ca.pem"_s))
                    .explanation.contains(u"/ca.pem"_s));
        for (const QString &code : ErrorCatalog::transportCodes() + ErrorCatalog::localCodes())
            QVERIFY2(!ErrorCatalog::explain(ownError(code)).explanation.contains(u"%1"_s),
                     qPrintable(code));
    }

    void httpStatusAppearsForBodyErrors()
    {
        ApiError e = ownError(u"HTML_BODY"_s);
        e.kind = ApiError::Kind::BadResponse;
        e.httpStatus = 407;
        QVERIFY(ErrorCatalog::explain(e).explanation.contains(u"407"_s));
    }

    void cancelledKindIsExplained()
    {
        const ErrorExplanation x = ErrorCatalog::explain(ApiError::cancelled());
        QCOMPARE(x.title, ErrorCatalog::explain(ownError(u"CANCELLED"_s)).title);
    }

    void unknownCodesFallBackNamingTheCode()
    {
        QVERIFY(
            ErrorCatalog::explain(apiError(u"SOMETHING_NEW"_s)).title.contains(u"SOMETHING_NEW"_s));
        QVERIFY(ErrorCatalog::explain(ownError(u"ODD_FAILURE"_s)).title.contains(u"ODD_FAILURE"_s));
        QVERIFY(!ApiStatus::find(u"SOMETHING_NEW"_s));
    }

    void technicalLine()
    {
        ApiError e = apiError(u"NO_FACE_DETECTED"_s, u"selfie_file"_s);
        e.requestId = u"TID0123"_s;
        QCOMPARE(ErrorCatalog::technicalLine(e),
                 u"NO_FACE_DETECTED · HTTP 400 · selfie_file · request_id TID0123"_s);
        QCOMPARE(ErrorCatalog::technicalLine(ApiError::missingSelfie()), u"MISSING_SELFIE"_s);
    }

    void stringsGoThroughTheTranslator()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const ErrorExplanation x =
            ErrorCatalog::explain(apiError(u"NO_FACE_DETECTED"_s, u"selfie_file"_s));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(x.title.startsWith(u"[zh] "_s));
        QVERIFY(x.explanation.startsWith(u"[zh] "_s));
        QVERIFY(x.action.startsWith(u"[zh] "_s));
        QVERIFY(x.explanation.contains(u"[zh] the selfie file"_s));
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
