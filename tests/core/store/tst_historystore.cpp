// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/appsettings.h"
#include "store/historystore.h"
#include "store/keptcopystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(HistoryFilter)

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
    e.caseRef = u"CASE-2026-0042"_s;
    return e;
}

// An entry whose inputs are server ids: nothing to hash.
HistoryEntry idEntry()
{
    HistoryEntry e = sampleEntry({});
    e.selfie = {HistoryInput::Kind::Id, u"img"_s, {}, {}};
    return e;
}

// The schema that VerifyDesk wrote before the version moved into PRAGMA user_version, verbatim.
const char *const Version1Ddl[] = {
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
    "INSERT INTO schema_version (version) VALUES (1)",
    R"(CREATE TABLE IF NOT EXISTS verifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time_utc TEXT NOT NULL,
    operator TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    api_id TEXT NOT NULL,
    request_id TEXT NOT NULL,
    verify_score REAL,
    hack_score REAL,
    verify_threshold REAL NOT NULL,
    hack_threshold REAL NOT NULL,
    false_accept_rate REAL,
    verdict TEXT NOT NULL,
    status TEXT NOT NULL,
    http_status INTEGER NOT NULL,
    selfie_kind TEXT NOT NULL,
    selfie_ref TEXT NOT NULL,
    selfie_sha256 TEXT NOT NULL,
    selfie_copy TEXT NOT NULL,
    liveness_kind TEXT NOT NULL,
    liveness_ref TEXT NOT NULL,
    liveness_sha256 TEXT NOT NULL,
    liveness_copy TEXT NOT NULL,
    image_id TEXT NOT NULL,
    liveness_data_id TEXT NOT NULL))",
    "CREATE INDEX IF NOT EXISTS verifications_time ON verifications (time_utc)",
    // Two rows as version 1 recorded them: a decision and an API error without scores.
    "INSERT INTO verifications (time_utc, operator, endpoint, api_id, request_id, verify_score, "
    "hack_score, verify_threshold, hack_threshold, false_accept_rate, verdict, status, "
    "http_status, selfie_kind, selfie_ref, selfie_sha256, selfie_copy, liveness_kind, "
    "liveness_ref, liveness_sha256, liveness_copy, image_id, liveness_data_id) VALUES ("
    "'2026-11-20T08:00:01.250Z', 'bob', 'https://cloudapi.linkface.cn', 'acct', 'TID-v1-a', "
    "0.8712, 0.031, 0.7, 0.98, 0.0001, 'same_person', 'OK', 200, 'file', '/data/selfie.jpg', "
    "'9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', '', 'url', "
    "'https://files.example/c.protobuf', '', '', 'img-a', 'live-a')",
    "INSERT INTO verifications (time_utc, operator, endpoint, api_id, request_id, verify_score, "
    "hack_score, verify_threshold, hack_threshold, false_accept_rate, verdict, status, "
    "http_status, selfie_kind, selfie_ref, selfie_sha256, selfie_copy, liveness_kind, "
    "liveness_ref, liveness_sha256, liveness_copy, image_id, liveness_data_id) VALUES ("
    "'2026-11-20T08:05:00.000Z', 'bob', 'https://cloudapi.linkface.cn', 'acct', 'TID-v1-b', "
    "NULL, NULL, 0.8, 0.95, NULL, 'error', 'UNAUTHORIZED', 401, 'id', 'img-7', '', '', 'id', "
    "'live-7', '', '', '', '')",
};

// Runs statements on the database file through a connection of the test's own.
class Probe
{
public:
    explicit Probe(const QString &path)
        : m_name(u"probe"_s)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~Probe()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Probe(const Probe &) = delete;
    Probe &operator=(const Probe &) = delete;

    bool ok() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql);
    }
    // The first row of a query, one value per column; empty when it fails or has no row.
    QVariantList row(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        QVariantList values;
        if (query.exec(sql) && query.next())
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i));
        return values;
    }
    QVariant value(const QString &sql)
    {
        const QVariantList values = row(sql);
        return values.isEmpty() ? QVariant() : values.first();
    }

private:
    QString m_name;
    bool m_ok = false;
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void walAndSchemaVersion();
    void migratesVersion1();
    void columnTableDrivesEverything();
    void errorEntryWithoutScores();
    void orderLimitOffsetCount();
    void keepsInputsOnlyWhenOptedIn();
    void noSecretAnywhere();
    void twoStoresOneFile();
    void refusesNewerSchema_data();
    void refusesNewerSchema();
    void reportsUnopenableDatabase();
    void missingInputFile();
    void copyFailureStillRecords();
    void exportsCsv();
    void migratesVersion2();
    void chainDetectsTampering_data();
    void chainDetectsTampering();
    void chainOfTwoWriters();
    void privatePermissions();
    void existingOpenFolderIsWarnedNotChanged();
    void ownDataFolderIsMadePrivate();
    void movesCorruptFileAside();
    void survivesKillDuringWrites();
    void retentionPurgesOldRecords();
    void retentionPurgesOnceADay();
    void purgingEverythingKeepsTheChain();
    void operatorIsTheOsUser();
    void filters_data();
    void filters();
    void exportsJson();

private:
    void createVersion1(const QString &path);
    void recordMany(HistoryStore &store, int count);
    void assertChainValid(HistoryStore &store);
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

