// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/verificationclient.h"
#include "services/appconnection.h"
#include "store/appsettings.h"

#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proxyOfEachMode_data();
    void proxyOfEachMode();
    void configureAppliesTheSettings();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshIni() { return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_counter)); }
};

void TestAppConnection::proxyOfEachMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("system") << int(AppSettings::ProxyMode::System)
                            << int(QNetworkProxy::DefaultProxy) << QString() << 0;
    QTest::newRow("none") << int(AppSettings::ProxyMode::None) << int(QNetworkProxy::NoProxy)
                          << QString() << 0;
    QTest::newRow("manual") << int(AppSettings::ProxyMode::Manual) << int(QNetworkProxy::HttpProxy)
                            << u"proxy.example"_s << 3128;
}

void TestAppConnection::proxyOfEachMode()
{
    QFETCH(int, mode);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QVERIFY(m_dir.isValid());
    AppSettings settings(freshIni());
    settings.setProxyMode(static_cast<AppSettings::ProxyMode>(mode));
    // A manual proxy stored earlier stays in the file but counts only in manual mode.
    settings.setManualProxy(u"proxy.example"_s, 3128);
    const QNetworkProxy proxy = AppConnection::proxyFor(settings);
    QCOMPARE(int(proxy.type()), type);
    QCOMPARE(proxy.hostName(), host);
    QCOMPARE(int(proxy.port()), port);
}

void TestAppConnection::configureAppliesTheSettings()
{
    AppSettings settings(freshIni());
    QVERIFY(settings.setTransferTimeoutSeconds(15));
    settings.setCaBundlePath(u"/etc/ssl/corp-ca.pem"_s);
    settings.setProxyMode(AppSettings::ProxyMode::None);
    VerificationClient client;
    ClientSettings before = client.settings();
    before.maxRetries = 5;
    client.setSettings(before);

    AppConnection::configure(&client, settings);
    QCOMPARE(client.settings().transferTimeoutMs, 15000);
    QCOMPARE(client.settings().caBundlePath, u"/etc/ssl/corp-ca.pem"_s);
    QCOMPARE(client.settings().proxy.type(), QNetworkProxy::NoProxy);
    QCOMPARE(client.settings().maxRetries, 5); // not an app setting: left as it was
}

QTEST_GUILESS_MAIN(TestAppConnection)
#include "tst_appconnection.moc"
