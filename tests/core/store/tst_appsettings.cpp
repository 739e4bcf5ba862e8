// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/appsettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void roundTrip();
    void rejectsInvalidValues();
    void ignoresDamagedFile();
    void verifyThresholdIsATableRow_data();
    void verifyThresholdIsATableRow();
    void neverStoresASecret();

private:
    QString m_ini;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestAppSettings::init()
{
    QVERIFY(m_dir.isValid());
    m_ini = m_dir.filePath(u"settings-%1.ini"_s.arg(++m_counter));
}

void TestAppSettings::defaults()
{
    const AppSettings settings(m_ini);
    QCOMPARE(settings.endpoint(), QUrl(u"https://cloudapi.linkface.cn"_s));
    QVERIFY(settings.apiId().isEmpty());
    QCOMPARE(settings.transferTimeoutSeconds(), 60);
    QCOMPARE(settings.overallTimeoutSeconds(), 120);
    QCOMPARE(settings.verifyThreshold(), 0.7);
    QCOMPARE(settings.hackThreshold(), 0.98);
    QVERIFY(settings.caBundlePath().isEmpty());
    QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::System);
    QVERIFY(settings.language().isEmpty()); // follow the system locale
    QVERIFY(!settings.keepImages());
    QVERIFY(settings.operatorName().isEmpty());
    QCOMPARE(settings.historyRetentionDays(), 180);
    QVERIFY(!settings.firstRunDone());
    QVERIFY(settings.configuredEndpoint().isEmpty());
    QVERIFY(settings.lastFolder(u"selfie"_s).isEmpty());
}

void TestAppSettings::roundTrip()
{
    {
        AppSettings settings(m_ini);
        settings.setEndpoint(QUrl(u"http://127.0.0.1:8080/"_s));
        settings.setApiId(u" demo-id "_s);
        QVERIFY(settings.setTransferTimeoutSeconds(15));
        QVERIFY(settings.setOverallTimeoutSeconds(45));
        QVERIFY(!settings.setOverallTimeoutSeconds(0));
        QVERIFY(settings.setVerifyThreshold(0.8));
        QVERIFY(settings.setHackThreshold(0.99));
        settings.setCaBundlePath(u"/etc/ssl/corp-ca.pem"_s);
        settings.setProxyMode(AppSettings::ProxyMode::Manual);
        settings.setManualProxy(u"proxy.example"_s, 3128);
        QVERIFY(settings.setLanguage(u"en"_s));
        settings.setKeepImages(true);
        settings.setOperatorName(u" 王小明 "_s);
        QVERIFY(settings.setHistoryRetentionDays(0));
        settings.setFirstRunDone(true);
        settings.setLastFolder(u"selfie"_s, u"/srv/selfies"_s);
        settings.setLastFolder(u"liveness"_s, u"/srv/captures"_s);
        settings.sync();
    }
    const AppSettings settings(m_ini);
    QCOMPARE(settings.endpoint(), QUrl(u"http://127.0.0.1:8080"_s));
    QCOMPARE(settings.apiId(), u"demo-id"_s);
    QCOMPARE(settings.transferTimeoutSeconds(), 15);
    QCOMPARE(settings.overallTimeoutSeconds(), 45);
    QCOMPARE(settings.verifyThreshold(), 0.8);
    QCOMPARE(settings.hackThreshold(), 0.99);
    QCOMPARE(settings.caBundlePath(), u"/etc/ssl/corp-ca.pem"_s);
    QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::Manual);
    QCOMPARE(settings.proxyHost(), u"proxy.example"_s);
    QCOMPARE(settings.proxyPort(), quint16(3128));
    QCOMPARE(settings.language(), u"en"_s);
    QVERIFY(settings.keepImages());
    QCOMPARE(settings.operatorName(), u"王小明"_s);
    QCOMPARE(settings.historyRetentionDays(), 0);
    QVERIFY(settings.firstRunDone());
    QCOMPARE(settings.fileName(), m_ini);
    QCOMPARE(settings.lastFolder(u"selfie"_s), u"/srv/selfies"_s);
    QCOMPARE(settings.lastFolder(u"liveness"_s), u"/srv/captures"_s);
    QCOMPARE(settings.configuredEndpoint(), QUrl(u"http://127.0.0.1:8080"_s));

    AppSettings none(m_ini);
    none.setProxyMode(AppSettings::ProxyMode::None);
    QCOMPARE(none.proxyMode(), AppSettings::ProxyMode::None);
}

