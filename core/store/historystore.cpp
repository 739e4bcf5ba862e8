// SPDX-License-Identifier: GPL-3.0-or-later
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
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

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

// QtSql binds a null QString as SQL NULL; text columns hold '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> realOrNull(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

template<QString HistoryEntry::*Field> HistoryColumn textColumn(const char *name)
{
    return {name,
            "TEXT NOT NULL",
            name,
            false,
            [](const HistoryEntry &e) { return text(e.*Field); },
            [](HistoryEntry &e, const QVariant &v) {
                e.*Field = v.toString();
            }};
}

template<std::optional<double> HistoryEntry::*Field>
HistoryColumn optionalRealColumn(const char *name)
{
    return {name,
            "REAL",
            name,
            false,
            [](const HistoryEntry &e) { return optionalReal(e.*Field); },
            [](HistoryEntry &e, const QVariant &v) {
                e.*Field = realOrNull(v);
            }};
}

template<double HistoryEntry::*Field> HistoryColumn realColumn(const char *name)
{
    return {name,
            "REAL NOT NULL",
            name,
            false,
            [](const HistoryEntry &e) { return QVariant(e.*Field); },
            [](HistoryEntry &e, const QVariant &v) {
                e.*Field = v.toDouble();
            }};
}

template<HistoryInput HistoryEntry::*Input> HistoryColumn inputKindColumn(const char *name)
{
    return {name,
            "TEXT NOT NULL",
            name,
            false,
            [](const HistoryEntry &e) { return QVariant(kindName((e.*Input).kind)); },
            [](HistoryEntry &e, const QVariant &v) {
                (e.*Input).kind = kindFromName(v.toString());
            }};
}

template<HistoryInput HistoryEntry::*Input, QString HistoryInput::*Field>
HistoryColumn inputTextColumn(const char *name)
{
    return {name,
            "TEXT NOT NULL",
            name,
            false,
            [](const HistoryEntry &e) { return text(e.*Input.*Field); },
            [](HistoryEntry &e, const QVariant &v) {
                e.*Input.*Field = v.toString();
            }};
}

HistoryError logged(const HistoryError &error)
{
    if (!error.ok())
        qCWarning(lcStore).noquote() << error.message;
    return error;
}

HistoryError failure(HistoryError::Code code, const QString &message)
{
    return logged({code, message});
}

HistoryError schemaTooNew(int version)
{
    return failure(HistoryError::Code::SchemaTooNew,
                   HistoryStore::tr("The history database was written by a newer VerifyDesk "
                                    "(schema %1; this version reads schema %2).")
                       .arg(version)
                       .arg(HistoryStore::SchemaVersion));
}

HistoryResult<QString> hashFile(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {{},
                {HistoryError::Code::CannotHash,
                 HistoryStore::tr("The file %1 cannot be read to compute its SHA-256: %2")
                     .arg(path, file.errorString())}};
    return {QString::fromLatin1(hash.result().toHex()), {}};
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

QString csvCell(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    if (stored.typeId() == QMetaType::Double)
        return QString::number(stored.toDouble(), 'g', 10);
    return stored.toString();
}

} // namespace

const QList<HistoryColumn> &HistoryStore::columns()
{
    using E = HistoryEntry;
    using I = HistoryInput;
    static const QList<HistoryColumn> table = {
        {"id", "INTEGER PRIMARY KEY AUTOINCREMENT", "id", true,
         [](const E &e) { return QVariant(e.id); },
         [](E &e, const QVariant &v) {
             e.id = v.toLongLong();
         }},
        {"time_utc", "TEXT NOT NULL", "time_utc", false,
         [](const E &e) { return QVariant(e.timeUtc.toString(Qt::ISODateWithMs)); },
         [](E &e, const QVariant &v) {
             e.timeUtc = QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
         }},
        textColumn<&E::operatorName>("operator"),
        textColumn<&E::endpoint>("endpoint"),
        textColumn<&E::apiId>("api_id"),
        textColumn<&E::requestId>("request_id"),
        optionalRealColumn<&E::verifyScore>("verify_score"),
        optionalRealColumn<&E::hackScore>("hack_score"),
        realColumn<&E::verifyThreshold>("verify_threshold"),
        realColumn<&E::hackThreshold>("hack_threshold"),
        optionalRealColumn<&E::falseAcceptRate>("false_accept_rate"),
        textColumn<&E::verdict>("verdict"),
        textColumn<&E::status>("status"),
        {"http_status", "INTEGER NOT NULL", "http_status", false,
         [](const E &e) { return QVariant(e.httpStatus); },
         [](E &e, const QVariant &v) {
             e.httpStatus = v.toInt();
         }},
        inputKindColumn<&E::selfie>("selfie_kind"),
        inputTextColumn<&E::selfie, &I::value>("selfie_ref"),
        inputTextColumn<&E::selfie, &I::sha256>("selfie_sha256"),
        inputTextColumn<&E::selfie, &I::storedCopy>("selfie_copy"),
        inputKindColumn<&E::liveness>("liveness_kind"),
        inputTextColumn<&E::liveness, &I::value>("liveness_ref"),
        inputTextColumn<&E::liveness, &I::sha256>("liveness_sha256"),
        inputTextColumn<&E::liveness, &I::storedCopy>("liveness_copy"),
        textColumn<&E::imageId>("image_id"),
        textColumn<&E::livenessDataId>("liveness_data_id"),
    };
    return table;
}

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
        return failure(
            HistoryError::Code::CannotOpen,
            HistoryStore::tr("The history folder %1 cannot be created.").arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    // Another VerifyDesk window or the CLI may write at the same moment: wait, do not fail.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return failure(HistoryError::Code::CannotOpen,
                       HistoryStore::tr("The history database %1 cannot be opened: %2")
                           .arg(m_path, db.lastError().text()));

    // Read before anything is written: a newer VerifyDesk's database is left untouched.
    const HistoryResult<int> found = storedVersion();
    if (!found.ok())
        return found.error;
    if (found.value > SchemaVersion)
        return schemaTooNew(found.value);

    QSqlQuery query(db);
    // WAL: readers (the history view) never block the writer (a verification being recorded).
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.next() ||
        query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return failure(
            HistoryError::Code::CannotOpen,
            HistoryStore::tr("The history database %1 cannot use write-ahead logging: %2")
                .arg(m_path, query.lastError().text()));
    // A statement still open keeps the transaction below from committing.
    query.finish();

    if (found.value < SchemaVersion) {
        if (const HistoryError upgraded = upgrade(); !upgraded.ok())
            return upgraded;
    }
    m_open = true;
    return {};
}