void TestHistoryStore::createVersion1(const QString &path)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    Probe probe(path);
    QVERIFY(probe.ok());
    QCOMPARE(probe.value(u"PRAGMA journal_mode=WAL"_s).toString(), u"wal"_s);
    for (const char *statement : Version1Ddl)
        QVERIFY2(probe.exec(QString::fromUtf8(statement)), statement);
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
    const HistoryResult<qint64> recorded = store.record(sampleEntry(selfie));
    QVERIFY2(recorded.ok(), qPrintable(recorded.error.message));
    const qint64 id = recorded.value;
    QVERIFY(id > 0);

    const HistoryResult<QList<HistoryEntry>> read = store.entries(10, 0);
    QVERIFY(read.ok());
    const QList<HistoryEntry> &all = read.value;
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
    Probe probe(m_db);
    QVERIFY(probe.ok());
    QCOMPARE(probe.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(probe.value(u"PRAGMA user_version"_s).toInt(), HistoryStore::SchemaVersion);
    QCOMPARE(
        probe.value(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_version'"_s).toInt(),
        0);
    QCOMPARE(probe
                 .value(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = "
                        "'verifications_time'"_s)
                 .toInt(),
             1);
}

void TestHistoryStore::migratesVersion1()
{
    createVersion1(m_db);
    HistoryStore store(m_db);
    const HistoryError opened = store.open();
    QVERIFY2(opened.ok(), qPrintable(opened.message));

    const HistoryResult<QList<HistoryEntry>> read = store.entries();
    QVERIFY(read.ok());
    QCOMPARE(read.value.size(), 2);
    const HistoryEntry &error = read.value.at(0); // newest first
    QCOMPARE(error.requestId, u"TID-v1-b"_s);
    QVERIFY(!error.verifyScore && !error.hackScore && !error.falseAcceptRate);
    QCOMPARE(error.verifyThreshold, 0.8);
    QCOMPARE(error.hackThreshold, 0.95);
    QCOMPARE(error.status, u"UNAUTHORIZED"_s);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.selfie.kind, HistoryInput::Kind::Id);
    QCOMPARE(error.liveness.value, u"live-7"_s);
    const HistoryEntry &decision = read.value.at(1);
    QCOMPARE(decision.id, 1);
    QCOMPARE(decision.timeUtc, QDateTime(QDate(2026, 11, 20), QTime(8, 0, 1, 250), Qt::UTC));
    QCOMPARE(decision.operatorName, u"bob"_s);
    QCOMPARE(decision.endpoint, u"https://cloudapi.linkface.cn"_s);
    QCOMPARE(decision.apiId, u"acct"_s);
    QCOMPARE(decision.verifyScore, std::optional<double>(0.8712));
    QCOMPARE(decision.hackScore, std::optional<double>(0.031));
    QCOMPARE(decision.falseAcceptRate, std::optional<double>(1e-4));
    QCOMPARE(decision.verdict, u"same_person"_s);
    QCOMPARE(decision.selfie.kind, HistoryInput::Kind::File);
    QCOMPARE(decision.selfie.value, u"/data/selfie.jpg"_s);
    QCOMPARE(decision.selfie.sha256.size(), 64);
    QCOMPARE(decision.liveness.kind, HistoryInput::Kind::Url);
    QCOMPARE(decision.imageId, u"img-a"_s);
    QCOMPARE(decision.livenessDataId, u"live-a"_s);

    // The migrated database takes new entries after the old ones.
    HistoryEntry next = sampleEntry({});
    next.selfie = {HistoryInput::Kind::Id, u"img"_s, {}, {}};
    const HistoryResult<qint64> recorded = store.record(next);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error.message));
    QCOMPARE(recorded.value, 3);
    QCOMPARE(store.count().value, 3);

    Probe probe(m_db);
    QVERIFY(probe.ok());
    QCOMPARE(probe.value(u"PRAGMA user_version"_s).toInt(), HistoryStore::SchemaVersion);
    QCOMPARE(
        probe.value(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_version'"_s).toInt(),
        0);
    QCOMPARE(probe.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);

    // Opening it again finds the current version: nothing left to migrate.
    HistoryStore again(m_db);
    QVERIFY(again.open().ok());
    QCOMPARE(again.count().value, 3);
}

