// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputstore.h"

#include <mutex>

class QSqlDatabase;

namespace vd::server {

// The default input store of one server: metadata in SQLite (QtSql, WAL), bytes in files under
// the data folder. Each calling thread gets its own database connection.
class SqliteInputStore : public InputStore
{
public:
    explicit SqliteInputStore(const QString &dataDir);
    ~SqliteInputStore() override;

    std::optional<QString> open() override;
    QString put(const QString &account, InputKind kind, const QByteArray &data,
                const QString &source, QString *error) override;
    StoredInput get(const QString &account, InputKind kind, const QString &id) override;
    int purgeOlderThan(const QDateTime &cutoff, QString *error) override;
    bool failuresAreOutages() const override { return false; }
    QString location() const override { return m_dataDir; }

    QString dataDir() const { return m_dataDir; }

private:
    QSqlDatabase connection(QString *error);
    QString filePath(const QString &id) const;

    QString m_dataDir;
    QString m_connectionPrefix;
    std::mutex m_mutex; // guards creating connections
};

} // namespace vd::server
