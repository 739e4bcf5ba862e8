// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchstore.h"

#include "contract/apicontract.h"
#include "logging.h"
#include "store/privatefolder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr int SchemaVersion = 1;
const QString Suffix = u".batch.sqlite"_s;

const char *const Columns = "pair_index, selfie, liveness, expected, device, sdk_version, note, "
                            "capture_device, status, http_status, verify_score, hack_score, "
                            "latency_ms, request_id, attempts";

QString columns()
{
    return QString::fromLatin1(Columns);
}

// QtSql binds a null QString as SQL NULL; text columns hold '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QVariant optionalScore(const std::optional<double> &score)
{
    return score ? QVariant(*score) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> scoreAt(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

BatchResult resultAt(const QSqlQuery &query)
{
    BatchResult result;
    result.pairIndex = query.value(0).toLongLong();
    result.selfie = query.value(1).toString();
    result.liveness = query.value(2).toString();
    result.expected = static_cast<BatchExpectation>(query.value(3).toInt());
    result.device = query.value(4).toString();
    result.sdkVersion = query.value(5).toString();
    result.note = query.value(6).toString();
    result.captureDevice = query.value(7).toString();
    result.status = query.value(8).toString();
    result.httpStatus = query.value(9).toInt();
    result.verifyScore = scoreAt(query, 10);
    result.hackScore = scoreAt(query, 11);
    result.latencyMs = query.value(12).toLongLong();
    result.requestId = query.value(13).toString();
    result.attempts = query.value(14).toInt();
    return result;
}

QString fileNameFor(const QString &manifestOrFolder)
{
    const QFileInfo info(manifestOrFolder);
    QString name = info.fileName();
    if (name.isEmpty())
        name = QDir(info.absoluteFilePath()).dirName();
    return name + Suffix;
}

} // namespace

BatchStore::BatchStore()
    : m_connection(u"vd_batch_"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

BatchStore::~BatchStore()
{
    close();
}

QString BatchStore::pathFor(const QString &manifestOrFolder)
{
    const QFileInfo info(QDir::cleanPath(QFileInfo(manifestOrFolder).absoluteFilePath()));
    return info.absolutePath() + u'/' + fileNameFor(info.absoluteFilePath());
}

QString BatchStore::dataFolderPathFor(const QString &manifestOrFolder)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/batches/"_s +
           fileNameFor(QDir::cleanPath(QFileInfo(manifestOrFolder).absoluteFilePath()));
}

bool BatchStore::isDatabasePath(const QString &path)
{
    return path.endsWith(Suffix);
}

QString BatchStore::writablePathFor(const QString &manifestOrFolder)
{
    const QString path = pathFor(manifestOrFolder);
    if (QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return path;
    return dataFolderPathFor(manifestOrFolder);
}

std::optional<BatchError> BatchStore::fail(const QString &code, const QString &detail) const
{
    m_lastError = {code, detail};
    qCWarning(lcStore) << "batch store" << code << detail;
    return m_lastError;
}

std::optional<BatchError> BatchStore::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    const PrivateFolder::Result folder = PrivateFolder::ensure(info.absolutePath());
    if (!folder.ok)
        return fail(
            u"STORE_OPEN_FAILED"_s,
            QCoreApplication::translate("BatchStore", "The batch folder %1 cannot be created.")
                .arg(info.absolutePath()));
    m_folderWarning = folder.warning;
    if (!m_folderWarning.isEmpty())
        qCWarning(lcStore).noquote() << m_folderWarning;
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile))
            return fail(u"STORE_OPEN_FAILED"_s,
                        QCoreApplication::translate("BatchStore",
                                                    "The batch database %1 cannot be created: %2")
                            .arg(path, file.errorString()));
    }
    QFile::setPermissions(path, PrivateFile);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return fail(u"STORE_OPEN_FAILED"_s,
                        QCoreApplication::translate("BatchStore",
                                                    "The batch database %1 cannot be opened: %2")
                            .arg(path, db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.next() ||
            query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return fail(u"STORE_OPEN_FAILED"_s,
                        QCoreApplication::translate(
                            "BatchStore", "The batch database %1 cannot use write-ahead logging.")
                            .arg(path));
        query.finish();
        // FULL: an answer is on the disk before the runner moves on, even if the power goes.
        if (!query.exec(u"PRAGMA synchronous=FULL"_s))
            return fail(u"STORE_OPEN_FAILED"_s, query.lastError().text());
    }
    if (auto error = createSchema())
        return error;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        if (QFileInfo::exists(path + suffix))
            QFile::setPermissions(path + suffix, PrivateFile);
    return std::nullopt;
}

