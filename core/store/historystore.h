// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/verdict.h"
#include "store/historyfilter.h"
#include "store/keptcopystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

// One input of a recorded verification: a file (recorded by its SHA-256), a URL or a server id.
struct HistoryInput
{
    enum class Kind
    {
        None,
        File,
        Url,
        Id
    };

    Kind kind = Kind::None;
    QString value;      // the local path (File), the URL or the id
    QString sha256;     // hex, File only; computed by HistoryStore::record() when empty
    QString storedCopy; // path of the kept copy in the data folder, when the operator opted in
};

// One verification as the history keeps it. There is deliberately no field for the secret.
struct HistoryEntry
{
    qint64 id = 0;        // set by the store
    QDateTime timeUtc;    // now when invalid
    QString operatorName; // the OS user when empty
    QString endpoint;     // base URL; query and user info are stripped before storing
    QString apiId;
    QString requestId;
    std::optional<double> verifyScore;
    std::optional<double> hackScore;
    double verifyThreshold = Thresholds::DefaultVerify;
    double hackThreshold = Thresholds::DefaultHack;
    std::optional<double> falseAcceptRate; // the table row the decision used
    QString verdict; // "same_person", "not_same_person", "possible_attack", "error"
    QString status;  // "OK", an API status code, or a local error code
    int httpStatus = 0;
    HistoryInput selfie;
    HistoryInput liveness;
    QString imageId;        // returned by the server
    QString livenessDataId; // returned by the server
    QString caseRef;        // the customer file or ticket number the operator typed, if any
    QString previousHash;   // set by the store: the hash of the record before this one
    QString recordHash;     // set by the store: SHA-256 of this record's canonical content
};

// An error value of HistoryStore.
struct HistoryError
{
    enum class Code
    {
        None,
        CannotOpen,
        SchemaTooNew,
        QueryFailed,
        CannotHash,
        CannotCopy,
        CannotExport,
        MovedAside // the old database was unreadable, kept aside, and a new one started
    };

    Code code = Code::None;
    QString message;

    bool ok() const { return code == Code::None; }
};

// What a call of HistoryStore produced, and the error that came with it. record() still sets
// value when the error only says that a detail (a hash, a copy) is missing.
template<typename T> struct HistoryResult
{
    T value{};
    HistoryError error;

    bool ok() const { return error.ok(); }
};

// The first place where the hash chain does not hold, as HistoryStore::verifyChain() finds it.
struct ChainBreak
{
    qint64 id = 0; // the record where the chain breaks (0: after the newest record)
    QString reason;

    bool broken() const { return !reason.isEmpty(); }
};

// One column of the history table: the single description from which the store builds
// CREATE TABLE, the INSERT, the reads and the CSV export, in this order.
struct HistoryColumn
{
    const char *name;      // the SQL column
    const char *sqlType;   // its declaration after the name
    const char *csvHeader; // the CSV export's header cell
    bool assignedByStore;  // set by SQLite, not written by the INSERT (the id)
    // The entry's field as the database holds it (NULL only where sqlType allows it).
    QVariant (*value)(const HistoryEntry &entry);
    // Sets the entry's field from what the database holds.
    void (*setValue)(HistoryEntry &entry, const QVariant &stored);
};

