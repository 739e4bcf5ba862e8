// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "logging.h"
#include "report/csvfield.h"
#include "store/privatefolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <pwd.h>
#include <unistd.h>

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

constexpr QFileDevice::Permissions PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// The files SQLite keeps next to the database in WAL mode.
const QStringList SidecarSuffixes = {u"-wal"_s, u"-shm"_s};

// SQLITE_CORRUPT and SQLITE_NOTADB, whatever extended code comes with them.
bool isCorrupt(const QSqlError &error)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == 11 || primary == 26;
}

QString chainFailure(const QSqlQuery &query)
{
    return HistoryStore::tr("The history's hash chain cannot be read: %1")
        .arg(query.lastError().text());
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
        // Schema 3 added these at the end, where ALTER TABLE puts them.
        textColumn<&E::caseRef>("case_ref"),
        textColumn<&E::previousHash>("prev_hash"),
        textColumn<&E::recordHash>("record_hash"),
    };
    return table;
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

QString HistoryStore::genesisHash()
{
    return QString(64, u'0');
}

QString HistoryStore::canonicalHash(const HistoryEntry &entry)
{
    // Every column by name, in table order, as the text the database returns for it: what
    // was written and what is read back hash alike. Each value is length-prefixed, so no
    // content can pose as a field boundary; NULL differs from the empty text.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const HistoryColumn &column : columns()) {
        const QByteArrayView name(column.name);
        if (column.assignedByStore || name == "record_hash")
            continue;
        const QVariant value = column.value(entry);
        hash.addData(name);
        if (value.isNull()) {
            hash.addData(QByteArrayView("\0N", 2));
            continue;
        }
        const QByteArray text = value.typeId() == QMetaType::Double
                                    ? QByteArray::number(value.toDouble(), 'g', 17)
                                    : value.toString().toUtf8();
        const QByteArray prefix = QByteArray("\0V", 2) + QByteArray::number(text.size()) + ':';
        hash.addData(prefix);
        hash.addData(text);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString HistoryStore::currentOperator()
{
    // getpwuid_r: the window and the command line may ask from more than one thread.
    passwd entry{};
    passwd *found = nullptr;
    QByteArray buffer(16384, Qt::Uninitialized);
    if (getpwuid_r(getuid(), &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found) {
        const QString fullName =
            QString::fromLocal8Bit(found->pw_gecos).section(u',', 0, 0).trimmed();
        if (!fullName.isEmpty())
            return fullName;
        const QString login = QString::fromLocal8Bit(found->pw_name);
        if (!login.isEmpty())
            return login;
    }
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
    const QString folderPath = QFileInfo(m_path).absolutePath();
    const PrivateFolder::Result folder = PrivateFolder::ensure(folderPath);
    if (!folder.ok)
        return failure(
            HistoryError::Code::CannotOpen,
            HistoryStore::tr("The history folder %1 cannot be created.").arg(folderPath));
    m_folderWarning = folder.warning;
    if (!m_folderWarning.isEmpty())
        qCWarning(lcStore).noquote() << m_folderWarning;

    bool corrupt = false;
    HistoryError error = openDatabase(&corrupt);
    if (!error.ok() && corrupt) {
        error = moveAside(error.message);
        if (error.code == HistoryError::Code::MovedAside) {
            const HistoryError fresh = openDatabase(&corrupt);
            if (!fresh.ok())
                error = fresh;
        }
    }
    if (!error.ok() && error.code != HistoryError::Code::MovedAside)
        return error;
    m_open = true;
    restrictPermissions();
    if (error.code == HistoryError::Code::MovedAside)
        m_movedAsideNotice = error.message;
    if (const HistoryError purged = applyRetention(QDateTime::currentDateTimeUtc()).error;
        !purged.ok() && error.ok())
        error = purged;
    return error;
}

KeptCopyStore HistoryStore::keptCopies() const
{
    return KeptCopyStore(keptCopiesFolder(), m_copyKey);
}

QString HistoryStore::keptCopiesFolder() const
{
    return QFileInfo(m_path).absolutePath() + u"/inputs"_s;
}

HistoryResult<QString> HistoryStore::fileSha256(const QString &path)
{
    return hashFile(path);
}

KeptCopyError HistoryStore::readKeptCopy(const HistoryInput &input, QByteArray *plain) const
{
    return keptCopies().read(input.storedCopy, plain);
}

bool HistoryStore::keepsCopies() const
{
    return m_keepInputs && m_copyKey.size() == CopyCipher::KeySize;
}

HistoryError HistoryStore::setCopyKey(const QByteArray &key)
{
    m_copyKey = key;
    int encrypted = 0;
    const KeptCopyError migrated = keptCopies().encryptPlainCopies(&encrypted);
    if (migrated.ok() || migrated.code == KeptCopyError::Code::NoKey)
        return {};
    return logged(
        {HistoryError::Code::CannotCopy,
         tr("The copies kept in plaintext cannot be encrypted: %1").arg(migrated.message)});
}

HistoryError HistoryStore::openDatabase(bool *corrupt)
{
    *corrupt = false;
    // Created 0600 before SQLite touches it; SQLite gives its -wal and -shm the same mode.
    if (!QFileInfo::exists(m_path)) {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile))
            return failure(HistoryError::Code::CannotOpen,
                           HistoryStore::tr("The history database %1 cannot be created: %2")
                               .arg(m_path, file.errorString()));
    }

    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    // Another VerifyDesk window or the CLI may write at the same moment: wait, do not fail.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *corrupt = isCorrupt(db.lastError());
        return failure(HistoryError::Code::CannotOpen,
                       HistoryStore::tr("The history database %1 cannot be opened: %2")
                           .arg(m_path, db.lastError().text()));
    }

    // Read before anything is written: a newer VerifyDesk's database is left untouched.
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next() ||
        query.value(0).toString() != u"ok"_s) {
        *corrupt = !query.lastError().isValid() || isCorrupt(query.lastError());
        const QString detail =
            query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        query.finish();
        return failure(
            HistoryError::Code::CannotOpen,
            HistoryStore::tr("The history database %1 is damaged: %2").arg(m_path, detail));
    }
    query.finish();
    const HistoryResult<int> found = storedVersion();
    if (!found.ok())
        return found.error;
    if (found.value > SchemaVersion)
        return schemaTooNew(found.value);

    // WAL: readers (the history view) never block the writer (a verification being recorded).
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.next() ||
        query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return failure(
            HistoryError::Code::CannotOpen,
            HistoryStore::tr("The history database %1 cannot use write-ahead logging: %2")
                .arg(m_path, query.lastError().text()));
    // A statement still open keeps the transaction below from committing.
    query.finish();
    // FULL: a commit is on the disk before record() returns, even if the power goes next.
    if (!query.exec(u"PRAGMA synchronous=FULL"_s))
        return failure(HistoryError::Code::CannotOpen, query.lastError().text());

    if (found.value < SchemaVersion)
        return upgrade();
    return {};
}

