// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// The one rule for the folder of a private database (history, batches): a folder VerifyDesk
// creates is made 0700; an existing folder is never chmodded, since it may be one the user keeps
// for other purposes (a batch sits beside its manifest, a history path can be given), and the
// database files in it are 0600 anyway. An existing folder that other users can enter or read
// gets a warning naming it, for the operator to decide.
class PrivateFolder
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFolder)

public:
    struct Result
    {
        bool ok = false; // the folder exists (created or found); the caller words a failure
        bool created = false;
        QString warning; // translated; set when an existing folder is open to other users
    };

    static Result ensure(const QString &folder);
};
