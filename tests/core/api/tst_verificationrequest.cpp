// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/verificationrequest.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(InputSource)
Q_DECLARE_METATYPE(VerificationRequest)

class TestVerificationRequest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_selfie;
    QString m_liveness;

    VerificationRequest valid() const
    {
        VerificationRequest r;
        r.baseUrl = QUrl(u"https://cloudapi.linkface.cn"_s);
        r.apiId = u"id"_s;
        r.apiSecret = u"secret"_s;
        r.selfie = InputSource::file(m_selfie);
        r.liveness = InputSource::file(m_liveness);
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_selfie = m_dir.filePath(u"selfie.jpg"_s);
        m_liveness = m_dir.filePath(u"liveness.protobuf"_s);
        for (const QString &path : {m_selfie, m_liveness}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("data");
        }
    }

    void allNineCombinationsAreValid_data()
    {
        QTest::addColumn<InputSource>("selfie");
        QTest::addColumn<InputSource>("liveness");
        QTest::addColumn<QString>("selfieField");
        QTest::addColumn<QString>("livenessField");
        const QList<QPair<InputSource, QString>> selfies{
            {InputSource::file(m_selfie), u"selfie_file"_s},
            {InputSource::url(u"https://example.com/s.jpg"_s), u"selfie_url"_s},
            {InputSource::id(u"img-1"_s), u"selfie_image_id"_s}};
        const QList<QPair<InputSource, QString>> livenesses{
            {InputSource::file(m_liveness), u"liveness_data_file"_s},
            {InputSource::url(u"http://example.com/l.protobuf"_s), u"liveness_data_url"_s},
            {InputSource::id(u"live-1"_s), u"liveness_data_id"_s}};
        for (const auto &s : selfies) {
            for (const auto &l : livenesses) {
                QTest::addRow("%s + %s", qPrintable(s.second), qPrintable(l.second))
                    << s.first << l.first << s.second << l.second;
            }
        }
    }
    void allNineCombinationsAreValid()
    {
        QFETCH(InputSource, selfie);
        QFETCH(InputSource, liveness);
        QFETCH(QString, selfieField);
        QFETCH(QString, livenessField);
        VerificationRequest r = valid();
        r.selfie = selfie;
        r.liveness = liveness;
        QVERIFY(!r.validate().has_value());
        QCOMPARE(VerificationRequest::selfieField(selfie.kind), selfieField);
        QCOMPARE(VerificationRequest::livenessField(liveness.kind), livenessField);
    }

    void invalid_data()
    {
        QTest::addColumn<VerificationRequest>("request");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("image");

        VerificationRequest r = valid();
        r.baseUrl = QUrl();
        QTest::newRow("no endpoint") << r << u"MISSING_ENDPOINT"_s << QString();
        r = valid();
        r.baseUrl = QUrl(u"ftp://example.com"_s);
        QTest::newRow("ftp endpoint") << r << u"INVALID_ENDPOINT"_s << QString();
        r.baseUrl = QUrl(u"cloudapi.linkface.cn"_s);
        QTest::newRow("endpoint without scheme") << r << u"INVALID_ENDPOINT"_s << QString();
        r.baseUrl = QUrl(u"https://id:secret@example.com"_s);
        QTest::newRow("user info in endpoint") << r << u"CREDENTIALS_IN_URL"_s << QString();
        r.baseUrl = QUrl(u"https://example.com/?api_secret=x"_s);
        QTest::newRow("query in endpoint") << r << u"CREDENTIALS_IN_URL"_s << QString();
        r = valid();
        r.apiId = u"  "_s;
        QTest::newRow("no api_id") << r << u"MISSING_API_ID"_s << QString();
        r = valid();
        r.apiSecret.clear();
        QTest::newRow("no api_secret") << r << u"MISSING_API_SECRET"_s << QString();
        r = valid();
        r.selfie = {};
        QTest::newRow("no selfie") << r << u"MISSING_SELFIE"_s << QString();
        r = valid();
        r.liveness = {};
        QTest::newRow("no liveness") << r << u"MISSING_LIVENESS"_s << QString();
        r = valid();
        r.selfie = InputSource::file(m_dir.filePath(u"missing.jpg"_s));
        QTest::newRow("selfie file missing") << r << u"FILE_NOT_READABLE"_s << u"selfie_file"_s;
        r = valid();
        r.liveness = InputSource::file(m_dir.path());
        QTest::newRow("liveness is a folder")
            << r << u"FILE_NOT_READABLE"_s << u"liveness_data_file"_s;
        r = valid();
        r.selfie = InputSource::file(QString());
        QTest::newRow("empty selfie path") << r << u"MISSING_SELFIE"_s << QString();
        r = valid();
        r.selfie = InputSource::url(u"not a url"_s);
        QTest::newRow("selfie url invalid") << r << u"INVALID_SOURCE_URL"_s << u"selfie_url"_s;
        r = valid();
        r.liveness = InputSource::url(u"file:///etc/passwd"_s);
        QTest::newRow("liveness url not http")
            << r << u"INVALID_SOURCE_URL"_s << u"liveness_data_url"_s;
        r = valid();
        r.selfie = InputSource::id(u" "_s);
        QTest::newRow("selfie id empty") << r << u"EMPTY_SOURCE_ID"_s << u"selfie_image_id"_s;
        r = valid();
        r.liveness = InputSource::id(QString());
        QTest::newRow("liveness id empty") << r << u"EMPTY_SOURCE_ID"_s << u"liveness_data_id"_s;
    }
    void invalid()
    {
        QFETCH(VerificationRequest, request);
        QFETCH(QString, code);
        QFETCH(QString, image);
        const std::optional<ApiError> error = request.validate();
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::Local);
        QCOMPARE(error->code, code);
        QCOMPARE(error->image, image);
        QVERIFY(!error->detail.contains(u"secret"_s));
    }

    void endpoint_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("cloud")
            << u"https://cloudapi.linkface.cn"_s
            << u"https://cloudapi.linkface.cn/identity/liveness_selfie_verification"_s;
        QTest::newRow("trailing slash")
            << u"http://127.0.0.1:8080/"_s
            << u"http://127.0.0.1:8080/identity/liveness_selfie_verification"_s;
        QTest::newRow("full endpoint pasted")
            << u"https://cloudapi.linkface.cn/identity/liveness_selfie_verification"_s
            << u"https://cloudapi.linkface.cn/identity/liveness_selfie_verification"_s;
        QTest::newRow("base path")
            << u"https://gw.example.com/api/v1/"_s
            << u"https://gw.example.com/api/v1/identity/liveness_selfie_verification"_s;
    }
    void endpoint()
    {
        QFETCH(QString, base);
        QFETCH(QString, endpoint);
        VerificationRequest r = valid();
        r.baseUrl = QUrl(base);
        QCOMPARE(r.endpoint().toString(), endpoint);
    }
};

QTEST_GUILESS_MAIN(TestVerificationRequest)
#include "tst_verificationrequest.moc"