void TestHistoryStore::columnTableDrivesEverything()
{
    // Every field set, none to its default, so that a column the store forgets shows.
    HistoryEntry e = sampleEntry(writeFile(u"all.jpg"_s, "selfie"));
    e.liveness = {HistoryInput::Kind::File, writeFile(u"all.protobuf"_s, "capture"), {}, {}};
    e.verifyThreshold = 0.8;
    e.hackThreshold = 0.95;
    HistoryStore store(m_db);
    store.setKeepInputs(true);
    QVERIFY(store.setCopyKey(CopyCipher::newKey().value).ok());
    const HistoryResult<qint64> recorded = store.record(e);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error.message));
    const HistoryEntry back = store.entries(1).value.first();
    const QString csv = m_dir.filePath(u"columns.csv"_s);
    QVERIFY(store.exportCsv(csv).ok());
    const QStringList lines =
        QString::fromUtf8(fileBytes(csv)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList header = lines.at(0).split(u',');
    const QStringList cells = lines.at(1).split(u',');

    const QList<HistoryColumn> &columns = HistoryStore::columns();
    QCOMPARE(header.size(), columns.size());
    QCOMPARE(cells.size(), columns.size());
    Probe probe(m_db);
    QVERIFY(probe.ok());
    QCOMPARE(probe.value(u"SELECT COUNT(*) FROM pragma_table_info('verifications')"_s).toInt(),
             columns.size());
    QStringList names;
    for (const HistoryColumn &column : columns)
        names.append(QString::fromLatin1(column.name));
    const QVariantList stored =
        probe.row(u"SELECT "_s + names.join(u", "_s) + u" FROM verifications"_s);
    QCOMPARE(stored.size(), columns.size());
    const HistoryEntry defaults;
    for (int i = 0; i < columns.size(); ++i) {
        const HistoryColumn &column = columns.at(i);
        const char *name = column.name;
        // CREATE TABLE: the column, at its place, with its type.
        const QVariantList info = probe.row(
            u"SELECT cid, type FROM pragma_table_info('verifications') WHERE name = '%1'"_s.arg(
                QString::fromLatin1(name)));
        QCOMPARE(info.size(), 2);
        QCOMPARE(info.at(0).toInt(), i);
        QVERIFY2(QByteArray(column.sqlType).startsWith(info.at(1).toString().toLatin1()), name);
        // INSERT: the entry's value reached the database (the id is SQLite's own).
        QVERIFY2(!stored.at(i).isNull(), name);
        QVERIFY2(stored.at(i) != column.value(defaults), name);
        if (column.assignedByStore)
            QCOMPARE(stored.at(i).toLongLong(), recorded.value);
        // Read: the entry read back holds what the database holds.
        QCOMPARE(column.value(back).toString(), stored.at(i).toString());
        // CSV: the header names the column and the cell holds its value.
        QCOMPARE(header.at(i), QString::fromLatin1(column.csvHeader));
        const QString expected = stored.at(i).typeId() == QMetaType::Double
                                     ? QString::number(stored.at(i).toDouble(), 'g', 10)
                                     : stored.at(i).toString();
        QVERIFY2(cells.at(i) == expected, qPrintable(cells.at(i) + u" != "_s + expected));
    }
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
    const HistoryResult<qint64> recorded = store.record(e);
    QVERIFY(recorded.value > 0);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error.message));
    const HistoryEntry back = store.entries(1).value.first();
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
    QCOMPARE(store.count().value, 0);
    for (int i = 0; i < 7; ++i) {
        HistoryEntry e = sampleEntry({});
        e.selfie = {HistoryInput::Kind::Url, u"https://x/%1.jpg"_s.arg(i), {}, {}};
        e.requestId = u"req-%1"_s.arg(i);
        QVERIFY(store.record(e).value > 0);
    }
    QCOMPARE(store.count().value, 7);
    const QList<HistoryEntry> page = store.entries(3, 2).value;
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0).requestId, u"req-4"_s);
    QCOMPARE(page.at(2).requestId, u"req-2"_s);
    QCOMPARE(store.entries(100, 5).value.size(), 2);
    QCOMPARE(store.entries(-1, 0).value.size(), 7);
}

void TestHistoryStore::keepsInputsOnlyWhenOptedIn()
{
    const QString selfie = writeFile(u"keep.png"_s, "png bytes");
    const QString liveness = writeFile(u"keep.protobuf"_s, "\x08\x01");
    HistoryStore store(m_db);
    HistoryEntry e = sampleEntry(selfie);
    e.liveness = {HistoryInput::Kind::File, liveness, {}, {}};
    QVERIFY(store.record(e).value > 0);
    QVERIFY(store.entries(1).value.first().selfie.storedCopy.isEmpty());
    QVERIFY(!QFileInfo::exists(QFileInfo(m_db).absolutePath() + u"/inputs"_s));

    const QByteArray key = CopyCipher::newKey().value;
    store.setKeepInputs(true);
    QVERIFY(store.setCopyKey(key).ok());
    QVERIFY(store.keepInputs());
    QVERIFY(store.record(e).value > 0);
    QVERIFY(store.record(e).value > 0); // the same inputs again: one copy each
    const HistoryEntry back = store.entries(1).value.first();
    QVERIFY(back.selfie.storedCopy.endsWith(back.selfie.sha256 + u".png"_s));
    QVERIFY(back.liveness.storedCopy.endsWith(back.liveness.sha256 + u".protobuf"_s));
    QVERIFY(!fileBytes(back.selfie.storedCopy).contains("png bytes"));
    QByteArray plain;
    QVERIFY(KeptCopyStore(store.keptCopiesFolder(), key).read(back.selfie.storedCopy, &plain).ok());
    QCOMPARE(plain, QByteArray("png bytes"));
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
    QVERIFY(store.record(e).value > 0);
    QCOMPARE(store.entries(1).value.first().endpoint, u"https://cloudapi.linkface.cn/"_s);

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
    QVERIFY(first.record(e).value > 0);
    QVERIFY(second.record(e).value > 0);
    QCOMPARE(first.count().value, 2);
    QCOMPARE(second.count().value, 2);
}

void TestHistoryStore::refusesNewerSchema_data()
{
    QTest::addColumn<bool>("legacyTable");
    QTest::newRow("user_version") << false;
    QTest::newRow("version 1's schema_version table") << true;
}

