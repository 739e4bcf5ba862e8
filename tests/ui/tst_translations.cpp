// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/errorcatalog.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "resultpanel.h"
#include "selfiepanel.h"
#include "services/languageloader.h"
#include "setupdialog.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "thresholdtablewidget.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            current = Message{context, {}, {}, {}};
        } else if (xml.name() == "source"_L1) {
            current.source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            // A plural message holds one <numerusform> per form: their texts, one per line.
            current.translation =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%\\d"_s);
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// Ideographs and the CJK and full-width punctuation around them.
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) ||
           (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
}

// The ASCII , ; : of a Chinese sentence: one with a CJK character next to it, spaces skipped.
// Returns the place found, empty when there is none.
QString halfWidthInChinese(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u',' && c != u';' && c != u':')
            continue;
        // ";;" separates the filters of a file dialog: Qt's syntax, not punctuation.
        if (c == u';' &&
            ((i + 1 < text.size() && text.at(i + 1) == u';') || (i > 0 && text.at(i - 1) == u';')))
            continue;
        qsizetype before = i - 1;
        while (before >= 0 && text.at(before) == u' ')
            --before;
        qsizetype after = i + 1;
        while (after < text.size() && text.at(after) == u' ')
            ++after;
        if ((before >= 0 && isCjk(text.at(before))) ||
            (after < text.size() && isCjk(text.at(after))))
            return text.mid(qMax<qsizetype>(0, i - 6), 13);
    }
    return {};
}

} // namespace

// The shipped translations are complete and consistent, and the built .qm files translate the
// window and the core library's messages.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void chinesePunctuationIsFullWidth();
    void builtTranslationIsUsed();
    void setupDialogOffersTheLanguage();
    void languageSetting();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageLoader::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages =
        readTs(QStringLiteral(VD_SOURCE_DIR) + u"/translations/verifydesk_"_s + language + u".ts"_s,
               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 300);
    for (const Message &message : messages) {
        const QByteArray where = (message.context + u": "_s + message.source).toUtf8();
        QVERIFY2(message.type.isEmpty(), where.constData()); // not unfinished nor vanished
        QVERIFY2(!message.translation.isEmpty(), where.constData());
        QVERIFY2(placeholders(message.source) == placeholders(message.translation),
                 where.constData());
        // The same Alt+letter in every language, so the keys stay unique and documented.
        QVERIFY2(GuiTestHelpers::mnemonic(message.source) ==
                     GuiTestHelpers::mnemonic(message.translation),
                 where.constData());
    }
}

