// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"
#include "store/historystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString DemoId = u"demo"_s;
const QString DemoSecret = u"demo-secret"_s;

// The two older records' days: recent enough for the default retention of 180 days.
QDate daysAgo(int days)
{
    return QDateTime::currentDateTimeUtc().date().addDays(-days);
}

QString day(int days)
{
    return daysAgo(days).toString(Qt::ISODate);
}

QString demoFile(const QString &name)
{
    return QStringLiteral(VD_E2E_DEMO_DIR) + u'/' + name;
}

} // namespace

// `verifydesk history` over records that `verifydesk verify` made through the real
// verifydesk-server (scores from the face engine), plus records written through HistoryStore.
class TestHistoryCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsWhatVerifyRecorded();
    void filters_data();
    void filters();
    void exportsJson();
    void exportsCsvSafely();
    void receipt_data();
    void receipt();
    void receiptOfAnUnknownRequest();
    void verifyDetectsAnEditedRow();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, bool withSecret = false);
    void setLanguage(const QString &language);
    QString databasePath() const;

    QTemporaryDir m_home;
    ServerProcess m_server;
};

TestHistoryCommand::Run TestHistoryCommand::run(const QStringList &arguments, bool withSecret)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"TZ"_s, u"Asia/Shanghai"_s);
    env.remove(u"VERIFYDESK_API_SECRET"_s);
    if (withSecret)
        env.insert(u"VERIFYDESK_API_SECRET"_s, DemoSecret);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VD_VERIFYDESK_EXE), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestHistoryCommand::databasePath() const
{
    return m_home.filePath(u"data/VerifyDesk/verifydesk/history.sqlite"_s);
}

void TestHistoryCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(demoFile(u"selfie.jpg"_s)), "demo data missing (e2e_demo_data)");
    const QString error =
        m_server.start({u"--demo"_s, u"--demo-dir"_s, QStringLiteral(VD_E2E_DEMO_DIR)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Two older records first, written the way the window writes them.
    {
        HistoryStore store(databasePath());
        const struct
        {
            int daysAgo;
            const char *requestId;
            const char *verdict;
            const char *status;
            const char *caseRef;
        } rows[] = {{400, "TID-PURGED", "same_person", "OK", ""},
                    {30, "TID-OLD-DIFF", "not_same_person", "OK", "=cmd|' /C calc'!A0"},
                    {20, "TID-OLD-ERR", "error", "UNAUTHORIZED", ""}};
        for (const auto &row : rows) {
            HistoryEntry e;
            e.timeUtc = QDateTime(daysAgo(row.daysAgo), QTime(4, 0), Qt::UTC);
            e.operatorName = u"Carol"_s;
            e.endpoint = u"http://127.0.0.1:1"_s;
            e.requestId = QString::fromLatin1(row.requestId);
            e.verdict = QString::fromLatin1(row.verdict);
            e.status = QString::fromLatin1(row.status);
            e.caseRef = QString::fromLatin1(row.caseRef);
            e.selfie = {HistoryInput::Kind::Id, u"img"_s, {}, {}};
            e.liveness = {HistoryInput::Kind::Id, u"live"_s, {}, {}};
            QVERIFY(store.record(e).ok());
        }
    }
    const QStringList verify = {u"verify"_s, u"--endpoint"_s,
                                u"http://127.0.0.1:%1"_s.arg(m_server.port()), u"--api-id"_s,
                                DemoId};
    // Two real verifications: the same person, and an attack with a replayed capture.
    const Run same =
        run(verify + QStringList{u"--selfie"_s, demoFile(u"selfie.jpg"_s), u"--liveness"_s,
                                 demoFile(u"liveness-genuine.protobuf"_s), u"--operator"_s,
                                 u"王小明"_s, u"--case-ref"_s, u"LOAN-2026-0042"_s},
            true);
    QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
    const Run attack =
        run(verify + QStringList{u"--selfie"_s, demoFile(u"selfie.jpg"_s), u"--liveness"_s,
                                 demoFile(u"liveness-replay.protobuf"_s), u"--case-ref"_s,
                                 u"LOAN-2026-0043"_s},
            true);
    QVERIFY2(attack.exitCode == 1, qPrintable(attack.out + attack.err));
}

void TestHistoryCommand::cleanupTestCase()
{
    m_server.stop();
}

void TestHistoryCommand::listsWhatVerifyRecorded()
{
    const Run listed = run({u"history"_s});
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // four records and the count
    // Newest first: the real attack, then the real match, then the two older records.
    QVERIFY2(lines.at(0).contains(u"possible_attack"_s), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(u"LOAN-2026-0043"_s));
    QVERIFY2(lines.at(1).contains(u"same_person"_s) && lines.at(1).contains(u"王小明"_s),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(3).contains(u"TID-OLD-DIFF"_s));
    QVERIFY(lines.at(2).contains(u"TID-OLD-ERR"_s));
    // Local time, with the zone named.
    QVERIFY2(lines.at(3).startsWith(day(30) + u" 12:00:00 CST"_s), qPrintable(lines.at(3)));
    // The record older than the retention's 180 days was purged when the command opened it.
    QVERIFY(!listed.out.contains(u"TID-PURGED"_s));
    QVERIFY(!listed.out.contains(DemoSecret));
}

void TestHistoryCommand::filters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // a text each line must hold, newest first
    QTest::newRow("verdict same") << QStringList{u"--verdict"_s, u"same"_s}
                                  << QStringList{u"LOAN-2026-0042"_s};
    QTest::newRow("verdict attack")
        << QStringList{u"--verdict"_s, u"attack"_s} << QStringList{u"LOAN-2026-0043"_s};
    QTest::newRow("verdict error")
        << QStringList{u"--verdict"_s, u"error"_s} << QStringList{u"TID-OLD-ERR"_s};
    QTest::newRow("operator") << QStringList{u"--operator"_s, u"carol"_s}
                              << QStringList{u"TID-OLD-ERR"_s, u"TID-OLD-DIFF"_s};
    QTest::newRow("search case ref") << QStringList{u"--search"_s, u"loan-2026"_s}
                                     << QStringList{u"LOAN-2026-0043"_s, u"LOAN-2026-0042"_s};
    QTest::newRow("search request_id")
        << QStringList{u"--search"_s, u"old-d"_s} << QStringList{u"TID-OLD-DIFF"_s};
    QTest::newRow("until a day, inclusive")
        << QStringList{u"--until"_s, day(30)} << QStringList{u"TID-OLD-DIFF"_s};
    QTest::newRow("since and until") << QStringList{u"--since"_s, day(29), u"--until"_s, day(10)}
                                     << QStringList{u"TID-OLD-ERR"_s};
    QTest::newRow("since an ISO time")
        << QStringList{u"--since"_s, day(20) + u"T03:59:00Z"_s, u"--operator"_s, u"Carol"_s}
        << QStringList{u"TID-OLD-ERR"_s};
}

