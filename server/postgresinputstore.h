// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputstore.h"

namespace vd::server {

class PostgresDatabase;

// The input store shared by every instance of a team: metadata and bytes (bytea) in one
// PostgreSQL row, so an id issued by one instance is found by every other and an input is
// never half-stored. A failure is an outage (503): the database is out of reach.
class PostgresInputStore : public InputStore
{
public:
    explicit PostgresInputStore(PostgresDatabase &database);

    std::optional<QString> open() override;
    QString put(const QString &account, InputKind kind, const QByteArray &data,
                const QString &source, QString *error) override;
    StoredInput get(const QString &account, InputKind kind, const QString &id) override;
    int purgeOlderThan(const QDateTime &cutoff, QString *error) override;
    bool failuresAreOutages() const override { return true; }
    QString location() const override;

private:
    PostgresDatabase &m_database;
};

} // namespace vd::server