HistoryError HistoryStore::moveAside(const QString &reason)
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString aside = m_path + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = m_path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_path, aside))
        return failure(HistoryError::Code::CannotOpen,
                       HistoryStore::tr("%1 The damaged file cannot be moved aside to %2.")
                           .arg(reason, aside));
    QFile::setPermissions(aside, PrivateFile);
    for (const QString &suffix : SidecarSuffixes)
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    m_movedAsidePath = aside;
    return failure(HistoryError::Code::MovedAside,
                   HistoryStore::tr("%1 It was kept as %2 and a new, empty history was started.")
                       .arg(reason, aside));
}

void HistoryStore::restrictPermissions() const
{
    QFile::setPermissions(m_path, PrivateFile);
    for (const QString &suffix : SidecarSuffixes)
        if (QFileInfo::exists(m_path + suffix))
            QFile::setPermissions(m_path + suffix, PrivateFile);
}

void HistoryStore::setRetentionDays(int days)
{
    const int retention = qMax(0, days);
    if (retention != m_retentionDays)
        m_lastPurgeUtc = {};
    m_retentionDays = retention;
}

HistoryResult<int> HistoryStore::purgeIfDue(const QDateTime &nowUtc)
{
    if (m_retentionDays <= 0 ||
        (m_lastPurgeUtc.isValid() && m_lastPurgeUtc.secsTo(nowUtc) < RetentionIntervalSeconds))
        return {0, {}};
    return applyRetention(nowUtc);
}

HistoryResult<int> HistoryStore::applyRetention(const QDateTime &nowUtc)
{
    if (m_retentionDays <= 0)
        return {0, {}};
    m_lastPurgeUtc = nowUtc;
    return purgeBefore(nowUtc.addDays(-m_retentionDays));
}

