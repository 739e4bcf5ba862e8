#include "historystore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const char *const Columns[] = {
    "time_utc",      "operator",    "endpoint",         "api_id",         "request_id",
    "verify_score",  "hack_score",  "verify_threshold", "hack_threshold", "false_accept_rate",
    "verdict",       "status",      "http_status",      "selfie_kind",    "selfie_ref",
    "selfie_sha256", "selfie_copy", "liveness_kind",    "liveness_ref",   "liveness_sha256",
    "liveness_copy", "image_id",    "liveness_data_id",
};

const char *const CreateTable = R"(CREATE TABLE IF NOT EXISTS verifications (
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
    liveness_data_id TEXT NOT NULL))";

QString kindName(HistoryInput::Kind kind)
{
    switch (kind) {
    case HistoryInput::Kind::File:
        return u"file"_s;
    case HistoryInput::Kind::Url:
        return u"url"_s;
    case HistoryInput::Kind::Id:
        return u"id"_s;
    default:
        return u"none"_s;
    }
}

HistoryInput::Kind kindFromName(const QString &name)
{
    if (name == u"file")
        return HistoryInput::Kind::File;
    if (name == u"url")
        return HistoryInput::Kind::Url;
    if (name == u"id")
        return HistoryInput::Kind::Id;
    return HistoryInput::Kind::None;
}

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

// QtSql binds a null QString as SQL NULL; text columns hold '' instead.
QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

std::optional<double> realOrNull(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

void setError(HistoryError *error, HistoryError::Code code, const QString &message)
{
    // Logged as well: the window shows it for a while only, the command line among its output.
    if (code != HistoryError::Code::None)
        qCWarning(lcStore).noquote() << message;
    if (error)
        *error = {code, message};
}

// Spreadsheets run cells that start with = + @ as formulas; a leading quote keeps them text.
QString csvField(const QString &value)
{
    QString text = value;
    if (!text.isEmpty() && (text.front() == u'=' || text.front() == u'+' || text.front() == u'@' ||
                            text.front() == u'\t'))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

} // namespace

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

QString HistoryStore::currentOperator()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    // Containers and services often set none of these; the home folder is named after the user.
    if (name.isEmpty())
        name = QDir::home().dirName();
    return name;
}

QString HistoryStore::sha256OfFile(const QString &path, HistoryError *error)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        setError(error, HistoryError::Code::CannotHash,
                 HistoryStore::tr("The file %1 cannot be read to compute its SHA-256: %2")
                     .arg(path, file.errorString()));
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString HistoryStore::sanitizedEndpoint(const QString &endpoint)
{
    const QUrl url(endpoint);
    if (!url.isValid())
        return {};
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

HistoryStore::HistoryStore(const QString &databasePath)
    : m_path(databasePath)
    , m_connection(u"vd_history_"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

HistoryError HistoryStore::open()
{
    if (m_open)
        return {};
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return {
            HistoryError::Code::CannotOpen,
            HistoryStore::tr("The history folder %1 cannot be created.").arg(info.absolutePath())};

    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    // Another VerifyDesk window or the CLI may write at the same moment: wait, do not fail.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return {HistoryError::Code::CannotOpen,
                HistoryStore::tr("The history database %1 cannot be opened: %2")
                    .arg(m_path, db.lastError().text())};

    QSqlQuery query(db);
    // WAL: readers (the history view) never block the writer (a verification being recorded).
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.next() ||
        query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return {HistoryError::Code::CannotOpen,
                HistoryStore::tr("The history database %1 cannot use write-ahead logging: %2")
                    .arg(m_path, query.lastError().text())};

    if (!db.transaction())
        return {HistoryError::Code::QueryFailed, db.lastError().text()};
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s) ||
        !query.exec(u"SELECT version FROM schema_version"_s)) {
        db.rollback();
        return {HistoryError::Code::QueryFailed,
                HistoryStore::tr("The history schema cannot be read: %1")
                    .arg(query.lastError().text())};
    }
    if (query.next()) {
        const int version = query.value(0).toInt();
        if (version > SchemaVersion) {
            db.rollback();
            return {HistoryError::Code::SchemaTooNew,
                    HistoryStore::tr(
                        "The history database was written by a newer VerifyDesk (schema %1; "
                        "this version reads schema %2).")
                        .arg(version)
                        .arg(SchemaVersion)};
        }
    } else {
        query.prepare(u"INSERT INTO schema_version (version) VALUES (?)"_s);
        query.addBindValue(SchemaVersion);
        if (!query.exec()) {
            db.rollback();
            return {HistoryError::Code::QueryFailed, query.lastError().text()};
        }
    }
    if (!query.exec(QString::fromLatin1(CreateTable)) ||
        !query.exec(
            u"CREATE INDEX IF NOT EXISTS verifications_time ON verifications (time_utc)"_s)) {
        db.rollback();
        return {HistoryError::Code::QueryFailed,
                HistoryStore::tr("The history table cannot be created: %1")
                    .arg(query.lastError().text())};
    }
    if (!db.commit())
        return {HistoryError::Code::QueryFailed, db.lastError().text()};
    m_open = true;
    return {};
}

