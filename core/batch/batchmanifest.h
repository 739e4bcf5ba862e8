// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batcherror.h"
#include "batch/batchresult.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <optional>

// The input of a batch, read one pair at a time: a folder (pairs matched by file stem, or one
// sub-folder per pair) or a CSV manifest (RFC 4180; header selfie,liveness,expected and optional
// device,sdk_version,note).
class BatchManifest
{
    Q_DECLARE_TR_FUNCTIONS(BatchManifest)

public:
    // One line of the manifest (or one pair of the folder) and what is wrong with it as read.
    struct Line
    {
        BatchResult pair; // pairIndex: the CSV line number, or the position in the folder
        QStringList problems;
    };

    std::optional<BatchError> open(const QString &path);
    bool isFolder() const { return m_folder; }
    // The folder that relative sources are resolved against.
    QString baseDir() const { return m_baseDir; }
    // false at the end.
    bool next(Line *line);

    // same / different / attack, any case; empty: Unknown. nullopt for anything else.
    static std::optional<BatchExpectation> parseExpectation(const QString &text);
    static QString expectationName(BatchExpectation expectation);

private:
    std::optional<BatchError> openFolder(const QString &path);
    std::optional<BatchError> openCsv(const QString &path);
    bool nextFolder(Line *line);
    bool nextCsv(Line *line);
    // One CSV record (quoted fields may hold newlines); false at the end of the file.
    bool readRecord(QStringList *fields, qint64 *firstLine, QString *problem);

    bool m_folder = false;
    QString m_baseDir;
    QFile m_file;
    qint64 m_lineNumber = 0;
    int m_selfieColumn = -1;
    int m_livenessColumn = -1;
    int m_expectedColumn = -1;
    int m_deviceColumn = -1;
    int m_sdkColumn = -1;
    int m_noteColumn = -1;
    int m_columnCount = 0;
    QStringList m_entries; // folder: the sorted names of its entries (names only)
    qsizetype m_entry = 0;
    qint64 m_folderIndex = 0;
};