HistoryResult<int> HistoryStore::purgeBefore(const QDateTime &cutoffUtc)
{
    if (const HistoryError opened = open(); !m_open)
        return {0, opened};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const auto failed = [&query] {
        const HistoryError error =
            failure(HistoryError::Code::QueryFailed,
                    HistoryStore::tr("Old history records cannot be purged: %1")
                        .arg(query.lastError().text()));
        query.exec(u"ROLLBACK"_s);
        return HistoryResult<int>{0, error};
    };
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return failed();
    // Only a prefix of the chain goes: a record older than the cutoff that follows a newer one
    // (the clock was set back) stays until the records before it go.
    query.prepare(u"SELECT COALESCE((SELECT MIN(id) FROM verifications WHERE time_utc >= :cutoff), "
                  "(SELECT MAX(id) + 1 FROM verifications), 0)"_s);
    query.bindValue(u":cutoff"_s, cutoffUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec() || !query.next())
        return failed();
    const qint64 firstKept = query.value(0).toLongLong();
    query.prepare(u"SELECT COUNT(*), (SELECT record_hash FROM verifications WHERE id < :a ORDER "
                  "BY id DESC LIMIT 1) FROM verifications WHERE id < :b"_s);
    query.bindValue(u":a"_s, firstKept);
    query.bindValue(u":b"_s, firstKept);
    if (!query.exec() || !query.next())
        return failed();
    const int purged = query.value(0).toInt();
    const QString anchor = query.value(1).toString();
    if (purged == 0) {
        query.exec(u"COMMIT"_s);
        return {0, {}};
    }
    QSet<QString> copies;
    query.prepare(u"SELECT selfie_copy, liveness_copy FROM verifications WHERE id < :b"_s);
    query.bindValue(u":b"_s, firstKept);
    if (!query.exec())
        return failed();
    while (query.next())
        for (int i = 0; i < 2; ++i)
            if (const QString copy = query.value(i).toString(); !copy.isEmpty())
                copies.insert(copy);
    query.prepare(u"DELETE FROM verifications WHERE id < :b"_s);
    query.bindValue(u":b"_s, firstKept);
    if (!query.exec())
        return failed();
    query.prepare(u"UPDATE history_chain SET anchor = :anchor"_s);
    query.bindValue(u":anchor"_s, anchor);
    if (!query.exec() || !query.exec(u"COMMIT"_s))
        return failed();

    // Copies are named by content: one still used by a kept record stays.
    for (const QString &copy : std::as_const(copies)) {
        query.prepare(u"SELECT COUNT(*) FROM verifications WHERE selfie_copy = :c OR "
                      "liveness_copy = :c"_s);
        query.bindValue(u":c"_s, copy);
        if (query.exec() && query.next() && query.value(0).toInt() == 0)
            QFile::remove(copy);
    }
    qCInfo(lcStore).noquote() << tr("History records older than %1 purged: %2.")
                                     .arg(cutoffUtc.toString(Qt::ISODate))
                                     .arg(purged);
    return {purged, {}};
}