void TestTranslations::chinesePunctuationIsFullWidth()
{
    QString error;
    const QList<Message> messages =
        readTs(QStringLiteral(VD_SOURCE_DIR) + u"/translations/verifydesk_zh_CN.ts"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList found;
    for (const Message &message : messages) {
        const QString at = halfWidthInChinese(message.translation);
        if (!at.isEmpty())
            found << message.context + u": \""_s + at + u"\" in \""_s + message.translation + u'"';
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    // The check itself catches what it is for.
    QVERIFY(!halfWidthInChinese(u"错误: 未找到"_s).isEmpty());
    QVERIFY(!halfWidthInChinese(u"已取消;请重试"_s).isEmpty());
    QVERIFY(!halfWidthInChinese(u"%1,自拍照"_s).isEmpty());
    QVERIFY(halfWidthInChinese(u"错误：未找到，请重试；request_id: TID"_s).isEmpty());
    QVERIFY(halfWidthInChinese(u"图片 (*.png);;所有文件 (*)"_s).isEmpty());
}

void TestTranslations::builtTranslationIsUsed()
{
    const QString built = QStringLiteral(VD_BINARY_DIR) + u"/translations"_s;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    CredentialStore credentials;
    MainWindow window(&settings, &credentials, nullptr);
    window.show();
    window.resultPanel()->showResult({u"TID0"_s, 0.01, 0.95, {}, {}, 200, {}}, Thresholds{},
                                     QDateTime::currentDateTime(), 0);
    auto *verdict = window.findChild<QLabel *>(u"verdictLabel"_s);
    auto *verify = window.findChild<QPushButton *>(u"verifyButton"_s);
    QCOMPARE(verdict->text(), u"Same person"_s);

    // Switching while the window is open words everything again, the answer on screen too.
    QVERIFY(LanguageLoader::install(qApp, u"zh_CN"_s, built));
    // Qt posts QEvent::LanguageChange to the widgets.
    QTRY_COMPARE(verdict->text(), u"同一人"_s);
    QCOMPARE(verify->text(), u"核验(&V)"_s);
    QCOMPARE(window.menuBar()->actions().first()->text(), u"文件(&F)"_s);
    QCOMPARE(window.resultPanel()->title(), u"应答"_s);
    QCOMPARE(window.selfiePanel()->title(), u"自拍照"_s);
    QCOMPARE(window.resultPanel()->thresholdTable()->horizontalHeaderItem(1)->text(), u"误识率"_s);

    // The core library's messages come from the same translation.
    ApiError noFace;
    noFace.kind = ApiError::Kind::Api;
    noFace.code = u"NO_FACE_DETECTED"_s;
    noFace.httpStatus = 400;
    noFace.image = u"selfie_file"_s;
    const ErrorExplanation text = ErrorCatalog::explain(noFace);
    QCOMPARE(text.title, u"未检测到人脸"_s);
    QVERIFY2(text.explanation.contains(u"自拍照文件"_s), qPrintable(text.explanation));
    window.resultPanel()->showError(noFace);
    QCOMPARE(window.findChild<QLabel *>(u"errorTitle"_s)->text(), u"未检测到人脸"_s);

    QVERIFY(LanguageLoader::install(qApp, u"en"_s, built));
    QTRY_COMPARE(window.findChild<QLabel *>(u"errorTitle"_s)->text(), u"No face found"_s);
    QCOMPARE(verify->text(), u"&Verify"_s);
    QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);

    // A language without a translation file changes nothing.
    QVERIFY(!LanguageLoader::install(qApp, u"fr"_s, built));
    QTest::qWait(50);
    QCOMPARE(verify->text(), u"&Verify"_s);
}

void TestTranslations::setupDialogOffersTheLanguage()
{
    const QString built = QStringLiteral(VD_BINARY_DIR) + u"/translations"_s;
    QVERIFY(LanguageLoader::install(qApp, u"en"_s, built));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(u"setup.ini"_s));
    QVERIFY(settings.language().isEmpty());
    CredentialStore credentials;
    SetupDialog dialog(&settings, &credentials);
    dialog.show();
    auto *intro = dialog.findChild<QLabel *>(u"setupIntro"_s);
    // The local server's example address, at its default port, never broken across lines.
    QVERIFY2(intro->text().contains(u"<nobr>http://127.0.0.1:8600</nobr>"_s),
             qPrintable(intro->text()));

    // Picking a language is the operator's choice: saved at once.
    auto *box = dialog.findChild<QComboBox *>(u"languageBox"_s);
    QVERIFY(box);
    box->setCurrentIndex(box->findData(u"zh_CN"_s));
    QCOMPARE(settings.language(), u"zh_CN"_s);
    box->setCurrentIndex(box->findData(u"en"_s));
    QCOMPARE(settings.language(), u"en"_s);

    // The open dialog words itself again in the new language.
    const QString english = dialog.windowTitle();
    QVERIFY(LanguageLoader::install(qApp, u"zh_CN"_s, built));
    QTRY_VERIFY(dialog.windowTitle() != english);
    QVERIFY(intro->text().contains(u"<nobr>http://127.0.0.1:8600</nobr>"_s));
    QVERIFY(LanguageLoader::install(qApp, u"en"_s, built));
    QTRY_COMPARE(dialog.windowTitle(), english);
}

void TestTranslations::languageSetting()
{
    QCOMPARE(LanguageLoader::languages().first(), u"zh_CN"_s); // the first language
    QCOMPARE(LanguageLoader::resolve(u"en"_s), u"en"_s);
    QCOMPARE(LanguageLoader::resolve(u"zh_CN"_s), u"zh_CN"_s);
    QVERIFY(LanguageLoader::languages().contains(LanguageLoader::resolve(u"fr"_s)));
    QCOMPARE(LanguageLoader::nativeName(u"zh_CN"_s), u"简体中文"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
