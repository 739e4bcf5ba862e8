// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/appidentity.h"
#include "store/appsettings.h"
#include "verifydeskconfig.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheApplication();
};

void TestAppIdentity::namesTheApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    AppIdentity::apply(QCoreApplication::instance());
    QCOMPARE(QCoreApplication::organizationName(), u"VerifyDesk"_s);
    QCOMPARE(QCoreApplication::applicationName(), u"verifydesk"_s);
    QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(VD_VERSION));
    // The settings of the window and of the command line are found by these names.
    QVERIFY2(AppSettings().fileName().endsWith(u"/VerifyDesk/verifydesk.conf"_s),
             qPrintable(AppSettings().fileName()));
}

QTEST_GUILESS_MAIN(TestAppIdentity)
#include "tst_appidentity.moc"