HistoryError HistoryStore::upgrade()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // IMMEDIATE takes the write lock at once: a second store opening the same new file waits
    // here, then finds the schema done, instead of failing to upgrade a read lock.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return failure(HistoryError::Code::QueryFailed,
                       HistoryStore::tr("The history schema cannot be read: %1")
                           .arg(query.lastError().text()));
    const HistoryResult<int> current = storedVersion();
    HistoryError error = current.error;
    if (error.ok() && current.value > SchemaVersion)
        error = schemaTooNew(current.value);
    else if (error.ok() && current.value < SchemaVersion)
        error = current.value == 0 ? createSchema() : migrate(current.value, SchemaVersion);
    if (!error.ok()) {
        query.exec(u"ROLLBACK"_s);
        return error;
    }
    if (!query.exec(u"COMMIT"_s))
        return failure(HistoryError::Code::QueryFailed, query.lastError().text());
    return {};
}

HistoryResult<int> HistoryStore::storedVersion()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const auto unreadable = [&query] {
        return HistoryResult<int>{0,
                                  failure(HistoryError::Code::QueryFailed,
                                          HistoryStore::tr("The history schema cannot be read: %1")
                                              .arg(query.lastError().text()))};
    };
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return unreadable();
    if (const int version = query.value(0).toInt(); version > 0)
        return {version, {}};
    // Schema 1 kept its version in a table of its own and left user_version at 0.
    if (!query.exec(
            u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s) ||
        !query.next())
        return unreadable();
    if (query.value(0).toInt() == 0)
        return {0, {}};
    if (!query.exec(u"SELECT version FROM schema_version"_s))
        return unreadable();
    return {query.next() ? query.value(0).toInt() : 1, {}};
}

HistoryError HistoryStore::createSchema()
{
    QStringList definitions;
    for (const HistoryColumn &column : columns())
        definitions.append(QLatin1String(column.name) + u' ' + QLatin1String(column.sqlType));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"CREATE TABLE verifications ("_s + definitions.join(u", "_s) + u')') ||
        !query.exec(u"CREATE INDEX verifications_time ON verifications (time_utc)"_s) ||
        !query.exec(u"PRAGMA user_version = "_s + QString::number(SchemaVersion)))
        return failure(HistoryError::Code::QueryFailed,
                       HistoryStore::tr("The history table cannot be created: %1")
                           .arg(query.lastError().text()));
    return {};
}

HistoryError HistoryStore::migrate(int from, int to)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    for (int version = from; version < to; ++version) {
        bool done = false;
        switch (version) {
        case 1:
            // The columns stay; the version moves into user_version.
            done = query.exec(u"DROP TABLE schema_version"_s);
            break;
        }
        done = done && query.exec(u"PRAGMA user_version = "_s + QString::number(version + 1));
        if (!done)
            return failure(HistoryError::Code::QueryFailed,
                           HistoryStore::tr("The history database %1 cannot be migrated from "
                                            "schema %2 to schema %3: %4")
                               .arg(m_path, QString::number(version), QString::number(version + 1),
                                    query.lastError().text()));
    }
    return {};
}