// The local record of every verification: SQLite through QtSql, in WAL mode, its schema
// version in SQLite's user_version.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    // 1: the version kept in a schema_version table; 2: in PRAGMA user_version; 3: the case
    // reference and the hash chain.
    static constexpr int SchemaVersion = 3;

    // Every column, in table order.
    static const QList<HistoryColumn> &columns();
    // <AppDataLocation>/history.sqlite
    static QString defaultPath();
    // The OS user's full name (the first field of the passwd GECOS), else the login name.
    static QString currentOperator();
    // The hash before the first record of a new chain.
    static QString genesisHash();
    // SHA-256 (hex) of the file as it is now; CannotHash when it cannot be read.
    static HistoryResult<QString> fileSha256(const QString &path);
    // The endpoint without query, fragment or user info.
    static QString sanitizedEndpoint(const QString &endpoint);

    explicit HistoryStore(const QString &databasePath = defaultPath());
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Opens (creating the folder, file and schema, or migrating an older schema); every other
    // call opens on demand. A database of a newer schema is refused and left as it is. A file
    // that is not a readable database is renamed to <name>.corrupt-<UTC time> and a new one
    // started: the store is then open, and the error (MovedAside) says where the old one went.
    // The folder is made private as PrivateFolder says, the database files 0600.
    HistoryError open();
    QString databasePath() const { return m_path; }
    // After open(): why the existing folder is not private, translated; empty when it is.
    QString folderWarning() const { return m_folderWarning; }
    // After an open() that moved a damaged database aside: where it went, and the translated
    // notice saying so; empty otherwise. Kept for the whole run, since whoever opened the store
    // first (a verification, the history window) is not always the one that tells the operator.
    QString movedAsidePath() const { return m_movedAsidePath; }
    QString movedAsideNotice() const { return m_movedAsideNotice; }

    // When on, record() keeps file inputs encrypted in <data folder>/inputs/ (default off),
    // but only once a 256-bit copy key is set: without one nothing is kept.
    void setKeepInputs(bool keep) { m_keepInputs = keep; }
    bool keepInputs() const { return m_keepInputs; }
    // The key of the kept copies (see KeptCopyKey); setting one also encrypts in place the
    // copies an older version kept in plaintext.
    HistoryError setCopyKey(const QByteArray &key);
    bool keepsCopies() const;
    // The plaintext of the input's kept copy, in memory; NoKey while no copy key is set.
    KeptCopyError readKeptCopy(const HistoryInput &input, QByteArray *plain) const;
    QString keptCopiesFolder() const;

    // Records older than this many days are purged at open(), then whenever purgeIfDue() or
    // record() finds a day gone since the last purge, with the copies only they used (0 keeps
    // everything). A changed value is due at once.
    void setRetentionDays(int days);
    int retentionDays() const { return m_retentionDays; }
    static constexpr qint64 RetentionIntervalSeconds = 24 * 60 * 60;
    // Purges the records older than the retention before nowUtc, when a retention is set and
    // RetentionIntervalSeconds have passed since the last purge (or none was made yet); value
    // is the number of records deleted. The clock is the caller's, so that tests can move it.
    HistoryResult<int> purgeIfDue(const QDateTime &nowUtc);
    // Deletes the oldest records up to the first one at or after cutoff, and the kept copies
    // no remaining record uses; value is the number of records deleted. The chain stays
    // verifiable: the last deleted record's hash becomes the anchor of the oldest kept one.
    HistoryResult<int> purgeBefore(const QDateTime &cutoffUtc);

    // Walks the hash chain oldest first; value describes the first broken link, if any.
    HistoryResult<ChainBreak> verifyChain();
    // SHA-256 (hex) of the record's canonical content: every column but the id and the hash.
    static QString canonicalHash(const HistoryEntry &entry);

    // Stores the entry; value is its id (0 when it could not be stored). An unreadable input
    // file (CannotHash) or a failed copy (CannotCopy) is reported in error, but the entry is
    // still stored, without that hash or copy.
    HistoryResult<qint64> record(const HistoryEntry &entry);
    // Newest first; a negative limit reads them all.
    HistoryResult<QList<HistoryEntry>> entries(int limit = 100, int offset = 0);
    HistoryResult<QList<HistoryEntry>> entries(const HistoryFilter &filter, int limit, int offset);
    HistoryResult<int> count(const HistoryFilter &filter = {});
    // Writes the entries the filter selects, oldest first, as CSV (RFC 4180, UTF-8, header row).
    HistoryError exportCsv(const QString &path, const HistoryFilter &filter = {});
    // The entries (given newest first, written oldest first) as CSV or as a JSON array of
    // objects keyed by column name.
    static QByteArray csv(const QList<HistoryEntry> &newestFirst);
    static QByteArray json(const QList<HistoryEntry> &newestFirst);

private:
    HistoryResult<int> storedVersion();
    // Creates the schema of a new database or migrates an older one, in one transaction.
    HistoryError upgrade();
    HistoryError createSchema();
    // Takes an existing database from schema version `from` to `to`, one step at a time.
    HistoryError migrate(int from, int to);
    // Computes the hashes of records written before the chain existed (schema 3).
    HistoryError chainExisting();
    HistoryError openDatabase(bool *corrupt);
    HistoryError moveAside(const QString &reason);
    void restrictPermissions() const;
    HistoryResult<int> applyRetention(const QDateTime &nowUtc);

    KeptCopyStore keptCopies() const;

    QString m_path;
    QString m_folderWarning;
    QString m_movedAsidePath;
    QString m_movedAsideNotice;
    QString m_connection;
    QByteArray m_copyKey;
    bool m_keepInputs = false;
    bool m_open = false;
    int m_retentionDays = 0;
    QDateTime m_lastPurgeUtc;
};
