#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
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
    double verifyThreshold = 0.7;
    double hackThreshold = 0.98;
    std::optional<double> falseAcceptRate; // the table row the decision used
    QString verdict; // "same_person", "not_same_person", "possible_attack", "error"
    QString status;  // "OK", an API status code, or a local error code
    int httpStatus = 0;
    HistoryInput selfie;
    HistoryInput liveness;
    QString imageId;        // returned by the server
    QString livenessDataId; // returned by the server
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
        CannotExport
    };

    Code code = Code::None;
    QString message;

    bool ok() const { return code == Code::None; }
};

// The local record of every verification: SQLite through QtSql, in WAL mode, with a schema
// version table.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr int SchemaVersion = 1;

    // <AppDataLocation>/history.sqlite
    static QString defaultPath();
    static QString currentOperator();
    static QString sha256OfFile(const QString &path, HistoryError *error = nullptr);
    // The endpoint without query, fragment or user info.
    static QString sanitizedEndpoint(const QString &endpoint);

    explicit HistoryStore(const QString &databasePath = defaultPath());
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Opens (creating the folder, file and schema); every other call opens on demand.
    HistoryError open();
    QString databasePath() const { return m_path; }

    // When on, record() copies file inputs into <data folder>/inputs/ (default off).
    void setKeepInputs(bool keep) { m_keepInputs = keep; }
    bool keepInputs() const { return m_keepInputs; }

    // Stores the entry and returns its id (0 when it could not be stored). An unreadable input
    // file (CannotHash) or a failed copy (CannotCopy) is reported in error, but the entry is
    // still stored, without that hash or copy.
    qint64 record(const HistoryEntry &entry, HistoryError *error = nullptr);
    // Newest first.
    QList<HistoryEntry> entries(int limit = 100, int offset = 0, HistoryError *error = nullptr);
    int count(HistoryError *error = nullptr);
    // Writes all entries, oldest first, as CSV (RFC 4180, UTF-8, header row).
    HistoryError exportCsv(const QString &path);

private:
    QString m_path;
    QString m_connection;
    bool m_keepInputs = false;
    bool m_open = false;
};