void TestAppSettings::rejectsInvalidValues()
{
    AppSettings settings(m_ini);
    QVERIFY(!settings.setTransferTimeoutSeconds(0));
    QVERIFY(!settings.setTransferTimeoutSeconds(3601));
    QVERIFY(!settings.setHackThreshold(0.0));
    QVERIFY(!settings.setHackThreshold(1.01));
    QVERIFY(!settings.setLanguage(u"fr"_s));
    QVERIFY(!settings.setHistoryRetentionDays(-1));
    QVERIFY(!settings.setHistoryRetentionDays(36501));
    QCOMPARE(settings.historyRetentionDays(), 180);
    QCOMPARE(settings.transferTimeoutSeconds(), 60);
    QCOMPARE(settings.hackThreshold(), 0.98);
    QVERIFY(settings.language().isEmpty()); // follow the system locale
    QVERIFY(settings.setHackThreshold(1.0));
    QCOMPARE(settings.hackThreshold(), 1.0);
}

void TestAppSettings::ignoresDamagedFile()
{
    {
        QSettings raw(m_ini, QSettings::IniFormat);
        raw.setValue(u"endpoint/url"_s, u"not a url"_s);
        raw.setValue(u"network/transferTimeoutSeconds"_s, u"soon"_s);
        raw.setValue(u"thresholds/verify"_s, 0.75);
        raw.setValue(u"thresholds/hack"_s, 7);
        raw.setValue(u"network/proxyMode"_s, u"sideways"_s);
        raw.setValue(u"ui/language"_s, u"xx"_s);
        raw.setValue(u"history/retentionDays"_s, u"forever"_s);
    }
    const AppSettings settings(m_ini);
    QCOMPARE(settings.endpoint(), QUrl(u"https://cloudapi.linkface.cn"_s));
    QCOMPARE(settings.transferTimeoutSeconds(), 60);
    QCOMPARE(settings.verifyThreshold(), 0.7);
    QCOMPARE(settings.hackThreshold(), 0.98);
    QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::System);
    QVERIFY(settings.language().isEmpty()); // follow the system locale
    QCOMPARE(settings.historyRetentionDays(), 180);
}

void TestAppSettings::verifyThresholdIsATableRow_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<bool>("accepted");
    for (double row : {0.4, 0.5, 0.6, 0.7, 0.8, 0.9})
        QTest::addRow("%.1f", row) << row << true;
    QTest::newRow("0.75") << 0.75 << false;
    QTest::newRow("0.3") << 0.3 << false;
    QTest::newRow("1.0") << 1.0 << false;
}

void TestAppSettings::verifyThresholdIsATableRow()
{
    QFETCH(double, threshold);
    QFETCH(bool, accepted);
    AppSettings settings(m_ini);
    QCOMPARE(settings.setVerifyThreshold(threshold), accepted);
    QCOMPARE(settings.verifyThreshold(), accepted ? threshold : 0.7);
}

void TestAppSettings::neverStoresASecret()
{
    const QString secret = u"S3cr3t-do-not-store"_s;
    {
        AppSettings settings(m_ini);
        // Credentials smuggled into the endpoint are dropped.
        settings.setEndpoint(
            QUrl(u"https://operator:"_s + secret + u"@api.example/base?api_secret="_s + secret));
        settings.setApiId(u"id-1"_s);
        settings.setFirstRunDone(true);
        settings.sync();
        QCOMPARE(settings.endpoint(), QUrl(u"https://api.example/base"_s));
    }
    QFile file(m_ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.isEmpty());
    QVERIFY(!content.contains(secret.toUtf8()));
    QSettings raw(m_ini, QSettings::IniFormat);
    const QStringList keys = raw.allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys) {
        QVERIFY2(!key.contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(key));
        QVERIFY2(!key.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(key));
    }
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