std::optional<BatchError> BatchStore::createSchema()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return fail(u"STORE_OPEN_FAILED"_s, query.lastError().text());
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion)
        return fail(u"STORE_TOO_NEW"_s,
                    QCoreApplication::translate("BatchStore",
                                                "The batch database %1 was written by a newer "
                                                "VerifyDesk (schema %2); it is left untouched.")
                        .arg(m_path)
                        .arg(version));
    if (version == SchemaVersion)
        return std::nullopt;
    const QStringList statements = {
        u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS pairs (pair_index INTEGER PRIMARY KEY, selfie TEXT NOT NULL, "
        "liveness TEXT NOT NULL, expected INTEGER NOT NULL, device TEXT NOT NULL, "
        "sdk_version TEXT NOT NULL, note TEXT NOT NULL, capture_device TEXT NOT NULL, "
        "rejection TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', "
        "http_status INTEGER NOT NULL DEFAULT 0, verify_score REAL, hack_score REAL, "
        "latency_ms INTEGER NOT NULL DEFAULT 0, request_id TEXT NOT NULL DEFAULT '', "
        "attempts INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE IF NOT EXISTS attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "pair_index INTEGER NOT NULL REFERENCES pairs(pair_index), request_id TEXT NOT NULL, "
        "started TEXT NOT NULL, ended TEXT NOT NULL DEFAULT '', state INTEGER NOT NULL, "
        "status TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX IF NOT EXISTS attempts_pair ON attempts (pair_index, state)"_s,
        u"PRAGMA user_version = "_s + QString::number(SchemaVersion)};
    for (const QString &statement : statements)
        if (!query.exec(statement))
            return fail(u"STORE_OPEN_FAILED"_s, query.lastError().text());
    return std::nullopt;
}

void BatchStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool BatchStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

std::optional<BatchError> BatchStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(text(value));
    if (!query.exec())
        return fail(u"STORE_WRITE_FAILED"_s, query.lastError().text());
    return std::nullopt;
}

QString BatchStore::meta(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

std::optional<BatchError> BatchStore::beginImport()
{
    if (!QSqlDatabase::database(m_connection, false).transaction())
        return fail(u"STORE_WRITE_FAILED"_s,
                    QSqlDatabase::database(m_connection, false).lastError().text());
    return std::nullopt;
}

std::optional<BatchError> BatchStore::commitImport()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return fail(u"STORE_WRITE_FAILED"_s, detail);
    }
    return std::nullopt;
}

std::optional<BatchError> BatchStore::addPair(const BatchResult &pair)
{
    return addRejected(pair, {});
}

std::optional<BatchError> BatchStore::addRejected(const BatchResult &pair, const QString &problem)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        u"INSERT OR IGNORE INTO pairs (pair_index, selfie, liveness, expected, device, "
        "sdk_version, note, capture_device, rejection) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(pair.pairIndex);
    query.addBindValue(text(pair.selfie));
    query.addBindValue(text(pair.liveness));
    query.addBindValue(static_cast<int>(pair.expected));
    query.addBindValue(text(pair.device));
    query.addBindValue(text(pair.sdkVersion));
    query.addBindValue(text(pair.note));
    query.addBindValue(text(pair.captureDevice));
    query.addBindValue(text(problem));
    if (!query.exec())
        return fail(u"STORE_WRITE_FAILED"_s, query.lastError().text());
    return std::nullopt;
}

namespace {

qint64 countWhere(const QString &connection, const QString &where)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (!query.exec(u"SELECT COUNT(*) FROM pairs"_s + where) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

qint64 BatchStore::pairCount() const
{
    return countWhere(m_connection, {});
}

qint64 BatchStore::answeredCount() const
{
    return countWhere(m_connection, u" WHERE status <> ''"_s);
}

qint64 BatchStore::pendingCount() const
{
    return countWhere(m_connection, u" WHERE status = '' AND rejection = ''"_s);
}

qint64 BatchStore::recoverInFlight()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"UPDATE attempts SET state = ?, ended = ? WHERE state = ?"_s);
    query.addBindValue(static_cast<int>(BatchAttempt::State::Interrupted));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(static_cast<int>(BatchAttempt::State::InFlight));
    if (!query.exec()) {
        fail(u"STORE_WRITE_FAILED"_s, query.lastError().text());
        return 0;
    }
    return query.numRowsAffected();
}