void TestHistoryStore::refusesNewerSchema()
{
    QFETCH(bool, legacyTable);
    if (legacyTable) {
        createVersion1(m_db);
        Probe probe(m_db);
        QVERIFY(probe.exec(u"UPDATE schema_version SET version = 99"_s));
    } else {
        {
            HistoryStore store(m_db);
            HistoryEntry e = sampleEntry({});
            e.selfie = {HistoryInput::Kind::Id, u"img"_s, {}, {}};
            QVERIFY(store.record(e).value > 0);
        }
        Probe probe(m_db);
        QVERIFY(probe.exec(u"PRAGMA user_version = 99"_s));
    }
    const QByteArray before = fileBytes(m_db);
    QVERIFY(!before.isEmpty());
    {
        HistoryStore store(m_db);
        // Every refusal is logged for support, not only returned.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"newer VerifyDesk \\(schema 99"_s));
        const HistoryError error = store.open();
        QCOMPARE(error.code, HistoryError::Code::SchemaTooNew);
        QVERIFY(error.message.contains(u"99"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"newer VerifyDesk"_s));
        const HistoryResult<qint64> recorded = store.record(sampleEntry({}));
        QCOMPARE(recorded.value, 0);
        QCOMPARE(recorded.error.code, HistoryError::Code::SchemaTooNew);
    }
    // Left as it was: not migrated, not switched to WAL, not written.
    QCOMPARE(fileBytes(m_db), before);
    Probe probe(m_db);
    QVERIFY(probe.ok());
    QCOMPARE(
        probe
            .value(legacyTable ? u"SELECT version FROM schema_version"_s : u"PRAGMA user_version"_s)
            .toInt(),
        99);
}

void TestHistoryStore::reportsUnopenableDatabase()
{
    const QString blocker = writeFile(u"blocker"_s, "a file, not a folder");
    HistoryStore store(blocker + u"/history.sqlite"_s);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"history folder .* cannot be created"_s));
    const HistoryError error = store.open();
    QCOMPARE(error.code, HistoryError::Code::CannotOpen);
    QVERIFY(!error.message.isEmpty());
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"history folder .* cannot be created"_s));
    const HistoryResult<int> counted = store.count();
    QCOMPARE(counted.value, 0);
    QCOMPARE(counted.error.code, HistoryError::Code::CannotOpen);
}

void TestHistoryStore::missingInputFile()
{
    // A pasted selfie purged before the answer came: the verification is still recorded.
    HistoryStore store(m_db);
    store.setKeepInputs(true);
    QVERIFY(store.setCopyKey(CopyCipher::newKey().value).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"gone\\.jpg.*without its SHA-256"_s));
    const HistoryResult<qint64> recorded = store.record(sampleEntry(m_dir.filePath(u"gone.jpg"_s)));
    const qint64 id = recorded.value;
    QVERIFY(id > 0);
    QCOMPARE(recorded.error.code, HistoryError::Code::CannotHash);
    QVERIFY(recorded.error.message.contains(u"gone.jpg"_s));
    QCOMPARE(store.count().value, 1);
    const HistoryEntry back = store.entries(1).value.first();
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
    QVERIFY(store.setCopyKey(CopyCipher::newKey().value).ok());
    // A file where the inputs folder should be.
    QFile blocker(QFileInfo(m_db).absolutePath() + u"/inputs"_s);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    store.setKeepInputs(true);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot be kept"_s));
    const HistoryResult<qint64> recorded = store.record(sampleEntry(selfie));
    QVERIFY(recorded.value > 0);
    QCOMPARE(recorded.error.code, HistoryError::Code::CannotCopy);
    const HistoryEntry back = store.entries(1).value.first();
    QCOMPARE(back.selfie.sha256.size(), 64);
    QVERIFY(back.selfie.storedCopy.isEmpty());
}

void TestHistoryStore::exportsCsv()
{
    HistoryStore store(m_db);
    HistoryEntry e = sampleEntry({});
    e.selfie = {HistoryInput::Kind::Url, u"https://x/a,b.jpg"_s, {}, {}};
    e.requestId = u"first"_s;
    QVERIFY(store.record(e).value > 0);
    e.requestId = u"=HYPERLINK(\"x\")"_s;
    e.verifyScore.reset();
    QVERIFY(store.record(e).value > 0);
    // The rest of OWASP's list: a leading minus and a leading carriage return.
    e.requestId = u"-2+3+cmd|' /C calc'!A0"_s;
    e.caseRef = u"\r=1+1"_s;
    QVERIFY(store.record(e).value > 0);

    const QString csv = m_dir.filePath(u"export.csv"_s);
    QVERIFY(store.exportCsv(csv).ok());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(u"id,time_utc,operator,endpoint"_s));
    QVERIFY(lines.at(1).contains(u",first,0.8712,0.031,0.7,0.98,0.0001,same_person,OK,200,"_s));
    QVERIFY(lines.at(1).contains(u"\"https://x/a,b.jpg\""_s));
    // Oldest first; a formula-looking cell is kept as text and quoted.
    QVERIFY(lines.at(2).contains(u",\"'=HYPERLINK(\"\"x\"\")\",,0.031,"_s));
    QVERIFY2(lines.at(3).contains(u",'-2+3+cmd|' /C calc'!A0,,0.031,"_s), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(3).contains(u",\"'\r=1+1\","_s), qPrintable(lines.at(3)));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot be exported"_s));
    QCOMPARE(store.exportCsv(m_dir.filePath(u"no/such/dir/x.csv"_s)).code,
             HistoryError::Code::CannotExport);
}

