// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/copycipher.h"

#include <QTest>

using Code = CopyCipherError::Code;

class TestCopyCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArrayLiteral("a selfie");
        QTest::newRow("1 MiB") << QByteArray(1 << 20, 'x');
    }
    void roundTrip()
    {
        QFETCH(QByteArray, plain);
        const QByteArray key = CopyCipher::newKey().value;
        QCOMPARE(key.size(), CopyCipher::KeySize);
        const auto sealed = CopyCipher::seal(key, plain);
        QVERIFY2(sealed.ok(), qPrintable(sealed.error.message));
        QCOMPARE(sealed.value.size(),
                 CopyCipher::headerSize() + plain.size() + CopyCipher::TagSize);
        QVERIFY(sealed.value.startsWith(CopyCipher::magic()));
        if (!plain.isEmpty())
            QVERIFY(!sealed.value.contains(plain));
        const auto opened = CopyCipher::open(key, sealed.value);
        QVERIFY2(opened.ok(), qPrintable(opened.error.message));
        QCOMPARE(opened.value, plain);
    }

    void freshNoncePerSeal()
    {
        const QByteArray key = CopyCipher::newKey().value;
        const QByteArray a = CopyCipher::seal(key, "same").value;
        const QByteArray b = CopyCipher::seal(key, "same").value;
        QVERIFY(a != b);
        QVERIFY(a.mid(CopyCipher::headerSize() - CopyCipher::NonceSize, CopyCipher::NonceSize) !=
                b.mid(CopyCipher::headerSize() - CopyCipher::NonceSize, CopyCipher::NonceSize));
    }

    void wrongKey()
    {
        const QByteArray sealed = CopyCipher::seal(CopyCipher::newKey().value, "face").value;
        const auto opened = CopyCipher::open(CopyCipher::newKey().value, sealed);
        QCOMPARE(opened.error.code, Code::WrongKey);
        QVERIFY(opened.value.isEmpty());
        QVERIFY(!opened.error.message.isEmpty());
    }

    void badKeySize()
    {
        QCOMPARE(CopyCipher::seal("short", "face").error.code, Code::BadKey);
        QCOMPARE(CopyCipher::open("short", "face").error.code, Code::BadKey);
    }

    // Every single flipped byte, header, ciphertext or tag, is refused with no plaintext.
    void tamper()
    {
        const QByteArray key = CopyCipher::newKey().value;
        const QByteArray sealed = CopyCipher::seal(key, QByteArray(40, 'p')).value;
        for (int i = 0; i < sealed.size(); ++i) {
            QByteArray altered = sealed;
            altered[i] = char(altered.at(i) ^ 0x01);
            const auto opened = CopyCipher::open(key, altered);
            QVERIFY2(!opened.ok(), qPrintable(QString::number(i)));
            QVERIFY(opened.value.isEmpty());
            if (i >= CopyCipher::headerSize() - CopyCipher::NonceSize)
                QCOMPARE(opened.error.code, Code::Altered);
        }
    }

    void truncation_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("code");
        QTest::newRow("nothing") << 0 << int(Code::NotACopy);
        QTest::newRow("magic only") << 4 << int(Code::Truncated);
        QTest::newRow("header only") << CopyCipher::headerSize() << int(Code::Truncated);
        QTest::newRow("tag cut") << -1 << int(Code::Altered);
        QTest::newRow("body cut") << -(CopyCipher::TagSize + 5) << int(Code::Altered);
    }
    void truncation()
    {
        QFETCH(int, keep);
        QFETCH(int, code);
        const QByteArray key = CopyCipher::newKey().value;
        const QByteArray sealed = CopyCipher::seal(key, QByteArray(64, 'p')).value;
        const QByteArray cut = keep >= 0 ? sealed.left(keep) : sealed.left(sealed.size() + keep);
        const auto opened = CopyCipher::open(key, cut);
        QCOMPARE(int(opened.error.code), code);
        QVERIFY(opened.value.isEmpty());
    }

    void plainFileIsNotACopy()
    {
        QCOMPARE(CopyCipher::open(CopyCipher::newKey().value, QByteArray(100, 'j')).error.code,
                 Code::NotACopy);
    }
};

QTEST_GUILESS_MAIN(TestCopyCipher)
#include "tst_copycipher.moc"
