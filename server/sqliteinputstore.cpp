// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteinputstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

QString kindName(InputKind kind)
{
    return kind == InputKind::Selfie ? u"selfie"_s : u"liveness"_s;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toHex());
}

} // namespace

SqliteInputStore::SqliteInputStore(const QString &dataDir)
    : m_dataDir(QDir(dataDir).absolutePath())
    , m_connectionPrefix(u"vd-store-"_s + randomHex(4) + u'-')
{
}

SqliteInputStore::~SqliteInputStore()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_connectionPrefix))
            QSqlDatabase::removeDatabase(name);
    }
}

QString SqliteInputStore::filePath(const QString &id) const
{
    return m_dataDir + u"/inputs/"_s + id.left(2) + u'/' + id;
}

QSqlDatabase SqliteInputStore::connection(QString *error)
{
    // QtSql connections may only be used by the thread that opened them.
    const QString name =
        m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    std::lock_guard lock(m_mutex);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_dataDir + u"/inputs.sqlite"_s);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *error = u"cannot open the input database: "_s + db.lastError().text();
        return db;
    }
    QSqlQuery pragma(db);
    pragma.exec(u"PRAGMA journal_mode=WAL"_s);
    pragma.exec(u"PRAGMA synchronous=NORMAL"_s);
    return db;
}

std::optional<QString> SqliteInputStore::open()
{
    if (!QDir().mkpath(m_dataDir + u"/inputs"_s))
        return u"cannot create the data folder %1"_s.arg(m_dataDir);
    QString error;
    QSqlDatabase db = connection(&error);
    if (!error.isEmpty())
        return error;
    QSqlQuery query(db);
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS inputs ("
                    "id TEXT NOT NULL, account TEXT NOT NULL, kind TEXT NOT NULL, "
                    "sha256 TEXT NOT NULL, size INTEGER NOT NULL, source TEXT NOT NULL, "
                    "created_at INTEGER NOT NULL, PRIMARY KEY (kind, id))"_s) ||
        !query.exec(u"CREATE INDEX IF NOT EXISTS inputs_created ON inputs (created_at)"_s))
        return u"cannot create the input table: "_s + query.lastError().text();
    return std::nullopt;
}

QString SqliteInputStore::put(const QString &account, InputKind kind, const QByteArray &data,
                              const QString &source, QString *error)
{
    QSqlDatabase db = connection(error);
    if (!error->isEmpty())
        return {};
    const QString id = randomHex(16);
    const QString path = filePath(id);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = u"cannot create the folder of "_s + path;
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO inputs (id, account, kind, sha256, size, source, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(account);
    query.addBindValue(kindName(kind));
    query.addBindValue(
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    query.addBindValue(data.size());
    query.addBindValue(source);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec()) {
        *error = u"cannot record the input: "_s + query.lastError().text();
        QFile::remove(path);
        return {};
    }
    return id;
}

StoredInput SqliteInputStore::get(const QString &account, InputKind kind, const QString &id)
{
    StoredInput result;
    QSqlDatabase db = connection(&result.error);
    if (!result.error.isEmpty())
        return result;
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM inputs WHERE id = ? AND kind = ? AND account = ?"_s);
    query.addBindValue(id);
    query.addBindValue(kindName(kind));
    query.addBindValue(account);
    if (!query.exec()) {
        result.error = u"cannot look up an input: "_s + query.lastError().text();
        return result;
    }
    if (!query.next())
        return result;
    QFile file(filePath(id));
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
        return result;
    }
    result.data = file.readAll();
    result.found = true;
    return result;
}

int SqliteInputStore::purgeOlderThan(const QDateTime &cutoff, QString *error)
{
    QSqlDatabase db = connection(error);
    if (!error->isEmpty())
        return -1;
    QSqlQuery select(db);
    select.prepare(u"SELECT id FROM inputs WHERE created_at < ?"_s);
    select.addBindValue(cutoff.toSecsSinceEpoch());
    if (!select.exec()) {
        *error = u"cannot list old inputs: "_s + select.lastError().text();
        return -1;
    }
    QStringList ids;
    while (select.next())
        ids.append(select.value(0).toString());
    int removed = 0;
    for (const QString &id : std::as_const(ids)) {
        QSqlQuery remove(db);
        remove.prepare(u"DELETE FROM inputs WHERE id = ?"_s);
        remove.addBindValue(id);
        if (!remove.exec()) {
            *error = u"cannot delete an old input: "_s + remove.lastError().text();
            return -1;
        }
        QFile::remove(filePath(id));
        ++removed;
    }
    return removed;
}

} // namespace vd::server
