// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestform.h"
#include "requestkey.h"

#include <QTest>

using namespace Qt::StringLiterals;
using vd::server::FormField;
using vd::server::RequestForm;
using vd::server::RequestKey;

class TestRequestKey : public QObject
{
    Q_OBJECT

private:
    static RequestForm formOf(const QByteArray &secret, const QByteArray &selfie)
    {
        RequestForm form;
        form.fields = {FormField{"api_id", "team"}, FormField{"api_secret", secret},
                       FormField{"selfie_file", selfie}, FormField{"liveness_data_id", "L1"}};
        return form;
    }

private slots:
    void headers_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("usable");
        QTest::newRow("a UUID") << QByteArray("8a1f4c1e-0d5e-4c57-9d2b-5c0c9a3f7e11") << true;
        QTest::newRow("nginx's $request_id") << QByteArray(32, 'f') << true;
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("too short") << QByteArray("1234567") << false;
        QTest::newRow("too long") << QByteArray(65, 'a') << false;
        QTest::newRow("a space") << QByteArray("8a1f4c1e 0d5e") << false;
        QTest::newRow("a line break") << QByteArray("8a1f4c1e\nstatus=OK") << false;
    }
    void headers()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, usable);
        const RequestKey key = RequestKey::of(header, formOf("s", "jpeg"));
        QCOMPARE(!key.isEmpty(), usable);
        if (usable) {
            QCOMPARE(key.id, QString::fromLatin1(header));
            QCOMPARE(key.fingerprint.size(), 64);
        }
    }

    void theFingerprintCoversEveryParameterButTheSecret()
    {
        const QByteArray id = "8a1f4c1e-0d5e-4c57-9d2b-5c0c9a3f7e11";
        const QByteArray first = RequestKey::of(id, formOf("s", "jpeg")).fingerprint;
        QCOMPARE(RequestKey::of(id, formOf("s", "jpeg")).fingerprint, first);
        QCOMPARE(RequestKey::of(id, formOf("other secret", "jpeg")).fingerprint, first);
        QVERIFY(RequestKey::of(id, formOf("s", "jpeg2")).fingerprint != first);
        // Length prefixes: moving a byte from one value to the next is another request.
        RequestForm shifted = formOf("s", "jpeg");
        shifted.fields[2].value = "jpe";
        shifted.fields[3].value = "gL1";
        QVERIFY(RequestKey::of(id, shifted).fingerprint != first);
        RequestForm extra = formOf("s", "jpeg");
        extra.fields.push_back(FormField{"selfie_auto_rotate", "true"});
        QVERIFY(RequestKey::of(id, extra).fingerprint != first);
    }
};

QTEST_GUILESS_MAIN(TestRequestKey)
#include "tst_requestkey.moc"