void TestHistoryCommand::filters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const Run listed = run(QStringList{u"history"_s} + arguments);
    QCOMPARE(listed.exitCode, 0);
    QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    lines.removeLast(); // the count
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).contains(expected.at(i)), qPrintable(lines.at(i)));
}

void TestHistoryCommand::exportsJson()
{
    const Run exported = run({u"history"_s, u"--json"_s, u"--verdict"_s, u"same"_s});
    QCOMPARE(exported.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(exported.out.toUtf8(), &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject record = doc.array().first().toObject();
    QCOMPARE(record.value(u"operator"_s).toString(), u"王小明"_s);
    QCOMPARE(record.value(u"case_ref"_s).toString(), u"LOAN-2026-0042"_s);
    QCOMPARE(record.value(u"status"_s).toString(), u"OK"_s);
    // Scores from the engine, thresholds from the settings' defaults.
    QVERIFY(record.value(u"verify_score"_s).toDouble() >= 0.7);
    QCOMPARE(record.value(u"verify_threshold"_s).toDouble(), 0.7);
    QCOMPARE(record.value(u"selfie_sha256"_s).toString().size(), 64);
    QVERIFY(!record.value(u"request_id"_s).toString().isEmpty());
}

void TestHistoryCommand::exportsCsvSafely()
{
    const Run exported = run({u"history"_s, u"--csv"_s});
    QCOMPARE(exported.exitCode, 0);
    const QStringList lines = exported.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).startsWith(u"id,time_utc,operator,"_s));
    QVERIFY(lines.at(0).contains(u",case_ref,prev_hash,record_hash"_s));
    // Oldest first; the formula in the case reference stays text.
    QVERIFY2(lines.at(1).contains(u",'=cmd|' /C calc'!A0,"_s), qPrintable(lines.at(1)));
    QVERIFY(lines.at(4).contains(u"LOAN-2026-0043"_s));
}

void TestHistoryCommand::verifyDetectsAnEditedRow()
{
    const Run intact = run({u"history"_s, u"--verify"_s});
    QCOMPARE(intact.exitCode, 0);
    // In the default UI language, zh_CN.
    QVERIFY2(intact.out.contains(u"哈希链完整；已校验记录数：4"_s), qPrintable(intact.out));

    // A hand edit of the real match's score, as sqlite3 would make it.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
        db.setDatabaseName(databasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE verifications SET verify_score = 0.99 WHERE id = 4"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"edit"_s);
    const Run broken = run({u"history"_s, u"--verify"_s});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.out.contains(u"第 4 条记录在写入后被修改过"_s), qPrintable(broken.out));
}

void TestHistoryCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("verdict") << QStringList{u"--verdict"_s, u"maybe"_s} << u"maybe"_s;
    QTest::newRow("date") << QStringList{u"--since"_s, u"yesterday"_s} << u"yesterday"_s;
    QTest::newRow("two formats") << QStringList{u"--csv"_s, u"--json"_s} << u"--csv"_s;
}

void TestHistoryCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run failed = run(QStringList{u"history"_s} + arguments);
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.err.contains(message), qPrintable(failed.err));
    QVERIFY(failed.out.isEmpty());
}

void TestHistoryCommand::setLanguage(const QString &language)
{
    QSettings settings(m_home.filePath(u"config/VerifyDesk/verifydesk.conf"_s),
                       QSettings::IniFormat);
    settings.setValue(u"ui/language"_s, language);
}

void TestHistoryCommand::receipt_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("zh_CN") << u"zh_CN"_s
                           << QStringList{u"核验记录单"_s, u"操作员"_s, u"案件编号"_s, u"同一人"_s,
                                          u"操作员签名"_s};
    QTest::newRow("en") << u"en"_s
                        << QStringList{u"Verification receipt"_s, u"Operator"_s,
                                       u"Case reference"_s, u"SAME PERSON"_s, u"signature"_s};
}

void TestHistoryCommand::receipt()
{
    QFETCH(QString, language);
    QFETCH(QStringList, texts);
    setLanguage(language);
    const Run json = run({u"history"_s, u"--json"_s, u"--verdict"_s, u"same"_s});
    const QJsonObject record =
        QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
    const QString requestId = record.value(u"request_id"_s).toString();
    QVERIFY(!requestId.isEmpty());

    const QString pdf = m_home.filePath(u"receipt-%1.pdf"_s.arg(language));
    const Run written = run({u"receipt"_s, requestId, u"-o"_s, pdf});
    QVERIFY2(written.exitCode == 0, qPrintable(written.out + written.err));
    QVERIFY(written.out.contains(pdf));

    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY2(text.waitForFinished(30000), "pdftotext (poppler-utils) is needed");
    // NFKC: Qt's PDF maps some CJK glyphs back to their Kangxi radical code points (⼩ for 小).
    const QString content =
        QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    if (qEnvironmentVariableIsSet("VD_KEEP_RECEIPT"))
        QFile::copy(pdf,
                    qEnvironmentVariable("VD_KEEP_RECEIPT") + u'/' + QFileInfo(pdf).fileName());
    QVERIFY2(content.contains(requestId), qPrintable(content));
    QVERIFY(content.contains(u"王小明"_s));
    QVERIFY(content.contains(u"LOAN-2026-0042"_s));
    // Both scores as recorded, both thresholds, and the table's rows.
    QVERIFY(content.contains(QString::number(record.value(u"verify_score"_s).toDouble(), 'f', 4)));
    QVERIFY(content.contains(QString::number(record.value(u"hack_score"_s).toDouble(), 'f', 4)));
    QVERIFY(content.contains(u"0.98"_s));
    for (const QString &threshold : {u"0.4"_s, u"0.5"_s, u"0.6"_s, u"0.7"_s, u"0.8"_s, u"0.9"_s})
        QVERIFY2(content.contains(threshold), qPrintable(threshold));
    QVERIFY(content.contains(u"1e-4"_s));
    QVERIFY(QString(content).remove(u' ').contains(record.value(u"selfie_sha256"_s).toString()));
    QVERIFY(content.contains(u"selfie.jpg"_s));
    for (const QString &expected : texts)
        QVERIFY2(content.contains(expected), qPrintable(expected + u"\n"_s + content));

    // One page, every font embedded: the CJK one where there is Chinese text.
    QProcess fonts;
    fonts.start(u"pdffonts"_s, {pdf});
    QVERIFY(fonts.waitForFinished(30000));
    const QString fontList = QString::fromUtf8(fonts.readAllStandardOutput());
    if (language == u"zh_CN"_s)
        QVERIFY2(fontList.contains(u"NotoSansCJK"_s), qPrintable(fontList));
    for (const QString &line : fontList.split(u'\n').mid(2, -1))
        if (!line.isEmpty())
            QVERIFY2(line.contains(u" yes "_s), qPrintable(line)); // emb column
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY2(QString::fromUtf8(info.readAllStandardOutput())
                 .contains(QRegularExpression(u"Pages:\\s+1\\n"_s)),
             "the receipt is one page");
    setLanguage(u"zh_CN"_s);
}

void TestHistoryCommand::receiptOfAnUnknownRequest()
{
    const Run failed = run({u"receipt"_s, u"TID-NO-SUCH"_s, u"-o"_s, m_home.filePath(u"x.pdf"_s)});
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.err.contains(u"TID-NO-SUCH"_s), qPrintable(failed.err));
    QVERIFY(!QFile::exists(m_home.filePath(u"x.pdf"_s)));
}

QTEST_GUILESS_MAIN(TestHistoryCommand)
#include "tst_historycommand.moc"