void TestHistoryStore::recordMany(HistoryStore &store, int count)
{
    for (int i = 0; i < count; ++i) {
        HistoryEntry e = sampleEntry({});
        e.selfie = {HistoryInput::Kind::Id, u"img-%1"_s.arg(i), {}, {}};
        e.requestId = u"req-%1"_s.arg(i);
        e.verifyScore = 0.5 + i / 100.0;
        const HistoryResult<qint64> recorded = store.record(e);
        QVERIFY2(recorded.ok(), qPrintable(recorded.error.message));
    }
}

void TestHistoryStore::assertChainValid(HistoryStore &store)
{
    const HistoryResult<ChainBreak> chain = store.verifyChain();
    QVERIFY2(chain.ok(), qPrintable(chain.error.message));
    QVERIFY2(!chain.value.broken(), qPrintable(chain.value.reason));
}

void TestHistoryStore::migratesVersion2()
{
    createVersion1(m_db);
    {
        // What schema 2 made of it: the same table, the version in user_version.
        Probe probe(m_db);
        QVERIFY(probe.exec(u"DROP TABLE schema_version"_s));
        QVERIFY(probe.exec(u"PRAGMA user_version = 2"_s));
    }
    HistoryStore store(m_db);
    const HistoryError opened = store.open();
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    const QList<HistoryEntry> read = store.entries().value;
    QCOMPARE(read.size(), 2);
    QVERIFY(read.at(0).caseRef.isEmpty());
    QCOMPARE(read.at(1).previousHash, HistoryStore::genesisHash());
    QCOMPARE(read.at(0).previousHash, read.at(1).recordHash);
    QCOMPARE(read.at(1).recordHash, HistoryStore::canonicalHash(read.at(1)));
    assertChainValid(store);
    const HistoryResult<qint64> third = store.record(idEntry());
    QVERIFY2(third.ok(), qPrintable(third.error.message));
    QCOMPARE(third.value, 3);
    QCOMPARE(store.entries(1).value.first().caseRef, u"CASE-2026-0042"_s);
    assertChainValid(store);
    Probe probe(m_db);
    QCOMPARE(probe.value(u"PRAGMA user_version"_s).toInt(), 3);
    QCOMPARE(probe.value(u"SELECT COUNT(*) FROM pragma_table_info('verifications')"_s).toInt(),
             HistoryStore::columns().size());
}

void TestHistoryStore::chainDetectsTampering_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<qint64>("brokenAt");
    QTest::addColumn<QString>("reason");
    QTest::newRow("edited score") << QStringList{u"UPDATE verifications SET verify_score = 0.99 "
                                                 "WHERE id = 3"_s}
                                  << qint64(3) << u"changed"_s;
    QTest::newRow("edited verdict and its hash")
        << QStringList{u"UPDATE verifications SET verdict = 'same_person', record_hash = "
                       "'%1' WHERE id = 2"_s.arg(QString(64, u'a'))}
        << qint64(2) << u"changed"_s;
    QTest::newRow("deleted") << QStringList{u"DELETE FROM verifications WHERE id = 2"_s}
                             << qint64(3) << u"does not follow"_s;
    QTest::newRow("deleted oldest") << QStringList{u"DELETE FROM verifications WHERE id = 1"_s}
                                    << qint64(2) << u"does not follow"_s;
    QTest::newRow("deleted newest")
        << QStringList{u"DELETE FROM verifications WHERE id = 5"_s} << qint64(0) << u"newest"_s;
    // Two rows exchanged whole, hashes and all, as a hand edit reorders them.
    QTest::newRow("swapped") << QStringList{u"UPDATE verifications SET id = 100 WHERE id = 2"_s,
                                            u"UPDATE verifications SET id = 2 WHERE id = 4"_s,
                                            u"UPDATE verifications SET id = 4 WHERE id = 100"_s}
                             << qint64(2) << u"does not follow"_s;
    QTest::newRow("chain table emptied")
        << QStringList{u"DELETE FROM history_chain"_s} << qint64(0) << u"deleted"_s;
}

void TestHistoryStore::chainDetectsTampering()
{
    QFETCH(QStringList, sql);
    QFETCH(qint64, brokenAt);
    QFETCH(QString, reason);
    {
        HistoryStore store(m_db);
        recordMany(store, 5);
        assertChainValid(store);
    }
    {
        // As sqlite3 on the command line would do it.
        Probe probe(m_db);
        QVERIFY(probe.ok());
        for (const QString &statement : sql)
            QVERIFY2(probe.exec(statement), qPrintable(statement));
    }
    HistoryStore store(m_db);
    const HistoryResult<ChainBreak> chain = store.verifyChain();
    QVERIFY2(chain.ok(), qPrintable(chain.error.message));
    QVERIFY(chain.value.broken());
    QCOMPARE(chain.value.id, brokenAt);
    QVERIFY2(chain.value.reason.contains(reason), qPrintable(chain.value.reason));
}

void TestHistoryStore::chainOfTwoWriters()
{
    HistoryStore first(m_db);
    HistoryStore second(m_db);
    for (int i = 0; i < 4; ++i) {
        recordMany(first, 1);
        recordMany(second, 2);
    }
    QCOMPARE(first.count().value, 12);
    assertChainValid(first);
    assertChainValid(second);
}