HistoryResult<ChainBreak> HistoryStore::verifyChain()
{
    HistoryResult<ChainBreak> result;
    if (const HistoryError opened = open(); !m_open) {
        result.error = opened;
        return result;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT anchor, head FROM history_chain"_s)) {
        result.error = failure(HistoryError::Code::QueryFailed, chainFailure(query));
        return result;
    }
    if (!query.next()) {
        result.value = {0, tr("The record of the chain's ends was deleted.")};
        return result;
    }
    QString expected = query.value(0).toString();
    const QString head = query.value(1).toString();
    query.finish();

    QStringList names;
    for (const HistoryColumn &column : columns())
        names.append(QLatin1String(column.name));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + names.join(u", "_s) + u" FROM verifications ORDER BY id"_s)) {
        result.error = failure(HistoryError::Code::QueryFailed, chainFailure(query));
        return result;
    }
    const QList<HistoryColumn> &table = columns();
    while (query.next()) {
        HistoryEntry entry;
        for (int i = 0; i < table.size(); ++i)
            table.at(i).setValue(entry, query.value(i));
        if (canonicalHash(entry) != entry.recordHash) {
            result.value = {entry.id,
                            tr("Record %1 was changed after it was written.").arg(entry.id)};
            return result;
        }
        if (entry.previousHash != expected) {
            result.value = {entry.id, tr("Record %1 does not follow the record before it: a record "
                                         "before it was deleted, inserted or moved.")
                                          .arg(entry.id)};
            return result;
        }
        expected = entry.recordHash;
    }
    if (expected != head)
        result.value = {0, tr("The newest records were deleted: the chain ends before the last "
                              "record that was written.")};
    return result;
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
        !query.exec(u"CREATE TABLE history_chain (anchor TEXT NOT NULL, head TEXT NOT NULL)"_s) ||
        !query.exec(u"INSERT INTO history_chain VALUES ('%1', '%1')"_s.arg(genesisHash())) ||
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
        QString detail;
        switch (version) {
        case 1:
            // The columns stay; the version moves into user_version.
            done = query.exec(u"DROP TABLE schema_version"_s);
            break;
        case 2:
            done =
                query.exec(u"ALTER TABLE verifications ADD COLUMN case_ref TEXT NOT NULL "
                           "DEFAULT ''"_s) &&
                query.exec(u"ALTER TABLE verifications ADD COLUMN prev_hash TEXT NOT NULL "
                           "DEFAULT ''"_s) &&
                query.exec(u"ALTER TABLE verifications ADD COLUMN record_hash TEXT NOT NULL "
                           "DEFAULT ''"_s) &&
                query.exec(u"CREATE TABLE history_chain (anchor TEXT NOT NULL, head TEXT NOT "
                           "NULL)"_s) &&
                query.exec(u"INSERT INTO history_chain VALUES ('%1', '%1')"_s.arg(genesisHash()));
            if (done) {
                const HistoryError chained = chainExisting();
                done = chained.ok();
                detail = chained.message;
            }
            break;
        }
        done = done && query.exec(u"PRAGMA user_version = "_s + QString::number(version + 1));
        if (!done)
            return failure(HistoryError::Code::QueryFailed,
                           HistoryStore::tr("The history database %1 cannot be migrated from "
                                            "schema %2 to schema %3: %4")
                               .arg(m_path, QString::number(version), QString::number(version + 1),
                                    detail.isEmpty() ? query.lastError().text() : detail));
    }
    return {};
}

HistoryError HistoryStore::chainExisting()
{
    QStringList names;
    for (const HistoryColumn &column : columns())
        names.append(QLatin1String(column.name));
    QSqlQuery read(QSqlDatabase::database(m_connection, false));
    if (!read.exec(u"SELECT "_s + names.join(u", "_s) + u" FROM verifications ORDER BY id"_s))
        return {HistoryError::Code::QueryFailed, chainFailure(read)};
    QList<HistoryEntry> entries;
    const QList<HistoryColumn> &table = columns();
    while (read.next()) {
        HistoryEntry entry;
        for (int i = 0; i < table.size(); ++i)
            table.at(i).setValue(entry, read.value(i));
        entries.append(entry);
    }
    read.finish();
    // The records written before the chain existed are vouched for from the migration on.
    QString previous = genesisHash();
    QSqlQuery write(QSqlDatabase::database(m_connection, false));
    write.prepare(u"UPDATE verifications SET prev_hash = :prev, record_hash = :hash WHERE id = "
                  ":id"_s);
    for (HistoryEntry &entry : entries) {
        entry.previousHash = previous;
        entry.recordHash = canonicalHash(entry);
        write.bindValue(u":prev"_s, entry.previousHash);
        write.bindValue(u":hash"_s, entry.recordHash);
        write.bindValue(u":id"_s, entry.id);
        if (!write.exec())
            return {HistoryError::Code::QueryFailed, chainFailure(write)};
        previous = entry.recordHash;
    }
    write.prepare(u"UPDATE history_chain SET head = :head"_s);
    write.bindValue(u":head"_s, previous);
    if (!write.exec())
        return {HistoryError::Code::QueryFailed, chainFailure(write)};
    return {};
}