QList<BatchResult> BatchStore::nextPending(qint64 afterIndex, int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    // The last attempt's X-Request-ID (after a kill or a cancel) is sent again by the next one.
    query.prepare(u"SELECT "_s + columns() +
                  u", (SELECT a.request_id FROM attempts a WHERE a.pair_index = pairs.pair_index "
                  "ORDER BY a.id DESC LIMIT 1) FROM pairs WHERE pair_index > ? AND status = '' "
                  "AND rejection = '' AND NOT "
                  "EXISTS (SELECT 1 FROM attempts a WHERE a.pair_index = pairs.pair_index AND "
                  "a.state = ?) ORDER BY pair_index LIMIT ?"_s);
    query.addBindValue(afterIndex);
    query.addBindValue(static_cast<int>(BatchAttempt::State::InFlight));
    query.addBindValue(limit);
    QList<BatchResult> pairs;
    if (!query.exec()) {
        fail(u"STORE_READ_FAILED"_s, query.lastError().text());
        return pairs;
    }
    while (query.next()) {
        BatchResult pair = resultAt(query);
        pair.requestId = query.value(15).toString();
        pairs.append(pair);
    }
    return pairs;
}

qint64 BatchStore::beginAttempt(qint64 pairIndex, const QString &requestId)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT INTO attempts (pair_index, request_id, started, state) "
                  "VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(pairIndex);
    query.addBindValue(text(requestId));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(static_cast<int>(BatchAttempt::State::InFlight));
    if (!query.exec()) {
        fail(u"STORE_WRITE_FAILED"_s, query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

std::optional<BatchError> BatchStore::completeAttempt(qint64 attemptId, const BatchResult &result)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(u"STORE_WRITE_FAILED"_s, db.lastError().text());
    QSqlQuery query(db);
    query.prepare(u"UPDATE attempts SET state = ?, ended = ?, status = ? WHERE id = ?"_s);
    query.addBindValue(static_cast<int>(BatchAttempt::State::Answered));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(text(result.status));
    query.addBindValue(attemptId);
    bool done = query.exec();
    // An answer already recorded is never replaced: the first one stands.
    query.prepare(u"UPDATE pairs SET status = ?, http_status = ?, verify_score = ?, "
                  "hack_score = ?, latency_ms = ?, request_id = ?, capture_device = ?, "
                  "attempts = (SELECT COUNT(*) FROM attempts WHERE pair_index = ?) "
                  "WHERE pair_index = ? AND status = ''"_s);
    query.addBindValue(text(result.status));
    query.addBindValue(result.httpStatus);
    query.addBindValue(optionalScore(result.verifyScore));
    query.addBindValue(optionalScore(result.hackScore));
    query.addBindValue(result.latencyMs);
    query.addBindValue(text(result.requestId));
    query.addBindValue(text(result.captureDevice));
    query.addBindValue(result.pairIndex);
    query.addBindValue(result.pairIndex);
    done = done && query.exec();
    const QString detail = query.lastError().text();
    query.finish();
    if (!done || !db.commit()) {
        db.rollback();
        return fail(u"STORE_WRITE_FAILED"_s, detail.isEmpty() ? db.lastError().text() : detail);
    }
    return std::nullopt;
}

std::optional<BatchError> BatchStore::endAttempt(qint64 attemptId, BatchAttempt::State state,
                                                 const QString &status)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"UPDATE attempts SET state = ?, ended = ?, status = ? WHERE id = ?"_s);
    query.addBindValue(static_cast<int>(state));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(text(status));
    query.addBindValue(attemptId);
    if (!query.exec())
        return fail(u"STORE_WRITE_FAILED"_s, query.lastError().text());
    return std::nullopt;
}

std::optional<BatchResult> BatchStore::pair(qint64 pairIndex) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT "_s + columns() + u" FROM pairs WHERE pair_index = ?"_s);
    query.addBindValue(pairIndex);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return resultAt(query);
}

namespace {

QString orderColumn(BatchPairQuery::Order order)
{
    switch (order) {
    case BatchPairQuery::Order::Pair:
        break;
    case BatchPairQuery::Order::Status:
        return u"status"_s;
    case BatchPairQuery::Order::VerifyScore:
        return u"verify_score"_s;
    case BatchPairQuery::Order::HackScore:
        return u"hack_score"_s;
    case BatchPairQuery::Order::Expected:
        return u"expected"_s;
    case BatchPairQuery::Order::Latency:
        return u"latency_ms"_s;
    case BatchPairQuery::Order::RequestId:
        return u"request_id"_s;
    }
    return u"pair_index"_s;
}

// The query's WHERE clause, its values bound in order by bind().
struct Where
{
    QString clause;
    QVariantList values;