void TestHistoryStore::privatePermissions()
{
    // The umask of a default desktop session: what is not set explicitly would be 0644/0755.
    const mode_t previous = umask(022);
    const QString selfie = writeFile(u"perm.jpg"_s, "face");
    QVERIFY(QFile::setPermissions(selfie, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                              QFile::ReadOther));
    {
        HistoryStore store(m_db);
        store.setKeepInputs(true);
        QVERIFY(store.setCopyKey(CopyCipher::newKey().value).ok());
        QVERIFY(store.record(sampleEntry(selfie)).ok());
        const QString folder = QFileInfo(m_db).absolutePath();
        const QFileDevice::Permissions privateFile =
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
        const QFileDevice::Permissions privateFolder =
            privateFile | QFile::ExeOwner | QFile::ExeUser;
        QCOMPARE(QFileInfo(folder).permissions(), privateFolder);
        QCOMPARE(QFileInfo(folder + u"/inputs"_s).permissions(), privateFolder);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QVERIFY2(QFileInfo::exists(m_db + suffix), qPrintable(suffix));
            QCOMPARE(QFileInfo(m_db + suffix).permissions(), privateFile);
        }
        const QString copy = store.entries(1).value.first().selfie.storedCopy;
        QVERIFY(!copy.isEmpty());
        QCOMPARE(QFileInfo(copy).permissions(), privateFile);
    }
    umask(previous);
}

void TestHistoryStore::existingOpenFolderIsWarnedNotChanged()
{
    // A folder the user made for other purposes: the store never chmods it, and says so.
    const QString folder = QFileInfo(m_db).absolutePath();
    QVERIFY(QDir().mkpath(folder));
    const QFileDevice::Permissions shared = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadUser | QFile::WriteUser | QFile::ExeUser |
                                            QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                            QFile::ExeOther;
    QVERIFY(QFile::setPermissions(folder, shared));
    HistoryStore store(m_db);
    QVERIFY(store.open().ok());
    QCOMPARE(QFileInfo(folder).permissions(), shared);
    QVERIFY2(store.folderWarning().contains(QDir::toNativeSeparators(folder)),
             qPrintable(store.folderWarning()));
    QVERIFY(store.folderWarning().contains(u"other users"_s));
    QCOMPARE(QFileInfo(m_db).permissions() & 0x0077, QFileDevice::Permissions());

    // A private folder, or one the store creates, has no warning.
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    HistoryStore again(m_db);
    QVERIFY(again.open().ok());
    QVERIFY(again.folderWarning().isEmpty());
    HistoryStore fresh(m_dir.filePath(u"new-folder/history.sqlite"_s));
    QVERIFY(fresh.open().ok());
    QVERIFY(fresh.folderWarning().isEmpty());
    QCOMPARE(QFileInfo(m_dir.filePath(u"new-folder"_s)).permissions() & 0x0077,
             QFileDevice::Permissions());
}

void TestHistoryStore::ownDataFolderIsMadePrivate()
{
    // The app's own data folder, as an older version left it under a desktop's umask: made
    // private, with the folders above it up to the data folder, and no warning.
    QStandardPaths::setTestModeEnabled(true);
    const mode_t previous = umask(022);
    const QString folder = QFileInfo(HistoryStore::defaultPath()).absolutePath();
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder + u"/inputs"_s));
    QVERIFY(QFileInfo(folder).permissions() & QFile::ReadOther);
    {
        HistoryStore store(HistoryStore::defaultPath());
        const HistoryError opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY2(store.folderWarning().isEmpty(), qPrintable(store.folderWarning()));
        QCOMPARE(QFileInfo(folder).permissions() & 0x0077, QFileDevice::Permissions());
    }

    // Every folder the store creates on the way is private, not only the last one.
    const QString deep = m_dir.filePath(u"deep-%1"_s.arg(m_counter));
    HistoryStore nested(deep + u"/er/history.sqlite"_s);
    QVERIFY(nested.open().ok());
    for (const QString &created : QStringList{deep, deep + u"/er"_s})
        QCOMPARE(QFileInfo(created).permissions() & 0x0077, QFileDevice::Permissions());
    umask(previous);
    QDir(folder).removeRecursively();
    QStandardPaths::setTestModeEnabled(false);
}

