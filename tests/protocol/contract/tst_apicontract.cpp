// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/errorcatalog.h"
#include "api/responseparser.h"
#include "apierror.h"
#include "contract/apicontract.h"
#include "contract/apistatus.h"
#include "verificationservice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using vd::contract::ApiStatus;

namespace {

const QString RequestId = u"TID0123456789abcdef0123456789abcdef"_s;

// The server's answer for a row, given an image and a reason whether the row carries them or not.
vd::server::ApiReply serverAnswer(const ApiStatus &row)
{
    const vd::server::ApiError error =
        vd::server::ApiError::forImage(row.status, u"selfie_file"_s, u"a reason"_s);
    return vd::server::VerificationService::errorReply(error, RequestId);
}

} // namespace

// Every row of the contract's status table, once for both sides: what verifydesk-server answers
// and what the client makes of that answer.
class TestApiContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverAnswersAsTheRowSays_data() { addRows(); }
    void serverAnswersAsTheRowSays();
    void clientReadsTheServersAnswer_data() { addRows(); }
    void clientReadsTheServersAnswer();
    void clientExplainsInEveryLanguage_data() { addRows(); }
    void clientExplainsInEveryLanguage();
    void codesAreUnique();

private:
    static void addRows();
};

void TestApiContract::initTestCase()
{
    QCOMPARE(int(ApiStatus::all().size()), ApiStatus::Count);
    for (int i = 0; i < ApiStatus::Count; ++i)
        QCOMPARE(int(ApiStatus::all()[std::size_t(i)].status), i);
}

void TestApiContract::addRows()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < ApiStatus::Count; ++i)
        QTest::newRow(ApiStatus::all()[std::size_t(i)].code) << i;
}

void TestApiContract::serverAnswersAsTheRowSays()
{
    QFETCH(int, index);
    const ApiStatus &row = ApiStatus::all()[std::size_t(index)];
    const vd::server::ApiReply reply = serverAnswer(row);
    QCOMPARE(reply.httpCode, row.httpCode);
    QCOMPARE(reply.status, QString::fromLatin1(row.code));
    namespace answer = vd::contract::answer;
    QCOMPARE(reply.body.value(QLatin1StringView(answer::Status)).toString(),
             QString::fromLatin1(row.code));
    QCOMPARE(reply.body.value(QLatin1StringView(answer::RequestId)).toString(), RequestId);
    QCOMPARE(reply.body.contains(QLatin1StringView(answer::Image)), row.image);
    QCOMPARE(reply.body.contains(QLatin1StringView(answer::Reason)), row.reason);
    QCOMPARE(reply.body.size(), 2 + int(row.image) + int(row.reason));
}

void TestApiContract::clientReadsTheServersAnswer()
{
    QFETCH(int, index);
    const ApiStatus &row = ApiStatus::all()[std::size_t(index)];
    const vd::server::ApiReply reply = serverAnswer(row);
    const ResponseParser::Outcome outcome = ResponseParser::parse(
        reply.httpCode, QJsonDocument(reply.body).toJson(), "application/json; charset=utf-8");
    const auto *error = std::get_if<ApiError>(&outcome);
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Api);
    QCOMPARE(error->code, QString::fromLatin1(row.code));
    QCOMPARE(error->httpStatus, row.httpCode);
    QCOMPARE(error->requestId, RequestId);
    QCOMPARE(error->image, row.image ? u"selfie_file"_s : QString());
    QCOMPARE(error->reason, row.reason ? u"a reason"_s : QString());
    QCOMPARE(error->isRetryable(), row.retryable);
}

void TestApiContract::clientExplainsInEveryLanguage()
{
    QFETCH(int, index);
    const ApiStatus &row = ApiStatus::all()[std::size_t(index)];
    QVERIFY(*row.title && *row.explanation && *row.action);
    QCOMPARE(QByteArray(row.explanation).contains("%1"), row.unnamedInput != nullptr);
    QVERIFY2(!row.unnamedInput || row.image, "only a row that names its input has a %1");

    ApiError error = ApiError::fromApi(QString::fromLatin1(row.code), row.httpCode);
    const ErrorExplanation source = ErrorCatalog::explain(error);
    QCOMPARE(source.title, QString::fromUtf8(row.title));
    QCOMPARE(source.action, QString::fromUtf8(row.action));
    QVERIFY(!source.explanation.contains(u"%1"_s));
    if (row.image) {
        error.image = u"liveness_data_file"_s;
        QVERIFY(ErrorCatalog::explain(error).explanation.contains(
            ErrorCatalog::inputName(error.image)));
    }

    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        QTranslator translator;
        const QString qm =
            QStringLiteral(VD_BINARY_DIR) + u"/translations/verifydesk_"_s + language + u".qm"_s;
        QVERIFY2(translator.load(qm), qPrintable(qm));
        for (const char *text : {row.title, row.explanation, row.action, row.unnamedInput}) {
            if (!text)
                continue;
            const QString translated = translator.translate("ErrorCatalog", text);
            QVERIFY2(!translated.isEmpty(),
                     qPrintable(language + u": "_s + QString::fromUtf8(text)));
            if (language == u"en"_s)
                QCOMPARE(translated, QString::fromUtf8(text));
        }
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const ErrorExplanation x = ErrorCatalog::explain(error);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(x.title, translator.translate("ErrorCatalog", row.title));
        if (language == u"zh_CN"_s)
            QVERIFY2(x.title != source.title, qPrintable(x.title));
    }
}

void TestApiContract::codesAreUnique()
{
    QSet<QByteArray> codes;
    QSet<QString> titles;
    for (const ApiStatus &row : ApiStatus::all()) {
        codes.insert(row.code);
        titles.insert(QString::fromUtf8(row.title));
        QCOMPARE(ApiStatus::find(QString::fromLatin1(row.code)), &row);
    }
    QCOMPARE(codes.size(), ApiStatus::Count);
    QCOMPARE(titles.size(), ApiStatus::Count);
    QVERIFY(!ApiStatus::find(QString::fromLatin1(vd::contract::answer::Ok)));
}

QTEST_GUILESS_MAIN(TestApiContract)
#include "tst_apicontract.moc"