    void bind(QSqlQuery *sql) const
    {
        for (const QVariant &value : values)
            sql->addBindValue(value);
    }
};

Where whereOf(const BatchPairQuery &query)
{
    const QString ok = QString::fromLatin1(vd::contract::answer::Ok);
    Where where;
    QStringList terms;
    switch (query.show) {
    case BatchPairQuery::Show::All:
        break;
    case BatchPairQuery::Show::NotAnswered:
        terms << u"status = '' AND rejection = ''"_s;
        break;
    case BatchPairQuery::Show::Answered:
        terms << u"status <> ''"_s;
        break;
    case BatchPairQuery::Show::Ok:
        terms << u"status = ?"_s;
        where.values << ok;
        break;
    case BatchPairQuery::Show::Failed:
        terms << u"status <> '' AND status <> ?"_s;
        where.values << ok;
        break;
    case BatchPairQuery::Show::Refused:
        terms << u"rejection <> ''"_s;
        break;
    }
    if (!query.text.isEmpty()) {
        terms << u"(instr(lower(selfie || char(10) || liveness || char(10) || status || char(10) "
                 "|| request_id || char(10) || device || char(10) || note), lower(?)) > 0)"_s;
        where.values << query.text;
    }
    if (!terms.isEmpty())
        where.clause = u" WHERE "_s + terms.join(u" AND "_s);
    return where;
}

QString orderOf(const BatchPairQuery &query)
{
    const QString direction = query.descending ? u" DESC"_s : u" ASC"_s;
    QString order = u"ORDER BY "_s + orderColumn(query.order) + direction;
    if (query.order != BatchPairQuery::Order::Pair)
        order += u", pair_index"_s + direction;
    return order;
}

} // namespace

qint64 BatchStore::count(const BatchPairQuery &query) const
{
    QSqlQuery sql(QSqlDatabase::database(m_connection, false));
    const Where where = whereOf(query);
    sql.prepare(u"SELECT COUNT(*) FROM pairs"_s + where.clause);
    where.bind(&sql);
    if (!sql.exec() || !sql.next()) {
        fail(u"STORE_READ_FAILED"_s, sql.lastError().text());
        return 0;
    }
    return sql.value(0).toLongLong();
}

QList<BatchResult> BatchStore::page(const BatchPairQuery &query, qint64 offset, int limit) const
{
    QSqlQuery sql(QSqlDatabase::database(m_connection, false));
    sql.setForwardOnly(true);
    const Where where = whereOf(query);
    sql.prepare(u"SELECT "_s + columns() + u" FROM pairs"_s + where.clause + u' ' + orderOf(query) +
                u" LIMIT ? OFFSET ?"_s);
    where.bind(&sql);
    sql.addBindValue(limit);
    sql.addBindValue(offset);
    QList<BatchResult> pairs;
    if (!sql.exec()) {
        fail(u"STORE_READ_FAILED"_s, sql.lastError().text());
        return pairs;
    }
    while (sql.next())
        pairs.append(resultAt(sql));
    return pairs;
}

qint64 BatchStore::rowOf(qint64 pairIndex, const BatchPairQuery &query) const
{
    QSqlQuery sql(QSqlDatabase::database(m_connection, false));
    const Where where = whereOf(query);
    sql.prepare(u"SELECT position FROM (SELECT pair_index, ROW_NUMBER() OVER ("_s + orderOf(query) +
                u") - 1 AS position FROM pairs"_s + where.clause + u") WHERE pair_index = ?"_s);
    where.bind(&sql);
    sql.addBindValue(pairIndex);
    if (!sql.exec()) {
        fail(u"STORE_READ_FAILED"_s, sql.lastError().text());
        return -1;
    }
    return sql.next() ? sql.value(0).toLongLong() : -1;
}

void BatchStore::forEachPair(const std::function<bool(const BatchResult &)> &visit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + columns() + u" FROM pairs ORDER BY pair_index"_s)) {
        fail(u"STORE_READ_FAILED"_s, query.lastError().text());
        return;
    }
    while (query.next())
        if (!visit(resultAt(query)))
            break;
}

QList<BatchAttempt> BatchStore::attempts(qint64 pairIndex) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT id, pair_index, request_id, started, ended, state, status "
                  "FROM attempts WHERE pair_index = ? ORDER BY id"_s);
    query.addBindValue(pairIndex);
    QList<BatchAttempt> list;
    if (!query.exec())
        return list;
    while (query.next()) {
        BatchAttempt attempt;
        attempt.id = query.value(0).toLongLong();
        attempt.pairIndex = query.value(1).toLongLong();
        attempt.requestId = query.value(2).toString();
        attempt.started = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        attempt.ended = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        attempt.state = static_cast<BatchAttempt::State>(query.value(5).toInt());
        attempt.status = query.value(6).toString();
        list.append(attempt);
    }
    return list;
}

QString BatchStore::rejection(qint64 pairIndex) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT rejection FROM pairs WHERE pair_index = ?"_s);
    query.addBindValue(pairIndex);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}