void TestHistoryStore::movesCorruptFileAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_db).absolutePath()));
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char(i * 7 + 3));
    {
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    HistoryStore store(m_db);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"damaged|cannot be opened"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"kept as .*corrupt-"_s));
    const HistoryError opened = store.open();
    QCOMPARE(opened.code, HistoryError::Code::MovedAside);
    QVERIFY2(opened.message.contains(u"new, empty history"_s), qPrintable(opened.message));
    const QStringList aside = QDir(QFileInfo(m_db).absolutePath())
                                  .entryList({u"history.sqlite.corrupt-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(opened.message.contains(aside.first()));
    // Never deleted: the bytes are all there for whoever wants to rescue them.
    const QString asidePath = QFileInfo(m_db).absolutePath() + u'/' + aside.first();
    QCOMPARE(fileBytes(asidePath), garbage);
    QCOMPARE(store.count().value, 0);
    QVERIFY(store.record(idEntry()).ok());
    QCOMPARE(store.count().value, 1);
    assertChainValid(store);
    // The notice outlives the open() that made it: whoever asks later still learns of it.
    QCOMPARE(store.movedAsidePath(), asidePath);
    QCOMPARE(store.movedAsideNotice(), opened.message);
    HistoryStore healthy(m_db);
    QVERIFY(healthy.open().ok());
    QVERIFY(healthy.movedAsidePath().isEmpty());
    QVERIFY(healthy.movedAsideNotice().isEmpty());
}

void TestHistoryStore::survivesKillDuringWrites()
{
    QProcess writer;
    writer.setProgram(QCoreApplication::applicationDirPath() + u"/historywriter"_s);
    writer.setArguments({m_db, u"1000000"_s});
    writer.start();
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    QList<qint64> committed;
    QByteArray pending;
    while (committed.size() < 300) {
        QVERIFY2(writer.waitForReadyRead(30000), "the writer stopped writing");
        pending += writer.readAllStandardOutput();
        while (pending.contains('\n')) {
            const qsizetype end = pending.indexOf('\n');
            committed.append(pending.left(end).toLongLong());
            pending.remove(0, end + 1);
        }
    }
    writer.kill(); // SIGKILL, in the middle of the next write
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    pending += writer.readAllStandardOutput();
    for (const QByteArray &line : pending.split('\n'))
        if (!line.isEmpty())
            committed.append(line.toLongLong());

    HistoryStore store(m_db);
    const HistoryError opened = store.open();
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    const QList<HistoryEntry> all = store.entries(-1).value;
    QVERIFY(all.size() >= committed.size());
    QSet<qint64> ids;
    for (const HistoryEntry &e : all)
        ids.insert(e.id);
    for (const qint64 id : std::as_const(committed))
        QVERIFY2(ids.contains(id), qPrintable(QString::number(id)));
    assertChainValid(store);
    Probe probe(m_db);
    QCOMPARE(probe.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void TestHistoryStore::retentionPurgesOldRecords()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString oldOnly = writeFile(u"old.jpg"_s, "only the old record used this");
    const QString shared = writeFile(u"shared.jpg"_s, "used old and new");
    QString oldCopy;
    QString sharedCopy;
    {
        HistoryStore store(m_db);
        store.setKeepInputs(true);
        QVERIFY(store.setCopyKey(CopyCipher::newKey().value).ok());
        const struct
        {
            int daysAgo;
            QString selfie;
        } rows[] = {{400, oldOnly}, {200, shared}, {100, shared}, {10, {}}};
        for (const auto &row : rows) {
            HistoryEntry e = sampleEntry(row.selfie);
            if (row.selfie.isEmpty())
                e.selfie = {HistoryInput::Kind::Id, u"img"_s, {}, {}};
            e.timeUtc = now.addDays(-row.daysAgo);
            e.requestId = u"days-%1"_s.arg(row.daysAgo);
            QVERIFY(store.record(e).ok());
        }
        const QList<HistoryEntry> all = store.entries(-1).value;
        oldCopy = all.at(3).selfie.storedCopy;
        sharedCopy = all.at(1).selfie.storedCopy;
        QVERIFY(QFileInfo::exists(oldCopy) && QFileInfo::exists(sharedCopy));
    }
    HistoryStore store(m_db);
    QCOMPARE(store.retentionDays(), 0);
    store.setRetentionDays(AppSettings::DefaultRetentionDays);
    QVERIFY(store.open().ok()); // purges at open
    const QList<HistoryEntry> kept = store.entries(-1).value;
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(1).requestId, u"days-100"_s);
    QCOMPARE(kept.at(0).requestId, u"days-10"_s);
    QVERIFY(!QFileInfo::exists(oldCopy));
    QVERIFY(QFileInfo::exists(sharedCopy)); // still used by the record of 100 days ago
    assertChainValid(store);
    QVERIFY(store.record(idEntry()).ok());
    assertChainValid(store);

    // 0 keeps everything.
    HistoryStore keepAll(m_db);
    keepAll.setRetentionDays(0);
    QCOMPARE(keepAll.purgeBefore(now.addDays(-50)).value, 1);
    QVERIFY(!QFileInfo::exists(sharedCopy));
    assertChainValid(keepAll);
}

void TestHistoryStore::retentionPurgesOnceADay()
{
    // The clock is moved by hand: open() purges at the real now, then purgeIfDue() purges only
    // when a day has passed since, and the cutoff follows the clock it is given.
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const QString selfie = writeFile(u"twenty.jpg"_s, "only the 20-day record used this");
    HistoryStore store(m_db);
    store.setRetentionDays(30);
    store.setKeepInputs(true);
    QVERIFY(store.setCopyKey(CopyCipher::newKey().value).ok());
    QVERIFY(store.open().ok());
    for (const int daysAgo : {20, 10, 1}) {
        HistoryEntry e = daysAgo == 20 ? sampleEntry(selfie) : idEntry();
        e.timeUtc = start.addDays(-daysAgo);
        e.requestId = u"days-%1"_s.arg(daysAgo);
        QVERIFY(store.record(e).ok());
    }
    const QString copy = store.entries(-1).value.last().selfie.storedCopy;
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(store.purgeIfDue(start.addSecs(23 * 3600)).value, 0);

    // 20 days on, less an hour: the 20-day record is past 30 days, the 10-day one not yet.
    const QDateTime later = start.addDays(20).addSecs(-3600);
    QCOMPARE(store.purgeIfDue(later).value, 1);
    QVERIFY(!QFileInfo::exists(copy));
    // Two hours on the 10-day record is past 30 days too, but the day is not over.
    QCOMPARE(store.purgeIfDue(later.addSecs(2 * 3600)).value, 0);
    QCOMPARE(store.count().value, 2);
    QCOMPARE(store.purgeIfDue(later.addSecs(HistoryStore::RetentionIntervalSeconds)).value, 1);
    QCOMPARE(store.entries(-1).value.first().requestId, u"days-1"_s);

    // A changed retention is due at once; 0 keeps everything.
    store.setRetentionDays(0);
    QCOMPARE(store.purgeIfDue(later.addDays(365)).value, 0);
    store.setRetentionDays(1);
    QCOMPARE(store.purgeIfDue(later.addSecs(HistoryStore::RetentionIntervalSeconds + 60)).value, 1);
    QCOMPARE(store.count().value, 0);
    assertChainValid(store);
}

void TestHistoryStore::purgingEverythingKeepsTheChain()
{
    HistoryStore store(m_db);
    recordMany(store, 3);
    QCOMPARE(store.purgeBefore(QDateTime::currentDateTimeUtc().addYears(10)).value, 3);
    QCOMPARE(store.count().value, 0);
    assertChainValid(store);
    recordMany(store, 2);
    assertChainValid(store);
    QCOMPARE(store.purgeBefore(QDateTime::currentDateTimeUtc().addYears(-10)).value, 0);
}

void TestHistoryStore::operatorIsTheOsUser()
{
    const QString name = HistoryStore::currentOperator();
    QVERIFY(!name.isEmpty());
    QVERIFY(!name.contains(u','));
}

void TestHistoryStore::filters_data()
{
    QTest::addColumn<HistoryFilter>("filter");
    QTest::addColumn<QStringList>("expected"); // request_ids, newest first
    const QDateTime day = QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
    QTest::newRow("none") << HistoryFilter{} << QStringList{u"r4"_s, u"r3"_s, u"r2"_s, u"r1"_s};
    QTest::newRow("since") << HistoryFilter{day.addDays(2), {}, {}, {}, {}, {}, {}}
                           << QStringList{u"r4"_s, u"r3"_s};
    QTest::newRow("until") << HistoryFilter{{}, day.addDays(2), {}, {}, {}, {}, {}}
                           << QStringList{u"r2"_s, u"r1"_s};
    QTest::newRow("verdict") << HistoryFilter{{}, {}, u"possible_attack"_s, {}, {}, {}, {}}
                             << QStringList{u"r3"_s};
    QTest::newRow("status") << HistoryFilter{{}, {}, {}, u"UNAUTHORIZED"_s, {}, {}, {}}
                            << QStringList{u"r4"_s};
    QTest::newRow("operator, any case")
        << HistoryFilter{{}, {}, {}, {}, u"CAROL"_s, {}, {}} << QStringList{u"r2"_s};
    QTest::newRow("text in case ref")
        << HistoryFilter{{}, {}, {}, {}, {}, u"loan-7"_s, {}} << QStringList{u"r3"_s, u"r1"_s};
    QTest::newRow("text in request_id")
        << HistoryFilter{{}, {}, {}, {}, {}, u"R2"_s, {}} << QStringList{u"r2"_s};
    QTest::newRow("exact request_id")
        << HistoryFilter{{}, {}, {}, {}, {}, {}, u"r3"_s} << QStringList{u"r3"_s};
    QTest::newRow("combined") << HistoryFilter{day, day.addDays(4), u"same_person"_s,
                                               {},  u"alice"_s,     u"LOAN"_s,
                                               {}}
                              << QStringList{u"r1"_s};
}

void TestHistoryStore::filters()
{
    QFETCH(HistoryFilter, filter);
    QFETCH(QStringList, expected);
    HistoryStore store(m_db);
    const QDateTime day = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    const struct
    {
        const char *requestId;
        const char *operatorName;
        const char *caseRef;
        const char *verdict;
        const char *status;
    } rows[] = {{"r1", "alice", "LOAN-77", "same_person", "OK"},
                {"r2", "Carol", "", "not_same_person", "OK"},
                {"r3", "alice", "loan-78", "possible_attack", "OK"},
                {"r4", "alice", "", "error", "UNAUTHORIZED"}};
    int i = 0;
    for (const auto &row : rows) {
        HistoryEntry e = idEntry();
        e.timeUtc = day.addDays(i++);
        e.requestId = QString::fromUtf8(row.requestId);
        e.operatorName = QString::fromUtf8(row.operatorName);
        e.caseRef = QString::fromUtf8(row.caseRef);
        e.verdict = QString::fromUtf8(row.verdict);
        e.status = QString::fromUtf8(row.status);
        QVERIFY(store.record(e).ok());
    }
    QStringList found;
    for (const HistoryEntry &e : store.entries(filter, -1, 0).value)
        found.append(e.requestId);
    QCOMPARE(found, expected);
    QCOMPARE(store.count(filter).value, expected.size());
    QCOMPARE(filter.isEmpty(), expected.size() == 4);
}

void TestHistoryStore::exportsJson()
{
    HistoryStore store(m_db);
    recordMany(store, 2);
    const QJsonDocument doc = QJsonDocument::fromJson(HistoryStore::json(store.entries(-1).value));
    QVERIFY(doc.isArray());
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), 2);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(u"request_id"_s).toString(), u"req-0"_s); // oldest first
    QCOMPARE(first.value(u"case_ref"_s).toString(), u"CASE-2026-0042"_s);
    QCOMPARE(first.value(u"verify_score"_s).toDouble(), 0.5);
    QCOMPARE(first.size(), HistoryStore::columns().size());
    QCOMPARE(rows.at(1).toObject().value(u"prev_hash"_s), first.value(u"record_hash"_s));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
