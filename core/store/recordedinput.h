// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/historystore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What is left of one input of a recorded verification: its original file if it is still there
// with the recorded SHA-256, and its kept copy, decrypted in memory only.
class RecordedInput
{
    Q_DECLARE_TR_FUNCTIONS(RecordedInput)

public:
    enum class FileState
    {
        NotAFile, // a URL, a server id or nothing
        Unchanged,
        Changed, // or its SHA-256 was not recorded: it cannot be shown to be the same file
        Gone
    };

    static RecordedInput resolve(const HistoryInput &input, const HistoryStore &store);

    HistoryInput input;
    FileState fileState = FileState::NotAFile;
    QByteArray keptBytes; // the kept copy's plaintext; empty when there is none to read
    QString keptProblem;  // translated: why keptBytes is empty (not kept, no key, copy gone)

    // Whether the same bytes can be sent again: the unchanged original or the kept copy.
    bool available() const;
    // Translated: why it cannot be sent again; empty when available().
    QString unavailableReason() const;
    // A file with the input's bytes for a new verification: the unchanged original, else the kept
    // copy written 0600 into the private temporary folder (removed on exit); empty and *error
    // set when there is none.
    QString fileForSending(QString *error) const;
};
