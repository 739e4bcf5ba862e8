#include "store/historystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Secret = u"Sup3r-S3cret-value"_s;

HistoryEntry sampleEntry(const QString &selfiePath)
{
    HistoryEntry e;
    e.timeUtc = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 15, 123), Qt::UTC);
    e.operatorName = u"alice"_s;
    e.endpoint = u"http://127.0.0.1:8080"_s;
    e.apiId = u"demo"_s;
    e.requestId = u"TID0123456789abcdef0123456789abcdef"_s;
    e.verifyScore = 0.8712;
    e.hackScore = 0.031;
    e.verifyThreshold = 0.7;
    e.hackThreshold = 0.98;
    e.falseAcceptRate = 1e-4;
    e.verdict = u"same_person"_s;
    e.status = u"OK"_s;
    e.httpStatus = 200;
    e.selfie.kind = HistoryInput::Kind::File;
    e.selfie.value = selfiePath;
    e.liveness.kind = HistoryInput::Kind::Url;
    e.liveness.value = u"https://files.example/capture.protobuf"_s;
    e.imageId = u"img-1"_s;
    e.livenessDataId = u"live-1"_s;
    return e;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void walAndSchemaVersion();
    void errorEntryWithoutScores();
    void orderLimitOffsetCount();
    void keepsInputsOnlyWhenOptedIn();
    void noSecretAnywhere();
    void twoStoresOneFile();
    void refusesNewerSchema();
    void reportsUnopenableDatabase();
    void missingInputFile();
    void copyFailureStillRecords();
    void exportsCsv();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_db;
    int m_counter = 0;
};

void TestHistoryStore::init()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"run%1/history.sqlite"_s.arg(++m_counter));
}

