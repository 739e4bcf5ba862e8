// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresdatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

// Each step takes the schema from version i to i + 1; never edit a released step, add one.
const char *const Migrations[] = {
    "CREATE TABLE inputs (kind TEXT NOT NULL, id TEXT NOT NULL, account TEXT NOT NULL, "
    "sha256 TEXT NOT NULL, size INTEGER NOT NULL, source TEXT NOT NULL, "
    "created_at BIGINT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (kind, id));"
    "CREATE INDEX inputs_created ON inputs (created_at);"
    "CREATE TABLE limits (account TEXT PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL, "
    "refilled_at DOUBLE PRECISION NOT NULL, used BIGINT NOT NULL, outcome SMALLINT NOT NULL)",
    "CREATE TABLE request_keys (account TEXT NOT NULL, request_key TEXT NOT NULL, "
    "fingerprint TEXT NOT NULL, charged_at DOUBLE PRECISION NOT NULL, "
    "PRIMARY KEY (account, request_key));"
    "CREATE INDEX request_keys_charged ON request_keys (account, charged_at)",
};
static_assert(std::size(Migrations) == PostgresDatabase::SchemaVersion);

// An arbitrary constant: the advisory lock that serialises schema migrations.
constexpr qint64 MigrationLock = 0x7664736368656d61;

} // namespace

std::optional<PostgresAddress> PostgresAddress::parse(const QString &url, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() ||
        (parsed.scheme() != u"postgresql"_s && parsed.scheme() != u"postgres"_s)) {
        *error = u"--database must be a URL like postgresql://user@host:5432/db"_s;
        return std::nullopt;
    }
    if (!parsed.password().isEmpty()) {
        *error = u"--database must not contain a password (it would show in the process list): "
                 "set PGPASSWORD or put it in a .pgpass file (PGPASSFILE names another)"_s;
        return std::nullopt;
    }
    PostgresAddress address;
    address.host = parsed.host();
    address.port = parsed.port(5432);
    address.user = parsed.userName();
    address.database = parsed.path().mid(1);
    if (address.host.isEmpty() || address.user.isEmpty() || address.database.isEmpty() ||
        address.database.contains(u'/') || parsed.hasQuery() || parsed.hasFragment()) {
        *error = u"--database must name a user, a host and a database: "
                 "postgresql://user@host:5432/db"_s;
        return std::nullopt;
    }
    return address;
}

QString PostgresAddress::display() const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host, QString::number(port), database);
}

PostgresDatabase::PostgresDatabase(const PostgresAddress &address)
    : m_address(address)
    , m_connectionPrefix(
          u"vd-pg-%1-"_s.arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')))
{
}

PostgresDatabase::~PostgresDatabase()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_connectionPrefix))
            QSqlDatabase::removeDatabase(name);
    }
}

QString PostgresDatabase::connectionName() const
{
    return m_connectionPrefix +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
}

QSqlDatabase PostgresDatabase::connection(QString *error, bool *fresh)
{
    const QString name = connectionName();
    QSqlDatabase db;
    {
        std::lock_guard lock(m_mutex);
        if (QSqlDatabase::contains(name)) {
            db = QSqlDatabase::database(name, false);
        } else {
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(m_address.host);
            db.setPort(m_address.port);
            db.setUserName(m_address.user);
            db.setDatabaseName(m_address.database);
            // Bounded waits: a request must not hang on an unreachable database.
            db.setConnectOptions(u"connect_timeout=3;application_name=verifydesk-server"_s);
        }
    }
    *fresh = !db.isOpen();
    if (*fresh && !db.open())
        *error = u"cannot connect to %1: %2"_s.arg(m_address.display(),
                                                   db.lastError().text().simplified());
    return db;
}

void PostgresDatabase::close()
{
    const QString name = connectionName();
    std::lock_guard lock(m_mutex);
    if (QSqlDatabase::contains(name))
        QSqlDatabase::database(name, false).close();
}

std::optional<QString> PostgresDatabase::run(const Work &work)
{
    std::optional<QString> failure;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString error;
        bool fresh = false;
        QSqlDatabase db = connection(&error, &fresh);
        if (!error.isEmpty())
            return error;
        failure = work(db);
        if (!failure)
            return std::nullopt;
        close();
        if (fresh)
            break;
    }
    return failure;
}

std::optional<QString> PostgresDatabase::migrate()
{
    return run([this](QSqlDatabase &db) { return migrate(db); });
}

std::optional<QString> PostgresDatabase::migrate(QSqlDatabase &db)
{
    QSqlQuery query(db);
    auto fail = [&query](const QString &what) {
        return u"%1: %2"_s.arg(what, query.lastError().text().simplified());
    };
    if (!db.transaction())
        return u"cannot start the schema transaction: "_s + db.lastError().text();
    if (!query.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(MigrationLock)) ||
        !query.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s) ||
        !query.exec(u"SELECT version FROM schema_version"_s)) {
        const QString message = fail(u"cannot read the schema version"_s);
        db.rollback();
        return message;
    }
    int version = 0;
    const bool hasRow = query.next();
    if (hasRow)
        version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion) {
        db.rollback();
        return u"the database has schema version %1, newer than this server's %2: upgrade "
               "verifydesk-server"_s.arg(QString::number(version), QString::number(SchemaVersion));
    }
    for (int step = version; step < SchemaVersion; ++step) {
        const QStringList statements =
            QString::fromLatin1(Migrations[step]).split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                const QString message =
                    fail(u"cannot migrate the schema to version %1"_s.arg(step + 1));
                db.rollback();
                return message;
            }
        }
    }
    if (!query.exec(hasRow ? u"UPDATE schema_version SET version = %1"_s.arg(SchemaVersion)
                           : u"INSERT INTO schema_version VALUES (%1)"_s.arg(SchemaVersion)) ||
        !db.commit()) {
        const QString message = fail(u"cannot record the schema version"_s);
        db.rollback();
        return message;
    }
    return std::nullopt;
}

} // namespace vd::server
