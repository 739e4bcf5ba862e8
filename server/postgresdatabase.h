// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>
#include <mutex>
#include <optional>

class QSqlDatabase;

namespace vd::server {

// Where a --database postgresql://user@host[:port]/db URL points.
struct PostgresAddress
{
    QString host;
    int port = 5432;
    QString user;
    QString database;

    // The address, or an error message in *error (a password in the URL is refused: it would
    // show in the process list; libpq reads PGPASSWORD or the PGPASSFILE / ~/.pgpass file).
    static std::optional<PostgresAddress> parse(const QString &url, QString *error);
    QString display() const;
};

// The shared PostgreSQL database of a team of server instances (QtSql's QPSQL driver): one
// named connection per calling thread (QtSql connections are per thread; the connection
// threads of cpp-httplib are a fixed pool, so this is the instance's connection pool), the
// versioned schema, and reconnection after a lost connection.
class PostgresDatabase
{
public:
    explicit PostgresDatabase(const PostgresAddress &address);
    ~PostgresDatabase();
    PostgresDatabase(const PostgresDatabase &) = delete;
    PostgresDatabase &operator=(const PostgresDatabase &) = delete;

    static constexpr int SchemaVersion = 2;

    // Connects and creates or migrates the schema (under an advisory lock, so that instances
    // starting together do not race); an error message when it cannot.
    std::optional<QString> migrate();

    // Runs work (nothing, or an error message) on this thread's connection. When it fails on
    // a connection opened by an earlier call (a restarted PostgreSQL leaves a dead socket
    // behind), it reconnects and runs work once more; the error of the last try otherwise.
    using Work = std::function<std::optional<QString>(QSqlDatabase &)>;
    std::optional<QString> run(const Work &work);

    QString display() const { return m_address.display(); }

private:
    QString connectionName() const;
    QSqlDatabase connection(QString *error, bool *fresh);
    std::optional<QString> migrate(QSqlDatabase &db);
    void close();

    PostgresAddress m_address;
    QString m_connectionPrefix;
    std::mutex m_mutex; // guards creating connections
};

} // namespace vd::server
