// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <mutex>
#include <optional>

class QSqlDatabase;

namespace vd::server {

// What a stored input is: the ids of the two kinds live in separate name spaces.
enum class InputKind
{
    Selfie,
    Liveness
};

// A stored input read back; `found` is false for an unknown id or another account's id.
struct StoredInput
{
    bool found = false;
    QByteArray data;
    QString error; // an I/O or database failure (not "not found")
};

// Selfies and liveness data that came as a file or URL, kept so that their ids can be sent
// back later (selfie_image_id, liveness_data_id). Metadata in SQLite (QtSql, WAL), bytes in
// files under the data folder. Ids are scoped to the account that stored them.
// Thread-safe: each calling thread gets its own database connection.
class InputStore
{
public:
    explicit InputStore(const QString &dataDir);
    ~InputStore();

    // Creates the folders and the schema; an error message when it cannot.
    std::optional<QString> open();

    // The new id (32 lowercase hex), or an error message in *error.
    QString put(const QString &account, InputKind kind, const QByteArray &data,
                const QString &source, QString *error);
    StoredInput get(const QString &account, InputKind kind, const QString &id);
    // Removes inputs stored before `cutoff`; the number removed, or -1 with *error set.
    int purgeOlderThan(const QDateTime &cutoff, QString *error);

    QString dataDir() const { return m_dataDir; }

private:
    QSqlDatabase connection(QString *error);
    QString filePath(const QString &id) const;

    QString m_dataDir;
    QString m_connectionPrefix;
    std::mutex m_mutex; // guards creating connections
};

} // namespace vd::server
