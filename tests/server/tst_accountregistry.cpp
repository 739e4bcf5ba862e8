// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vd::server::Account;
using vd::server::AccountRegistry;
using vd::server::RequestKey;
using Clock = AccountRegistry::Clock;

class TestAccountRegistry : public QObject
{
    Q_OBJECT

private:
    static QString statusOf(const vd::server::Admission &admission)
    {
        return admission.error ? admission.error->statusName() : u"OK"_s;
    }

    // The account ID with secret "s".
    static Account limited(double ratePerSecond, qint64 quota)
    {
        Account account;
        account.id = u"ID"_s;
        account.secretDigest = AccountRegistry::digest("s");
        account.ratePerSecond = ratePerSecond;
        account.quota = quota;
        return account;
    }

    const QDate m_today{2026, 6, 1};

private slots:
    void specs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("id and secret") << u"ID:SECRET"_s << true;
        QTest::newRow("secret with a colon") << u"ID:a:b"_s << true;
        QTest::newRow("no colon") << u"IDSECRET"_s << false;
        QTest::newRow("empty id") << u":SECRET"_s << false;
        QTest::newRow("empty secret") << u"ID:"_s << false;
    }
    void specs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        AccountRegistry registry;
        QCOMPARE(!registry.addFromSpec(spec).has_value(), valid);
    }

    void duplicateIdIsRefused()
    {
        AccountRegistry registry;
        QVERIFY(!registry.addFromSpec(u"ID:a"_s));
        QVERIFY(registry.addFromSpec(u"ID:b"_s).has_value());
    }

    void credentials_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("status");
        QTest::newRow("right") << QByteArray("ID") << QByteArray("a:b") << u"OK"_s;
        QTest::newRow("wrong secret") << QByteArray("ID") << QByteArray("a:c") << u"UNAUTHORIZED"_s;
        QTest::newRow("prefix of the secret")
            << QByteArray("ID") << QByteArray("a:") << u"UNAUTHORIZED"_s;
        QTest::newRow("longer secret")
            << QByteArray("ID") << QByteArray("a:bb") << u"UNAUTHORIZED"_s;
        QTest::newRow("empty secret") << QByteArray("ID") << QByteArray() << u"UNAUTHORIZED"_s;
        QTest::newRow("unknown id") << QByteArray("id") << QByteArray("a:b") << u"UNAUTHORIZED"_s;
    }
    void credentials()
    {
        QFETCH(QByteArray, id);
        QFETCH(QByteArray, secret);
        QFETCH(QString, status);
        AccountRegistry registry;
        QVERIFY(!registry.addFromSpec(u"ID:a:b"_s));
        QCOMPARE(statusOf(registry.admit(id, secret, m_today, Clock::now())), status);
    }

    void expiryAndPermission_data()
    {
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<bool>("permitted");
        QTest::addColumn<QString>("status");
        QTest::newRow("valid through today") << QDate(2026, 6, 1) << true << u"OK"_s;
        QTest::newRow("expired yesterday") << QDate(2026, 5, 31) << true << u"KEY_EXPIRED"_s;
        QTest::newRow("expired and not permitted")
            << QDate(2026, 5, 31) << false << u"KEY_EXPIRED"_s;
        QTest::newRow("not permitted") << QDate(2027, 1, 1) << false << u"NO_PERMISSION"_s;
    }
    void expiryAndPermission()
    {
        QFETCH(QDate, expires);
        QFETCH(bool, permitted);
        QFETCH(QString, status);
        AccountRegistry registry;
        Account account;
        account.id = u"ID"_s;
        account.secretDigest = AccountRegistry::digest("s");
        account.expires = expires;
        account.permitted = permitted;
        QVERIFY(!registry.add(account));
        const auto admission = registry.admit("ID", "s", m_today, Clock::now());
        QCOMPARE(statusOf(admission), status);
        if (status == u"KEY_EXPIRED"_s)
            QVERIFY(admission.error->reason.contains(expires.toString(Qt::ISODate)));
    }

    void tokenBucket()
    {
        AccountRegistry registry;
        Account account;
        account.id = u"ID"_s;
        account.secretDigest = AccountRegistry::digest("s");
        account.ratePerSecond = 2.0;
        QVERIFY(!registry.add(account));
        const Clock::time_point start = Clock::now();
        // A full bucket holds two calls; then one call every 500 ms.
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, start)), u"OK"_s);
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, start)), u"OK"_s);
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, start)), u"RATE_LIMIT_EXCEEDED"_s);
        const auto later = start + std::chrono::milliseconds(250);
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, later)), u"RATE_LIMIT_EXCEEDED"_s);
        const auto refilled = start + std::chrono::milliseconds(520);
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, refilled)), u"OK"_s);
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, refilled)), u"RATE_LIMIT_EXCEEDED"_s);
        // Wrong secrets never touch the bucket.
        QCOMPARE(statusOf(registry.admit("ID", "x", m_today, refilled)), u"UNAUTHORIZED"_s);
    }

    void quota()
    {
        AccountRegistry registry;
        QVERIFY(!registry.add(limited(0, 3)));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(statusOf(registry.admit("ID", "s", m_today, Clock::now())), u"OK"_s);
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, Clock::now())), u"OUT_OF_QUOTA"_s);
    }

    void aRepeatedKeyIsChargedOnce()
    {
        AccountRegistry registry;
        QVERIFY(!registry.add(limited(1, 2)));
        const RequestKey key{u"8a1f4c1e-0d5e-4c57-9d2b-5c0c9a3f7e11"_s, "digest-a"};
        const RequestKey otherParameters{key.id, "digest-b"};
        const RequestKey otherKey{u"0b7e0c52-1e77-4a3a-bf1e-2f3d4c5b6a79"_s, "digest-a"};
        const auto start = Clock::now();
        const auto second = std::chrono::seconds(1);
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, start, key)), u"OK"_s);
        // The repeat is not charged, but it still takes a token of the rate.
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, start, key)),
                 u"RATE_LIMIT_EXCEEDED"_s);
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, start + second, key)), u"OK"_s);
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, start + 2 * second, key)), u"OK"_s);
        // The same id with other parameters is another request: the second call of 2.
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, start + 3 * second, otherParameters)),
                 u"OK"_s);
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, start + 4 * second, otherKey)),
                 u"OUT_OF_QUOTA"_s);
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, start + 5 * second, otherParameters)),
                 u"OK"_s);
        // Forgotten after RequestKey::RememberedSeconds: charged like a new request.
        const auto later = start + std::chrono::seconds(RequestKey::RememberedSeconds + 10);
        QCOMPARE(statusOf(registry.admit("ID", "s", m_today, later, otherParameters)),
                 u"OUT_OF_QUOTA"_s);
    }

    void replaceWithKeepsTheStateOfKeptAccounts()
    {
        auto account = [](const QString &id, const QByteArray &secret) {
            Account a;
            a.id = id;
            a.secretDigest = AccountRegistry::digest(secret);
            a.ratePerSecond = 0;
            a.quota = 2;
            return a;
        };
        AccountRegistry registry;
        QVERIFY(!registry.add(account(u"kept"_s, "s")));
        QVERIFY(!registry.add(account(u"dropped"_s, "d")));
        QCOMPARE(statusOf(registry.admit("kept", "s", m_today, Clock::now())), u"OK"_s);

        AccountRegistry fresh;
        QVERIFY(!fresh.add(account(u"kept"_s, "new-secret")));
        QVERIFY(!fresh.add(account(u"added"_s, "a")));
        registry.replaceWith(std::move(fresh));
        QCOMPARE(registry.size(), 2);
        QCOMPARE(statusOf(registry.admit("dropped", "d", m_today, Clock::now())),
                 u"UNAUTHORIZED"_s);
        // The new secret counts; one call of the quota of 2 was used before the reload.
        QCOMPARE(statusOf(registry.admit("kept", "s", m_today, Clock::now())), u"UNAUTHORIZED"_s);
        QCOMPARE(statusOf(registry.admit("kept", "new-secret", m_today, Clock::now())), u"OK"_s);
        QCOMPARE(statusOf(registry.admit("kept", "new-secret", m_today, Clock::now())),
                 u"OUT_OF_QUOTA"_s);
        QCOMPARE(statusOf(registry.admit("added", "a", m_today, Clock::now())), u"OK"_s);
    }

    void accountsFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // a part of the message; empty: loads
        QTest::newRow("full entry")
            << QByteArray(R"({"accounts": [{"id": "a", "secret": "s", "rate_limit_per_second": 5,
                         "quota": 100, "expires": "2027-12-31", "permission": true}]})")
            << QString();
        QTest::newRow("bare array") << QByteArray(R"([{"id": "a", "secret": "s"}])") << QString();
        QTest::newRow("not JSON") << QByteArray("{accounts") << u"not JSON"_s;
        QTest::newRow("no accounts") << QByteArray(R"({"accounts": []})") << u"no accounts"_s;
        QTest::newRow("no secret") << QByteArray(R"([{"id": "a"}])") << u"account #1"_s;
        QTest::newRow("bad date") << QByteArray(
                                         R"([{"id": "a", "secret": "s", "expires": "soon"}])")
                                  << u"expires"_s;
        QTest::newRow("negative rate")
            << QByteArray(R"([{"id": "a", "secret": "s", "rate_limit_per_second": -1}])")
            << u"rate_limit_per_second"_s;
        QTest::newRow("permission as text")
            << QByteArray(R"([{"id": "a", "secret": "s", "permission": "yes"}])")
            << u"permission"_s;
        QTest::newRow("duplicate")
            << QByteArray(R"([{"id": "a", "secret": "s"}, {"id": "a", "secret": "t"}])")
            << u"account #2"_s;
    }
    void accountsFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"accounts.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        AccountRegistry registry;
        const auto result = registry.loadFile(file.fileName());
        if (error.isEmpty()) {
            QVERIFY2(!result, qPrintable(result.value_or(QString())));
            QCOMPARE(statusOf(registry.admit("a", "s", m_today, Clock::now())), u"OK"_s);
        } else {
            QVERIFY(result.has_value());
            QVERIFY2(result->contains(error), qPrintable(*result));
        }
    }

    void missingFile()
    {
        AccountRegistry registry;
        const auto result = registry.loadFile(u"/nonexistent/accounts.json"_s);
        QVERIFY(result.has_value());
        QVERIFY(result->contains(u"/nonexistent/accounts.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccountRegistry)
#include "tst_accountregistry.moc"
