// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/languageloader.h"
#include "store/appsettings.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Which language the app speaks: the operator's saved choice, else the system locale's.
class TestLanguageLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void followsTheLocaleWithoutAChoice_data();
    void followsTheLocaleWithoutAChoice();
    void storedChoiceWins_data();
    void storedChoiceWins();

private:
    QTemporaryDir m_dir;
    QString m_ini;
};

void TestLanguageLoader::init()
{
    QVERIFY(m_dir.isValid());
    m_ini = m_dir.filePath(u"settings-%1.ini"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    QFile::remove(m_ini);
}

void TestLanguageLoader::followsTheLocaleWithoutAChoice_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"zh_CN"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s << u"zh_CN"_s;
    QTest::newRow("zh_HK") << u"zh_HK"_s << u"zh_CN"_s;
    QTest::newRow("en_US") << u"en_US"_s << u"en"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << u"en"_s;
    QTest::newRow("C") << u"C"_s << u"en"_s;
}

void TestLanguageLoader::followsTheLocaleWithoutAChoice()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const AppSettings settings(m_ini);
    QVERIFY(settings.language().isEmpty());
    QCOMPARE(LanguageLoader::resolve(settings.language(), QLocale(locale)), expected);
}

void TestLanguageLoader::storedChoiceWins_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("choice");
    QTest::newRow("English chosen on a Chinese system") << u"zh_CN"_s << u"en"_s;
    QTest::newRow("Chinese chosen on a German system") << u"de_DE"_s << u"zh_CN"_s;
    QTest::newRow("English chosen on a Taiwanese system") << u"zh_TW"_s << u"en"_s;
}

void TestLanguageLoader::storedChoiceWins()
{
    QFETCH(QString, locale);
    QFETCH(QString, choice);
    {
        AppSettings settings(m_ini);
        QVERIFY(settings.setLanguage(choice));
        settings.sync();
    }
    const AppSettings settings(m_ini);
    QCOMPARE(LanguageLoader::resolve(settings.language(), QLocale(locale)), choice);
}

QTEST_GUILESS_MAIN(TestLanguageLoader)
#include "tst_languageloader.moc"
