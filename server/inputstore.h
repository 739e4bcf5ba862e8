// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

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

// Where selfies and liveness data that came as a file or URL are kept so that their ids can be
// sent back later (selfie_image_id, liveness_data_id): the local SQLite store or a shared
// PostgreSQL one. Ids are scoped to the account that stored them. Thread-safe.
class InputStore
{
public:
    virtual ~InputStore() = default;

    // Creates the folders or the schema; an error message when it cannot.
    virtual std::optional<QString> open() = 0;
    // The new id (32 lowercase hex), or an error message in *error.
    virtual QString put(const QString &account, InputKind kind, const QByteArray &data,
                        const QString &source, QString *error) = 0;
    virtual StoredInput get(const QString &account, InputKind kind, const QString &id) = 0;
    // Removes inputs stored before `cutoff`; the number removed, or -1 with *error set.
    virtual int purgeOlderThan(const QDateTime &cutoff, QString *error) = 0;
    // True when a failure means the store is out of reach for now (a networked database): the
    // caller answers 503 and may retry, rather than 500.
    virtual bool failuresAreOutages() const = 0;
    // Where the inputs are, for the start-up log line.
    virtual QString location() const = 0;
};

} // namespace vd::server