QString TestHistoryStore::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestHistoryStore::roundTrip()
{
    const QByteArray selfieBytes = "pretend jpeg bytes";
    const QString selfie = writeFile(u"selfie.jpg"_s, selfieBytes);
    HistoryStore store(m_db);
    QVERIFY(store.open().ok());
    HistoryError error;
    const qint64 id = store.record(sampleEntry(selfie), &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QVERIFY(id > 0);

    const QList<HistoryEntry> all = store.entries(10, 0, &error);
    QVERIFY(error.ok());
    QCOMPARE(all.size(), 1);
    const HistoryEntry &e = all.first();
    const HistoryEntry expected = sampleEntry(selfie);
    QCOMPARE(e.id, id);
    QCOMPARE(e.timeUtc, expected.timeUtc);
    QCOMPARE(e.timeUtc.timeSpec(), Qt::UTC);
    QCOMPARE(e.operatorName, u"alice"_s);
    QCOMPARE(e.endpoint, expected.endpoint);
    QCOMPARE(e.apiId, expected.apiId);
    QCOMPARE(e.requestId, expected.requestId);
    QCOMPARE(e.verifyScore, expected.verifyScore);
    QCOMPARE(e.hackScore, expected.hackScore);
    QCOMPARE(e.verifyThreshold, 0.7);
    QCOMPARE(e.hackThreshold, 0.98);
    QCOMPARE(e.falseAcceptRate, std::optional<double>(1e-4));
    QCOMPARE(e.verdict, u"same_person"_s);
    QCOMPARE(e.status, u"OK"_s);
    QCOMPARE(e.httpStatus, 200);
    QCOMPARE(e.selfie.kind, HistoryInput::Kind::File);
    QCOMPARE(e.selfie.value, selfie);
    QCOMPARE(e.selfie.sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(selfieBytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(e.selfie.storedCopy.isEmpty());
    QCOMPARE(e.liveness.kind, HistoryInput::Kind::Url);
    QCOMPARE(e.liveness.value, expected.liveness.value);
    QVERIFY(e.liveness.sha256.isEmpty());
    QCOMPARE(e.imageId, u"img-1"_s);
    QCOMPARE(e.livenessDataId, u"live-1"_s);
}

void TestHistoryStore::walAndSchemaVersion()
{
    {
        HistoryStore store(m_db);
        QVERIFY(store.open().ok());
        QCOMPARE(store.databasePath(), m_db);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
    db.setDatabaseName(m_db);
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"SELECT version FROM schema_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), HistoryStore::SchemaVersion);
        QVERIFY(!query.next());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"probe"_s);
}

void TestHistoryStore::errorEntryWithoutScores()
{
    HistoryStore store(m_db);
    HistoryEntry e;
    e.endpoint = u"https://cloudapi.linkface.cn"_s;
    e.status = u"UNAUTHORIZED"_s;
    e.verdict = u"error"_s;
    e.httpStatus = 401;
    e.selfie = {HistoryInput::Kind::Id, u"img-7"_s, {}, {}};
    e.liveness = {HistoryInput::Kind::Id, u"live-7"_s, {}, {}};
    HistoryError error;
    QVERIFY(store.record(e, &error) > 0);
    QVERIFY2(error.ok(), qPrintable(error.message));
    const HistoryEntry back = store.entries(1).first();
    QVERIFY(!back.verifyScore.has_value());
    QVERIFY(!back.hackScore.has_value());
    QVERIFY(!back.falseAcceptRate.has_value());
    QCOMPARE(back.status, u"UNAUTHORIZED"_s);
    QCOMPARE(back.selfie.kind, HistoryInput::Kind::Id);
    QCOMPARE(back.operatorName, HistoryStore::currentOperator());
    QVERIFY(back.timeUtc.isValid());
    QVERIFY(qAbs(back.timeUtc.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
}

void TestHistoryStore::orderLimitOffsetCount()
{
    HistoryStore store(m_db);
    QCOMPARE(store.count(), 0);
    for (int i = 0; i < 7; ++i) {
        HistoryEntry e = sampleEntry({});
        e.selfie = {HistoryInput::Kind::Url, u"https://x/%1.jpg"_s.arg(i), {}, {}};
        e.requestId = u"req-%1"_s.arg(i);
        QVERIFY(store.record(e) > 0);
    }
    QCOMPARE(store.count(), 7);
    const QList<HistoryEntry> page = store.entries(3, 2);
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0).requestId, u"req-4"_s);
    QCOMPARE(page.at(2).requestId, u"req-2"_s);
    QCOMPARE(store.entries(100, 5).size(), 2);
    QCOMPARE(store.entries(-1, 0).size(), 7);
}

void TestHistoryStore::keepsInputsOnlyWhenOptedIn()
{
    const QString selfie = writeFile(u"keep.png"_s, "png bytes");
    const QString liveness = writeFile(u"keep.protobuf"_s, "\x08\x01");
    HistoryStore store(m_db);
    HistoryEntry e = sampleEntry(selfie);
    e.liveness = {HistoryInput::Kind::File, liveness, {}, {}};
    QVERIFY(store.record(e) > 0);
    QVERIFY(store.entries(1).first().selfie.storedCopy.isEmpty());
    QVERIFY(!QFileInfo::exists(QFileInfo(m_db).absolutePath() + u"/inputs"_s));

    store.setKeepInputs(true);
    QVERIFY(store.keepInputs());
    QVERIFY(store.record(e) > 0);
    QVERIFY(store.record(e) > 0); // the same inputs again: one copy each
    const HistoryEntry back = store.entries(1).first();
    QVERIFY(back.selfie.storedCopy.endsWith(back.selfie.sha256 + u".png"_s));
    QVERIFY(back.liveness.storedCopy.endsWith(back.liveness.sha256 + u".protobuf"_s));
    QFile copy(back.selfie.storedCopy);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray("png bytes"));
    QCOMPARE(QDir(QFileInfo(m_db).absolutePath() + u"/inputs"_s).entryList(QDir::Files).size(), 2);
}

void TestHistoryStore::noSecretAnywhere()
{
    HistoryStore store(m_db);
    HistoryEntry e = sampleEntry({});
    e.selfie = {HistoryInput::Kind::Id, u"img"_s, {}, {}};
    // The vendor page's cURL sample puts the secret in the query; it must not reach the disk.
    e.endpoint =
        u"https://demo:"_s + Secret + u"@cloudapi.linkface.cn/?api_id=demo&api_secret="_s + Secret;
    QVERIFY(store.record(e) > 0);
    QCOMPARE(store.entries(1).first().endpoint, u"https://cloudapi.linkface.cn/"_s);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"columns"_s);
    db.setDatabaseName(m_db);
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT name FROM pragma_table_info('verifications')"_s));
        int columns = 0;
        while (query.next()) {
            ++columns;
            const QString name = query.value(0).toString();
            QVERIFY2(!name.contains(u"secret"_s) && !name.contains(u"password"_s),
                     qPrintable(name));
        }
        QVERIFY(columns > 20);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"columns"_s);

    // The database, its WAL and shared-memory files.
    const QFileInfoList files = QDir(QFileInfo(m_db).absolutePath()).entryInfoList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Secret.toUtf8()), qPrintable(info.fileName()));
    }
}