HistoryResult<qint64> HistoryStore::record(const HistoryEntry &entry)
{
    if (const HistoryError opened = open(); !opened.ok())
        return {0, opened};

    HistoryEntry stored = entry;
    stored.timeUtc =
        entry.timeUtc.isValid() ? entry.timeUtc.toUTC() : QDateTime::currentDateTimeUtc();
    if (stored.operatorName.isEmpty())
        stored.operatorName = currentOperator();
    stored.endpoint = sanitizedEndpoint(entry.endpoint);

    // A missing or unreadable input does not stop the record: the verification happened and
    // the audit trail needs it. The problem is reported, and the entry lacks only that detail.
    HistoryError degraded;
    for (HistoryInput *input : {&stored.selfie, &stored.liveness}) {
        if (input->kind != HistoryInput::Kind::File)
            continue;
        if (input->sha256.isEmpty()) {
            const HistoryResult<QString> hash = hashFile(input->value);
            if (!hash.ok()) {
                if (degraded.ok())
                    degraded = {hash.error.code,
                                tr("%1 The verification was recorded without its SHA-256.")
                                    .arg(hash.error.message)};
                continue;
            }
            input->sha256 = hash.value;
        }
        if (m_keepInputs && input->storedCopy.isEmpty()) {
            // Named by content: the same selfie used twice is kept once.
            const QDir dir(QFileInfo(m_path).absolutePath() + u"/inputs"_s);
            const QString suffix = QFileInfo(input->value).suffix();
            const QString copy =
                dir.filePath(input->sha256 + (suffix.isEmpty() ? QString() : u'.' + suffix));
            if (!QFile::exists(copy) && (!dir.mkpath(u"."_s) || !QFile::copy(input->value, copy))) {
                if (degraded.ok())
                    degraded = {HistoryError::Code::CannotCopy,
                                tr("The input %1 cannot be copied into the history folder; the "
                                   "verification was recorded without the copy.")
                                    .arg(input->value)};
                continue;
            }
            input->storedCopy = copy;
        }
    }

    QStringList names;
    QStringList placeholders;
    for (const HistoryColumn &column : columns()) {
        if (column.assignedByStore)
            continue;
        names.append(QLatin1String(column.name));
        placeholders.append(u':' + QLatin1String(column.name));
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT INTO verifications ("_s + names.join(u", "_s) + u") VALUES ("_s +
                  placeholders.join(u", "_s) + u')');
    for (const HistoryColumn &column : columns())
        if (!column.assignedByStore)
            query.bindValue(u':' + QLatin1String(column.name), column.value(stored));
    if (!query.exec())
        return {0, failure(HistoryError::Code::QueryFailed,
                           HistoryStore::tr("The verification cannot be recorded: %1")
                               .arg(query.lastError().text()))};
    return {query.lastInsertId().toLongLong(), logged(degraded)};
}

HistoryResult<QList<HistoryEntry>> HistoryStore::entries(int limit, int offset)
{
    HistoryResult<QList<HistoryEntry>> result;
    result.error = open();
    if (!result.ok())
        return result;
    QStringList names;
    for (const HistoryColumn &column : columns())
        names.append(QLatin1String(column.name));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT "_s + names.join(u", "_s) +
                  u" FROM verifications ORDER BY id DESC LIMIT :limit OFFSET :offset"_s);
    query.bindValue(u":limit"_s, limit < 0 ? -1 : limit);
    query.bindValue(u":offset"_s, qMax(0, offset));
    if (!query.exec()) {
        result.error = failure(
            HistoryError::Code::QueryFailed,
            HistoryStore::tr("The history cannot be read: %1").arg(query.lastError().text()));
        return result;
    }
    const QList<HistoryColumn> &table = columns();
    while (query.next()) {
        HistoryEntry entry;
        for (int i = 0; i < table.size(); ++i)
            table.at(i).setValue(entry, query.value(i));
        result.value.append(entry);
    }
    return result;
}

HistoryResult<int> HistoryStore::count()
{
    if (const HistoryError opened = open(); !opened.ok())
        return {0, opened};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT COUNT(*) FROM verifications"_s) || !query.next())
        return {
            0,
            failure(
                HistoryError::Code::QueryFailed,
                HistoryStore::tr("The history cannot be read: %1").arg(query.lastError().text()))};
    return {query.value(0).toInt(), {}};
}

HistoryError HistoryStore::exportCsv(const QString &path)
{
    const HistoryResult<QList<HistoryEntry>> all = entries(-1, 0);
    if (!all.ok())
        return all.error;

    QStringList header;
    for (const HistoryColumn &column : columns())
        header.append(csvField(QLatin1String(column.csvHeader)));
    QString text = header.join(u',') + u"\r\n"_s;
    for (auto it = all.value.crbegin(); it != all.value.crend(); ++it) {
        QStringList cells;
        for (const HistoryColumn &column : columns())
            cells.append(csvField(csvCell(column.value(*it))));
        text += cells.join(u',') + u"\r\n"_s;
    }

    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failure(HistoryError::Code::CannotExport,
                       HistoryStore::tr("The history cannot be exported to %1: %2")
                           .arg(path, file.errorString()));
    return {};
}