HistoryResult<qint64> HistoryStore::record(const HistoryEntry &entry)
{
    const HistoryError opened = open();
    if (!m_open)
        return {0, opened};
    purgeIfDue(QDateTime::currentDateTimeUtc());

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
        if (keepsCopies() && input->storedCopy.isEmpty()) {
            // Named by content: the same selfie used twice is kept once.
            const QString suffix = QFileInfo(input->value).suffix();
            QString copy;
            const KeptCopyError kept = keptCopies().keep(
                input->value, input->sha256 + (suffix.isEmpty() ? QString() : u'.' + suffix),
                &copy);
            if (!kept.ok()) {
                if (degraded.ok())
                    degraded = {HistoryError::Code::CannotCopy,
                                tr("The input %1 cannot be kept (%2); the verification was "
                                   "recorded without the copy.")
                                    .arg(input->value, kept.message)};
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
    const auto failed = [&query] {
        const HistoryError error =
            failure(HistoryError::Code::QueryFailed,
                    HistoryStore::tr("The verification cannot be recorded: %1")
                        .arg(query.lastError().text()));
        query.exec(u"ROLLBACK"_s);
        return HistoryResult<qint64>{0, error};
    };
    // The head is read and moved in one write transaction: two writers chain one after the other.
    if (!query.exec(u"BEGIN IMMEDIATE"_s) || !query.exec(u"SELECT head FROM history_chain"_s) ||
        !query.next())
        return failed();
    stored.previousHash = query.value(0).toString();
    stored.recordHash = canonicalHash(stored);
    query.finish();
    query.prepare(u"INSERT INTO verifications ("_s + names.join(u", "_s) + u") VALUES ("_s +
                  placeholders.join(u", "_s) + u')');
    for (const HistoryColumn &column : columns())
        if (!column.assignedByStore)
            query.bindValue(u':' + QLatin1String(column.name), column.value(stored));
    if (!query.exec())
        return failed();
    const qint64 id = query.lastInsertId().toLongLong();
    query.prepare(u"UPDATE history_chain SET head = :head"_s);
    query.bindValue(u":head"_s, stored.recordHash);
    if (!query.exec() || !query.exec(u"COMMIT"_s))
        return failed();
    restrictPermissions();
    logged(degraded);
    return {id, opened.ok() ? degraded : opened};
}

HistoryResult<QList<HistoryEntry>> HistoryStore::entries(int limit, int offset)
{
    return entries(HistoryFilter(), limit, offset);
}

HistoryResult<QList<HistoryEntry>> HistoryStore::entries(const HistoryFilter &filter, int limit,
                                                         int offset)
{
    HistoryResult<QList<HistoryEntry>> result;
    if (const HistoryError opened = open(); !m_open) {
        result.error = opened;
        return result;
    }
    QStringList names;
    for (const HistoryColumn &column : columns())
        names.append(QLatin1String(column.name));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + names.join(u", "_s) + u" FROM verifications"_s +
                  filter.whereClause() + u" ORDER BY id DESC LIMIT :limit OFFSET :offset"_s);
    filter.bindTo(query);
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

HistoryResult<int> HistoryStore::count(const HistoryFilter &filter)
{
    if (const HistoryError opened = open(); !m_open)
        return {0, opened};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT COUNT(*) FROM verifications"_s + filter.whereClause());
    filter.bindTo(query);
    if (!query.exec() || !query.next())
        return {
            0,
            failure(
                HistoryError::Code::QueryFailed,
                HistoryStore::tr("The history cannot be read: %1").arg(query.lastError().text()))};
    return {query.value(0).toInt(), {}};
}

QByteArray HistoryStore::csv(const QList<HistoryEntry> &newestFirst)
{
    QStringList header;
    for (const HistoryColumn &column : columns())
        header.append(CsvField::encoded(QLatin1String(column.csvHeader)));
    QString text = header.join(u',') + u"\r\n"_s;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        QStringList cells;
        for (const HistoryColumn &column : columns())
            cells.append(CsvField::encoded(csvCell(column.value(*it))));
        text += cells.join(u',') + u"\r\n"_s;
    }
    return text.toUtf8();
}

QByteArray HistoryStore::json(const QList<HistoryEntry> &newestFirst)
{
    QJsonArray rows;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        QJsonObject row;
        for (const HistoryColumn &column : columns())
            row.insert(QLatin1String(column.name), QJsonValue::fromVariant(column.value(*it)));
        rows.append(row);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

HistoryError HistoryStore::exportCsv(const QString &path, const HistoryFilter &filter)
{
    const HistoryResult<QList<HistoryEntry>> all = entries(filter, -1, 0);
    if (!all.ok())
        return all.error;

    QSaveFile file(path);
    const QByteArray bytes = csv(all.value);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failure(HistoryError::Code::CannotExport,
                       HistoryStore::tr("The history cannot be exported to %1: %2")
                           .arg(path, file.errorString()));
    return {};
}