void TestHistoryStore::twoStoresOneFile()
{
    HistoryStore first(m_db);
    HistoryStore second(m_db);
    HistoryEntry e = sampleEntry({});
    e.selfie = {HistoryInput::Kind::Id, u"img"_s, {}, {}};
    QVERIFY(first.record(e) > 0);
    QVERIFY(second.record(e) > 0);
    QCOMPARE(first.count(), 2);
    QCOMPARE(second.count(), 2);
}

void TestHistoryStore::refusesNewerSchema()
{
    {
        HistoryStore store(m_db);
        QVERIFY(store.open().ok());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE schema_version SET version = 99"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    HistoryStore store(m_db);
    const HistoryError error = store.open();
    QCOMPARE(error.code, HistoryError::Code::SchemaTooNew);
    QVERIFY(error.message.contains(u"99"_s));
    HistoryError recordError;
    QCOMPARE(store.record(sampleEntry({}), &recordError), 0);
    QCOMPARE(recordError.code, HistoryError::Code::SchemaTooNew);
}

void TestHistoryStore::reportsUnopenableDatabase()
{
    const QString blocker = writeFile(u"blocker"_s, "a file, not a folder");
    HistoryStore store(blocker + u"/history.sqlite"_s);
    const HistoryError error = store.open();
    QCOMPARE(error.code, HistoryError::Code::CannotOpen);
    QVERIFY(!error.message.isEmpty());
    HistoryError countError;
    QCOMPARE(store.count(&countError), 0);
    QCOMPARE(countError.code, HistoryError::Code::CannotOpen);
}

void TestHistoryStore::missingInputFile()
{
    // A pasted selfie purged before the answer came: the verification is still recorded.
    HistoryStore store(m_db);
    store.setKeepInputs(true);
    HistoryError error;
    const qint64 id = store.record(sampleEntry(m_dir.filePath(u"gone.jpg"_s)), &error);
    QVERIFY(id > 0);
    QCOMPARE(error.code, HistoryError::Code::CannotHash);
    QVERIFY(error.message.contains(u"gone.jpg"_s));
    QCOMPARE(store.count(), 1);
    const HistoryEntry back = store.entries(1).first();
    QCOMPARE(back.id, id);
    QCOMPARE(back.selfie.value, m_dir.filePath(u"gone.jpg"_s));
    QVERIFY(back.selfie.sha256.isEmpty());
    QVERIFY(back.selfie.storedCopy.isEmpty());
    QCOMPARE(back.requestId, sampleEntry({}).requestId);
}

void TestHistoryStore::copyFailureStillRecords()
{
    const QString selfie = writeFile(u"copyfail.jpg"_s, "bytes");
    HistoryStore store(m_db);
    QVERIFY(store.open().ok());
    // A file where the inputs folder should be.
    QFile blocker(QFileInfo(m_db).absolutePath() + u"/inputs"_s);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    store.setKeepInputs(true);
    HistoryError error;
    QVERIFY(store.record(sampleEntry(selfie), &error) > 0);
    QCOMPARE(error.code, HistoryError::Code::CannotCopy);
    const HistoryEntry back = store.entries(1).first();
    QCOMPARE(back.selfie.sha256.size(), 64);
    QVERIFY(back.selfie.storedCopy.isEmpty());
}

void TestHistoryStore::exportsCsv()
{
    HistoryStore store(m_db);
    HistoryEntry e = sampleEntry({});
    e.selfie = {HistoryInput::Kind::Url, u"https://x/a,b.jpg"_s, {}, {}};
    e.requestId = u"first"_s;
    QVERIFY(store.record(e) > 0);
    e.requestId = u"=HYPERLINK(\"x\")"_s;
    e.verifyScore.reset();
    QVERIFY(store.record(e) > 0);

    const QString csv = m_dir.filePath(u"export.csv"_s);
    QVERIFY(store.exportCsv(csv).ok());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"id,time_utc,operator,endpoint"_s));
    QVERIFY(lines.at(1).contains(u",first,0.8712,0.031,0.7,0.98,0.0001,same_person,OK,200,"_s));
    QVERIFY(lines.at(1).contains(u"\"https://x/a,b.jpg\""_s));
    // Oldest first; a formula-looking cell is kept as text and quoted.
    QVERIFY(lines.at(2).contains(u",\"'=HYPERLINK(\"\"x\"\")\",,0.031,"_s));

    QCOMPARE(store.exportCsv(m_dir.filePath(u"no/such/dir/x.csv"_s)).code,
             HistoryError::Code::CannotExport);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