qint64 HistoryStore::record(const HistoryEntry &entry, HistoryError *error)
{
    HistoryError opened = open();
    if (!opened.ok()) {
        setError(error, opened.code, opened.message);
        return 0;
    }

    // A missing or unreadable input does not stop the record: the verification happened and
    // the audit trail needs it. The problem is reported, and the entry lacks only that detail.
    HistoryError degraded;
    HistoryInput inputs[] = {entry.selfie, entry.liveness};
    for (HistoryInput &input : inputs) {
        if (input.kind != HistoryInput::Kind::File)
            continue;
        if (input.sha256.isEmpty()) {
            HistoryError hashError;
            input.sha256 = sha256OfFile(input.value, &hashError);
            if (input.sha256.isEmpty()) {
                if (degraded.ok())
                    degraded = {hashError.code,
                                tr("%1 The verification was recorded without its SHA-256.")
                                    .arg(hashError.message)};
                continue;
            }
        }
        if (m_keepInputs && input.storedCopy.isEmpty()) {
            // Named by content: the same selfie used twice is kept once.
            const QDir dir(QFileInfo(m_path).absolutePath() + u"/inputs"_s);
            const QString suffix = QFileInfo(input.value).suffix();
            const QString copy =
                dir.filePath(input.sha256 + (suffix.isEmpty() ? QString() : u'.' + suffix));
            if (!QFile::exists(copy) && (!dir.mkpath(u"."_s) || !QFile::copy(input.value, copy))) {
                if (degraded.ok())
                    degraded = {HistoryError::Code::CannotCopy,
                                tr("The input %1 cannot be copied into the history folder; the "
                                   "verification was recorded without the copy.")
                                    .arg(input.value)};
                continue;
            }
            input.storedCopy = copy;
        }
    }

    const QDateTime time =
        entry.timeUtc.isValid() ? entry.timeUtc.toUTC() : QDateTime::currentDateTimeUtc();
    QStringList names;
    QStringList marks;
    for (const char *column : Columns) {
        names.append(QLatin1String(column));
        marks.append(u"?"_s);
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT INTO verifications ("_s + names.join(u", "_s) + u") VALUES ("_s +
                  marks.join(u", "_s) + u')');
    query.addBindValue(time.toString(Qt::ISODateWithMs));
    query.addBindValue(text(entry.operatorName.isEmpty() ? currentOperator() : entry.operatorName));
    query.addBindValue(text(sanitizedEndpoint(entry.endpoint)));
    query.addBindValue(text(entry.apiId));
    query.addBindValue(text(entry.requestId));
    query.addBindValue(optionalReal(entry.verifyScore));
    query.addBindValue(optionalReal(entry.hackScore));
    query.addBindValue(entry.verifyThreshold);
    query.addBindValue(entry.hackThreshold);
    query.addBindValue(optionalReal(entry.falseAcceptRate));
    query.addBindValue(text(entry.verdict));
    query.addBindValue(text(entry.status));
    query.addBindValue(entry.httpStatus);
    for (const HistoryInput &input : inputs) {
        query.addBindValue(kindName(input.kind));
        query.addBindValue(text(input.value));
        query.addBindValue(text(input.sha256));
        query.addBindValue(text(input.storedCopy));
    }
    query.addBindValue(text(entry.imageId));
    query.addBindValue(text(entry.livenessDataId));
    if (!query.exec()) {
        setError(error, HistoryError::Code::QueryFailed,
                 HistoryStore::tr("The verification cannot be recorded: %1")
                     .arg(query.lastError().text()));
        return 0;
    }
    setError(error, degraded.code, degraded.message);
    return query.lastInsertId().toLongLong();
}

QList<HistoryEntry> HistoryStore::entries(int limit, int offset, HistoryError *error)
{
    QList<HistoryEntry> result;
    HistoryError opened = open();
    if (!opened.ok()) {
        setError(error, opened.code, opened.message);
        return result;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT * FROM verifications ORDER BY id DESC LIMIT ? OFFSET ?"_s);
    query.addBindValue(limit < 0 ? -1 : limit);
    query.addBindValue(qMax(0, offset));
    if (!query.exec()) {
        setError(error, HistoryError::Code::QueryFailed,
                 HistoryStore::tr("The history cannot be read: %1").arg(query.lastError().text()));
        return result;
    }
    const QSqlRecord rec = query.record();
    const auto col = [&rec](const char *name) {
        return rec.indexOf(QLatin1String(name));
    };
    while (query.next()) {
        HistoryEntry e;
        e.id = query.value(col("id")).toLongLong();
        e.timeUtc =
            QDateTime::fromString(query.value(col("time_utc")).toString(), Qt::ISODateWithMs)
                .toUTC();
        e.operatorName = query.value(col("operator")).toString();
        e.endpoint = query.value(col("endpoint")).toString();
        e.apiId = query.value(col("api_id")).toString();
        e.requestId = query.value(col("request_id")).toString();
        e.verifyScore = realOrNull(query.value(col("verify_score")));
        e.hackScore = realOrNull(query.value(col("hack_score")));
        e.verifyThreshold = query.value(col("verify_threshold")).toDouble();
        e.hackThreshold = query.value(col("hack_threshold")).toDouble();
        e.falseAcceptRate = realOrNull(query.value(col("false_accept_rate")));
        e.verdict = query.value(col("verdict")).toString();
        e.status = query.value(col("status")).toString();
        e.httpStatus = query.value(col("http_status")).toInt();
        e.selfie = {kindFromName(query.value(col("selfie_kind")).toString()),
                    query.value(col("selfie_ref")).toString(),
                    query.value(col("selfie_sha256")).toString(),
                    query.value(col("selfie_copy")).toString()};
        e.liveness = {kindFromName(query.value(col("liveness_kind")).toString()),
                      query.value(col("liveness_ref")).toString(),
                      query.value(col("liveness_sha256")).toString(),
                      query.value(col("liveness_copy")).toString()};
        e.imageId = query.value(col("image_id")).toString();
        e.livenessDataId = query.value(col("liveness_data_id")).toString();
        result.append(e);
    }
    setError(error, HistoryError::Code::None, {});
    return result;
}

int HistoryStore::count(HistoryError *error)
{
    HistoryError opened = open();
    if (!opened.ok()) {
        setError(error, opened.code, opened.message);
        return 0;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT COUNT(*) FROM verifications"_s) || !query.next()) {
        setError(error, HistoryError::Code::QueryFailed,
                 HistoryStore::tr("The history cannot be read: %1").arg(query.lastError().text()));
        return 0;
    }
    setError(error, HistoryError::Code::None, {});
    return query.value(0).toInt();
}

HistoryError HistoryStore::exportCsv(const QString &path)
{
    HistoryError error;
    const QList<HistoryEntry> all = entries(-1, 0, &error);
    if (!error.ok())
        return error;

    QStringList header;
    header.append(u"id"_s);
    for (const char *column : Columns)
        header.append(QLatin1String(column));
    QString text = header.join(u',') + u"\r\n"_s;
    const auto real = [](const std::optional<double> &v) {
        return v ? QString::number(*v, 'g', 10) : QString();
    };
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const HistoryEntry &e = *it;
        const QStringList row = {
            QString::number(e.id),
            e.timeUtc.toString(Qt::ISODateWithMs),
            e.operatorName,
            e.endpoint,
            e.apiId,
            e.requestId,
            real(e.verifyScore),
            real(e.hackScore),
            QString::number(e.verifyThreshold, 'g', 10),
            QString::number(e.hackThreshold, 'g', 10),
            real(e.falseAcceptRate),
            e.verdict,
            e.status,
            QString::number(e.httpStatus),
            kindName(e.selfie.kind),
            e.selfie.value,
            e.selfie.sha256,
            e.selfie.storedCopy,
            kindName(e.liveness.kind),
            e.liveness.value,
            e.liveness.sha256,
            e.liveness.storedCopy,
            e.imageId,
            e.livenessDataId,
        };
        QStringList cells;
        for (const QString &cell : row)
            cells.append(csvField(cell));
        text += cells.join(u',') + u"\r\n"_s;
    }

    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {HistoryError::Code::CannotExport,
                HistoryStore::tr("The history cannot be exported to %1: %2")
                    .arg(path, file.errorString())};
    return {};
}
