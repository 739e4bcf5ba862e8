// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresinputstore.h"

#include "postgresdatabase.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

QString kindName(InputKind kind)
{
    return kind == InputKind::Selfie ? u"selfie"_s : u"liveness"_s;
}

} // namespace

PostgresInputStore::PostgresInputStore(PostgresDatabase &database)
    : m_database(database)
{
}

std::optional<QString> PostgresInputStore::open()
{
    return m_database.migrate();
}

QString PostgresInputStore::location() const
{
    return m_database.display();
}

QString PostgresInputStore::put(const QString &account, InputKind kind, const QByteArray &data,
                                const QString &source, QString *error)
{
    QByteArray raw(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    const QString id = QString::fromLatin1(raw.toHex());
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const auto failure = m_database.run([&](QSqlDatabase &db) -> std::optional<QString> {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO inputs (kind, id, account, sha256, size, source, "
                      "created_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(kindName(kind));
        query.addBindValue(id);
        query.addBindValue(account);
        query.addBindValue(sha256);
        query.addBindValue(data.size());
        query.addBindValue(source);
        query.addBindValue(QDateTime::currentSecsSinceEpoch());
        query.addBindValue(data);
        if (!query.exec())
            return u"cannot record the input: "_s + query.lastError().text().simplified();
        return std::nullopt;
    });
    if (failure) {
        *error = *failure;
        return {};
    }
    return id;
}

StoredInput PostgresInputStore::get(const QString &account, InputKind kind, const QString &id)
{
    StoredInput result;
    const auto failure = m_database.run([&](QSqlDatabase &db) -> std::optional<QString> {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(u"SELECT data FROM inputs WHERE kind = ? AND id = ? AND account = ?"_s);
        query.addBindValue(kindName(kind));
        query.addBindValue(id);
        query.addBindValue(account);
        if (!query.exec())
            return u"cannot look up an input: "_s + query.lastError().text().simplified();
        if (query.next()) {
            result.data = query.value(0).toByteArray();
            result.found = true;
        }
        return std::nullopt;
    });
    if (failure)
        result.error = *failure;
    return result;
}

int PostgresInputStore::purgeOlderThan(const QDateTime &cutoff, QString *error)
{
    int removed = -1;
    const auto failure = m_database.run([&](QSqlDatabase &db) -> std::optional<QString> {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM inputs WHERE created_at < ?"_s);
        query.addBindValue(cutoff.toSecsSinceEpoch());
        if (!query.exec())
            return u"cannot delete old inputs: "_s + query.lastError().text().simplified();
        removed = query.numRowsAffected();
        return std::nullopt;
    });
    if (failure)
        *error = *failure;
    return failure ? -1 : removed;
}

} // namespace vd::server
