// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/copycipher.h"
#include "store/credentialstore.h"
#include "store/keptcopykey.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestKeptCopyKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString testHome = qEnvironmentVariable("VD_TEST_HOME");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || testHome.isEmpty() ||
            testHome != qEnvironmentVariable("HOME"))
            QSKIP("Needs the private D-Bus and gnome-keyring of packaging/test.sh (VD_TEST_HOME); "
                  "it never touches the user's own keyring.");
    }

    // The first fetch makes the key in the real keyring; every later one, by another store
    // too, gets the same key back.
    void createdOnceAndReused()
    {
        CredentialStore first(nullptr, m_service);
        KeptCopyKey made(&first);
        QSignalSpy madeDone(&made, &KeptCopyKey::finished);
        made.fetch();
        QVERIFY(madeDone.wait(20000));
        QVERIFY2(madeDone.first().first().toBool(), qPrintable(made.problem()));
        QCOMPARE(made.key().size(), CopyCipher::KeySize);
        QVERIFY(!first.isSessionOnly());

        CredentialStore second(nullptr, m_service);
        KeptCopyKey again(&second);
        QSignalSpy againDone(&again, &KeptCopyKey::finished);
        again.fetch();
        QVERIFY(againDone.wait(20000));
        QVERIFY(againDone.first().first().toBool());
        QCOMPARE(again.key(), made.key());

        KeptCopyKey third(&second);
        QSignalSpy thirdDone(&third, &KeptCopyKey::finished);
        third.fetch();
        QVERIFY(thirdDone.wait(20000));
        QCOMPARE(third.key(), made.key());
    }

    void cleanupTestCase()
    {
        CredentialStore store(nullptr, m_service);
        CredentialDeleteJob *job =
            store.remove(QUrl(u"local://verifydesk.kept-copies"_s), u"aes-256-gcm"_s);
        QSignalSpy done(job, &CredentialDeleteJob::finished);
        done.wait(20000);
    }

private:
    QString m_service =
        u"VerifyDesk-keptcopykey-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

QTEST_GUILESS_MAIN(TestKeptCopyKey)
#include "tst_keptcopykey.moc"
